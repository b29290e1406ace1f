/** A worker thread that checks some content files (see parallel.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { enableCompileCache } from 'node:module';
import type { CheckOptions, ContentFile } from './check.ts';

const { options, files } = workerData as { options: CheckOptions; files: ContentFile[] };
// Compiled code is kept for the next run, so the checker is imported after this line.
enableCompileCache('node_modules/.cache/node-compile');
const { checkFiles } = await import('./check.ts');
parentPort!.postMessage(await checkFiles(options, files));
