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

/** What a step gets besides its own options. */
export interface StepContext {
  /** The built site, as a path. */
  outDir: string;
  /** The project's root folder, as a path. */
  root: string;
  logger: StepLogger;
}

export type StepLogger = Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error' | 'debug'>;
type Level = keyof StepLogger;

/** A step: an exported async function of its options and the context. */
export type Step<Options extends object> = (args: Options & StepContext) => Promise<void>;

/** A request to the child process to run one step. */
export interface StepRequest {
  name: string;
  /** The step's module, as a file: URL, and the name it exports the step under. */
  module: string;
  exportName: string;
  /** Plain data (structured-clone), sent to the child. */
  options: object;
  outDir: string;
  root: string;
}

/** What the child sends back while and after it runs a step. */
export type ChildMessage =
  | { type: 'log'; level: Level; message: string }
  | { type: 'done' }
  | { type: 'failed'; error: { name: string; message: string; stack?: string; properties: Record<string, unknown> } };

const IS_STEP = Symbol('post-build step');

/**
 * The integration for a step defined in `moduleUrl` (pass `import.meta.url`)
 * and exported as `step`. Options must be plain data: they are sent to the
 * child process.
 */
export function postBuildStep<Options extends object>(name: string, moduleUrl: string, step: Step<Options>, options: Options): AstroIntegration {
  let root = '';
  let steps: string[] = [];
  const integration: AstroIntegration & { [IS_STEP]?: true } = {
    name,
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        steps = config.integrations.filter((other) => IS_STEP in other).map((other) => other.name);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          await runner().run({ name, module: moduleUrl, exportName: step.name, options, outDir: fileURLToPath(dir), root }, logger);
        } catch (error) {
          stopRunner();
          throw error;
        }
        logger.info(`Done in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
        if (name === steps.at(-1)) stopRunner();
      },
    },
  };
  integration[IS_STEP] = true;
  return integration;
}

/** The one child process that runs the steps, one at a time, in build order. */
class Runner {
  readonly #child: ChildProcess;
  #exit: Promise<number | null>;

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

  run(request: StepRequest, logger: StepLogger): Promise<void> {
    const child = this.#child;
    return new Promise<void>((resolve, reject) => {
      const onMessage = (message: ChildMessage) => {
        if (message.type === 'log') return logger[message.level](message.message);
        child.off('message', onMessage);
        if (message.type === 'done') resolve();
        else reject(rebuildError(message.error));
      };
      child.on('message', onMessage);
      child.channel?.ref();
      child.send(request);
      void this.#exit.then((code) => {
        child.off('message', onMessage);
        reject(new Error(`The build step "${request.name}" stopped without finishing (its process ended with code ${code}).`));
      });
    }).finally(() => child.channel?.unref());
  }

  stop(): void {
    if (this.#child.connected) this.#child.disconnect();
  }
}

let current: Runner | undefined;

function runner(): Runner {
  if (!current) {
    releaseMemory();
    current = new Runner();
  }
  return current;
}

function stopRunner(): void {
  current?.stop();
  current = undefined;
}

/** The child's error, with the same name, message, stack and fields (such as a ContentError's file and field). */
function rebuildError({ name, message, stack, properties }: Extract<ChildMessage, { type: 'failed' }>['error']): Error {
  const error = Object.assign(new Error(message), properties);
  error.name = name;
  if (stack) error.stack = stack;
  return error;
}
