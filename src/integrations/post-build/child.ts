/**
 * The child process of ./index.ts: loads the steps' modules, then runs each
 * step it is sent, one at a time, and reports log lines, the end, or the
 * error back to `astro build`.
 */
import type { ChildMessage, ParentMessage, StepLogger } from './index.ts';
import { readFileSync } from 'node:fs';
import { keepHeapSmall, releaseMemory } from '../build-memory.ts';
import { StepCache } from './cache.ts';

// Each step's memory is its own: garbage from one step is not carried into the next.
keepHeapSmall();

const send = (message: ChildMessage) => process.send?.(message);

/**
 * CPU seconds (user + system) of this process and of the processes it has
 * waited for (Pagefind's), so a step's figure includes its helpers. Linux
 * keeps the children's in /proc/self/stat (cutime, cstime, in ticks of 1/100 s);
 * elsewhere only this process's own counts.
 */
function cpuSeconds(): number {
  const own = process.cpuUsage();
  let children = 0;
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    // Not Linux.
  }
  return (own.user + own.system) / 1e6 + (Number.isFinite(children) ? children : 0);
}

const logger: StepLogger = {
  info: (message) => send({ type: 'log', level: 'info', message }),
  warn: (message) => send({ type: 'log', level: 'warn', message }),
  error: (message) => send({ type: 'log', level: 'error', message }),
  debug: (message) => send({ type: 'log', level: 'debug', message }),
};

/** An error as plain data, keeping its own fields (a ContentError's file and field, a system error's code and path). */
function describe(error: unknown): Extract<ChildMessage, { type: 'failed' }>['error'] {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), properties: {} };
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) properties[key] = value;
  }
  return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}), properties };
}

/** The build's cache: one process runs one build's steps. */
let cache: StepCache | undefined;

process.on('message', (message: ParentMessage) => {
  void (async () => {
    try {
      const cpuBefore = cpuSeconds();
      if (message.type === 'load') {
        // All at once, while nothing else runs: each step then starts at once.
        await Promise.all(message.modules.map((module) => import(module)));
      } else {
        const module = (await import(message.module)) as Record<string, unknown>;
        const step = module[message.exportName];
        if (typeof step !== 'function') throw new Error(`${message.module} does not export a step called ${message.exportName}.`);
        if (!cache) {
          cache = new StepCache(message.cacheDir, message.outDir);
          // Before the first step changes any page: the hashes are of the pages as Astro wrote them.
          const [started, cpu] = [performance.now(), cpuSeconds()];
          const pages = (await cache.pageHashes()).size;
          logger.info(`Hashed ${pages} pages for the steps' manifests in ${((performance.now() - started) / 1000).toFixed(2)} s (${(cpuSeconds() - cpu).toFixed(2)} s of CPU), counted in this step's time.`);
        }
        await step({ ...message.options, outDir: message.outDir, root: message.root, logger, cache });
        releaseMemory();
      }
      send({ type: 'done', cpuSeconds: cpuSeconds() - cpuBefore });
    } catch (error) {
      send({ type: 'failed', error: describe(error) });
    }
  })();
});

// `astro build` has ended (or failed): nothing more will be sent.
process.on('disconnect', () => process.exit(0));
