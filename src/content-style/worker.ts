/** A worker thread that checks some content files (see parallel.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { enableCompileCache } from 'node:module';
import { setPriority, constants } from 'node:os';
import type { CheckOptions, ContentFile } from './check.ts';

const { options, files, background } = workerData as { options: CheckOptions; files: ContentFile[]; background: boolean };
// Alongside a build, take only the CPU the build leaves idle. On Linux a thread has its own
// priority, so this lowers this worker and not the build; elsewhere it would lower the whole build.
if (background && process.platform === 'linux') setPriority(constants.priority.PRIORITY_LOW);
// Compiled code is kept for the next run (the build's check leaves it for lint:content), so the
// checker is imported after this line.
enableCompileCache('node_modules/.cache/node-compile');
const { checkFiles } = await import('./check.ts');
parentPort!.postMessage(await checkFiles(options, files));
