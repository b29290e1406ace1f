/** A worker thread that runs the content checks over the content folder (see site.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { enableCompileCache } from 'node:module';

const { contentDir, publicDir, render } = workerData as { contentDir: string; publicDir: string; render?: { base: string } };
// Compiled code is kept for the next build, so the checks are imported after this line.
enableCompileCache('node_modules/.cache/node-compile');
const { checkAllContent } = await import('./site.ts');
parentPort!.postMessage(checkAllContent(contentDir, publicDir, render));
