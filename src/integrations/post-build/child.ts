/**
 * The child process of ./index.ts: loads the steps' modules, then runs each
 * step it is sent, one at a time, and reports log lines, the end, or the
 * error back to `astro build`.
 */
import type { ChildMessage, ParentMessage, StepLogger } from './index.ts';
import { keepHeapSmall, releaseMemory } from '../build-memory.ts';

// Each step's memory is its own: garbage from one step is not carried into the next.
keepHeapSmall();

const send = (message: ChildMessage) => process.send?.(message);

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

process.on('message', (message: ParentMessage) => {
  void (async () => {
    try {
      if (message.type === 'load') {
        // All at once, while nothing else runs: each step then starts at once.
        await Promise.all(message.modules.map((module) => import(module)));
      } else {
        const module = (await import(message.module)) as Record<string, unknown>;
        const step = module[message.exportName];
        if (typeof step !== 'function') throw new Error(`${message.module} does not export a step called ${message.exportName}.`);
        await step({ ...message.options, outDir: message.outDir, root: message.root, logger });
        releaseMemory();
      }
      send({ type: 'done' });
    } catch (error) {
      send({ type: 'failed', error: describe(error) });
    }
  })();
});

// `astro build` has ended (or failed): nothing more will be sent.
process.on('disconnect', () => process.exit(0));
