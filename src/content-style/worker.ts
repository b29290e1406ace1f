/** A worker thread that checks some content files (see parallel.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFiles, type CheckOptions, type ContentFile } from './check.ts';

const { options, files } = workerData as { options: CheckOptions; files: ContentFile[] };
parentPort!.postMessage(await checkFiles(options, files));
