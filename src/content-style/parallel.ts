/**
 * Runs the style check in worker threads (lint:content --workers), for a
 * large site on a machine with cores to spare. Each worker builds its own
 * processor.
 */
import { Worker } from 'node:worker_threads';
import { relative } from 'node:path';
import { availableParallelism } from 'node:os';
import { checkFiles, contentFiles, type CheckOptions, type PageStyle } from './check.ts';

/** Below this many files, starting workers (each loads the dictionary) costs more than it saves. */
export const FILES_PER_WORKER_MIN = 150;

function inWorker(options: CheckOptions, files: Awaited<ReturnType<typeof contentFiles>>): Promise<PageStyle[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { options, files } });
    worker.once('message', (pages: PageStyle[]) => {
      resolve(pages);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The content style worker stopped with code ${code}.`));
    });
  });
}

/**
 * Checks every page and notice. `workers`: 0 checks in this thread; a number
 * uses that many worker threads; 'auto' uses one per core when the site is
 * big enough to gain from it.
 */
export async function checkContentParallel(options: CheckOptions, workers: number | 'auto' = 'auto'): Promise<PageStyle[]> {
  const files = await contentFiles(options.contentDir);
  const count = workers === 'auto' ? Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_WORKER_MIN)) : workers;
  if (count <= 0) return checkFiles(options, files);
  // Dealt out in turn, so each worker gets a fair share of long and short pages.
  const shares = Array.from({ length: count }, (_, share) => files.filter((_, index) => index % count === share));
  const results = await Promise.all(shares.map((share) => inWorker(options, share)));
  const order = new Map(files.map((file, index) => [relative(process.cwd(), file.path) || file.path, index]));
  return results.flat().sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
}
