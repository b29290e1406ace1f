/**
 * Runs the build steps that work on the finished pages (stylesheet, search
 * index, service worker, redirects, link check, headers) in a separate Node
 * process, so the memory Vite leaves behind in `astro build`'s process (1.2 GB
 * at 1,000 pages, 2 GB at 5,000, after ../build-memory.ts gives back what it
 * can) does not grow further with theirs: the peak stays Vite's own.
 *
 * Each step stays an integration of its own, in its own file, with its own
 * name: `postBuildStep()` makes its `astro:build:done` hook hand the step's
 * function (by module and export name) to one child process, started by the
 * first step and ended after the last. The step's log lines come back to
 * Astro's logger under the step's name, and an error it throws fails the
 * build from the step's hook with the same name and message, so the build log
 * reads as if the step had run in place.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { releaseMemory } from '../build-memory.ts';
import type { StepCache } from './cache.ts';

/** What a step gets besides its own options. */
export interface StepContext {
  /** The built site, as a path. */
  outDir: string;
  /** The project's root folder, as a path. */
  root: string;
  logger: StepLogger;
  /** What the step kept from the last build (./cache.ts); absent when a step runs outside a build. */
  cache?: StepCache;
}

export type StepLogger = Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error' | 'debug'>;
type Level = keyof StepLogger;

/** A step: an exported async function of its options and the context. */
export type Step<Options extends object> = (args: Options & StepContext) => Promise<unknown>;

/** A request to the child process to run one step. */
export interface StepRequest {
  type: 'run';
  name: string;
  /** The step's module, as a file: URL, and the name it exports the step under. */
  module: string;
  exportName: string;
  /** Plain data (structured-clone), sent to the child. */
  options: object;
  outDir: string;
  root: string;
  /** Astro's cache folder (config.cacheDir), as a path: where the steps keep what they reuse. */
  cacheDir: string;
}

/** What the parent sends the child: first the step modules to load, then steps to run. */
export type ParentMessage = { type: 'load'; modules: string[] } | StepRequest;

/** What the child sends back: when it has loaded the modules, while and after it runs a step. */
export type ChildMessage =
  | { type: 'log'; level: Level; message: string }
  | { type: 'done'; cpuSeconds: number }
  | { type: 'failed'; error: { name: string; message: string; stack?: string; properties: Record<string, unknown> } };

const IS_STEP = Symbol('post-build step');

/**
 * The integration for a step defined in `moduleUrl` (pass `import.meta.url`)
 * and exported as `step`. Options must be plain data: they are sent to the
 * child process.
 */
export function postBuildStep<Options extends object>(name: string, moduleUrl: string, step: Step<Options>, options: Options): AstroIntegration {
  let root = '';
  let cacheDir = '';
  let steps: string[] = [];
  modules.add(moduleUrl);
  const integration: AstroIntegration & { [IS_STEP]?: true } = {
    name,
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        steps = config.integrations.filter((other) => IS_STEP in other).map((other) => other.name);
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const runner = await startedRunner(logger);
          const started = performance.now();
          const cpu = await runner.send({ type: 'run', name, module: moduleUrl, exportName: step.name, options, outDir: fileURLToPath(dir), root, cacheDir }, logger);
          logger.info(`Done in ${((performance.now() - started) / 1000).toFixed(2)} s (${cpu.toFixed(2)} s of CPU).`);
        } catch (error) {
          stopRunner();
          throw error;
        }
        if (name === steps.at(-1)) stopRunner();
      },
    },
  };
  integration[IS_STEP] = true;
  return integration;
}

/** Every step's module, loaded by the child as it starts. */
const modules = new Set<string>();

/** The one child process that runs the steps, one at a time, in build order. */
class Runner {
  readonly #child: ChildProcess;
  readonly #exit: Promise<number | null>;

  constructor() {
    this.#child = fork(fileURLToPath(new URL('./child.ts', import.meta.url)), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    this.#exit = new Promise((resolve) => this.#child.once('exit', resolve));
    // Astro's process may end as soon as its work is done; the child ends with it.
    this.#child.unref();
    this.#child.channel?.unref();
  }

  /** Sends a message and waits for the child to finish with it, passing its log lines on; resolves to the CPU seconds it took. */
  async send(message: ParentMessage, logger: StepLogger): Promise<number> {
    const child = this.#child;
    try {
      return await this.#reply(message, logger);
    } finally {
      child.channel?.unref();
    }
  }

  #reply(message: ParentMessage, logger: StepLogger): Promise<number> {
    const child = this.#child;
    return new Promise<number>((resolve, reject) => {
      const onMessage = (reply: ChildMessage) => {
        if (reply.type === 'log') return logger[reply.level](reply.message);
        child.off('message', onMessage);
        if (reply.type === 'done') resolve(reply.cpuSeconds);
        else reject(rebuildError(reply.error));
      };
      child.on('message', onMessage);
      child.channel?.ref();
      child.send(message);
      void this.#exit.then((code) => {
        child.off('message', onMessage);
        reject(new Error(`The process running the build steps on the finished pages ended unexpectedly (code ${code})${message.type === 'run' ? `, during "${message.name}"` : ''}.`));
      });
    });
  }

  stop(): void {
    if (this.#child.connected) this.#child.disconnect();
  }
}

let current: Promise<Runner> | undefined;

/** The runner, started (after giving memory back) by the first step to ask. */
function startedRunner(logger: StepLogger): Promise<Runner> {
  current ??= (async () => {
    const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);
    let started = performance.now();
    const before = process.memoryUsage().rss;
    releaseMemory();
    const givenBack = Math.round((before - process.memoryUsage().rss) / 1024 / 1024);
    logger.info(`Gave back ${givenBack} MB of memory in ${seconds(started)} s.`);
    started = performance.now();
    const runner = new Runner();
    await runner.send({ type: 'load', modules: [...modules] }, logger);
    logger.info(`Started a separate process for the steps on the finished pages in ${seconds(started)} s.`);
    return runner;
  })();
  return current;
}

function stopRunner(): void {
  void current?.then((runner) => runner.stop(), () => undefined);
  current = undefined;
}

/** The child's error, with the same name, message, stack and fields (such as a ContentError's file and field). */
function rebuildError({ name, message, stack, properties }: Extract<ChildMessage, { type: 'failed' }>['error']): Error {
  const error = Object.assign(new Error(message), properties);
  error.name = name;
  if (stack) error.stack = stack;
  return error;
}
