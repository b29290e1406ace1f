/**
 * A step run in the child process reads, in the build log, as if it had run
 * in place: its log lines come back under its name, and its error fails the
 * build with the same name, message and fields.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { postBuildStep, type StepLogger } from './index.ts';

const folder = mkdtempSync(join(tmpdir(), 'post-build-'));
mkdirSync(join(folder, 'dist'));
after(() => rmSync(folder, { recursive: true, force: true }));
const moduleFile = join(folder, 'steps.mjs');
writeFileSync(
  moduleFile,
  `export async function greet({ logger, who, outDir }) { logger.info('hello ' + who + ' in ' + outDir); logger.warn('careful'); }
export async function refuse() {
  const error = new Error('Content error in content/pages/a.mdx, title: it is missing. Add a title.');
  error.name = 'ContentError';
  error.file = 'content/pages/a.mdx';
  error.field = 'title';
  throw error;
}
export async function vanish() { process.exit(3); }
`,
);
const steps = (await import(pathToFileURL(moduleFile).href)) as Record<string, (args: object) => Promise<void>>;

function recorder(): StepLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info ${m}`), warn: (m) => lines.push(`warn ${m}`), error: (m) => lines.push(`error ${m}`), debug: () => {} };
}

/** Runs one step's astro:build:done hook as Astro would, after astro:config:done. */
async function runHook(integration: AstroIntegration, all: AstroIntegration[], logger: StepLogger): Promise<void> {
  const hooks = integration.hooks as Record<string, (options: object) => Promise<void> | void>;
  await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${folder}/`), cacheDir: pathToFileURL(`${folder}/cache/`), integrations: all } });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${folder}/dist/`), logger });
}

test('log lines come back under the step, with its options and the built site', async () => {
  const greet = postBuildStep('greet', pathToFileURL(moduleFile).href, steps['greet']!, { who: 'Sam' });
  const logger = recorder();
  await runHook(greet, [greet], logger);
  assert.ok(logger.lines.includes(`info hello Sam in ${join(folder, 'dist')}/`), logger.lines.join('\n'));
  assert.ok(logger.lines.includes('warn careful'));
  assert.ok(logger.lines.some((line) => /^info Done in [\d.]+ s \([\d.]+ s of CPU\)\.$/.test(line)));
});

test("a step's error fails the build with the same name, message and fields", async () => {
  const refuse = postBuildStep('refuse', pathToFileURL(moduleFile).href, steps['refuse']!, {});
  await assert.rejects(runHook(refuse, [refuse], recorder()), (error: Error & { file?: string; field?: string }) => {
    assert.equal(error.name, 'ContentError');
    assert.equal(error.message, 'Content error in content/pages/a.mdx, title: it is missing. Add a title.');
    assert.equal(error.file, 'content/pages/a.mdx');
    assert.equal(error.field, 'title');
    // The stack is the step's own, so it points at the code that threw.
    assert.match(error.stack ?? '', /steps\.mjs/);
    return true;
  });
});

test('a step whose process dies fails the build, naming the step', async () => {
  const vanish = postBuildStep('vanish', pathToFileURL(moduleFile).href, steps['vanish']!, {});
  await assert.rejects(runHook(vanish, [vanish], recorder()), /ended unexpectedly \(code 3\), during "vanish"/);
});
