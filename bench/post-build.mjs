#!/usr/bin/env node
/**
 * Times the steps on the finished pages (src/integrations/post-build/) alone,
 * without rebuilding the pages: copies a built site as Astro left it (before
 * the steps) and runs the steps on the copy, as `astro build` would, with the
 * cache folder given (so a second run is a warm one).
 *
 *   CONTENT_DIR=<content> node bench/post-build.mjs <astro-output> <work-dir> [runs]
 *
 * CHANGE_PAGE=bench/page-7/index.html changes one word of that page before
 * every run after the first (a one-page text change, as the steps see it).
 * KEEP_RUNS=1 keeps each run's output as <work-dir>/dist-<run>.
 *
 * Make the Astro output without the steps with `astro build --config bench/astro-pages-only.config.mjs`
 * (OUT_DIR, CONTENT_DIR, PUBLIC_DIR as for any build).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [source, work, runs = '1'] = process.argv.slice(2);
if (!source || !work) throw new Error('Usage: node bench/post-build.mjs <astro-output> <work-dir> [runs]');
const { default: config } = await import(pathToFileURL(resolve('astro.config.mjs')).href);
const STEPS = ['stylesheet', 'search-index', 'service-worker', 'redirects', 'link-check', 'headers'];
const steps = config.integrations.filter((integration) => STEPS.includes(integration.name));
const cacheDir = pathToFileURL(`${resolve(work, 'cache')}/`);
const outDir = resolve(work, 'dist');

for (let run = 1; run <= Number(runs); run++) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(source, outDir, { recursive: true });
  if (run > 1 && process.env.CHANGE_PAGE) {
    const page = join(outDir, process.env.CHANGE_PAGE);
    writeFileSync(page, readFileSync(page, 'utf8').replace(/(<main[^]*?<p>[^<]*?)\b(\w+)\b/, `$1changed${run}`));
  }
  const started = performance.now();
  for (const step of steps) {
    const logger = {
      info: (m) => console.log(`[${step.name}] ${m}`),
      warn: (m) => console.log(`[${step.name}] warning: ${m}`),
      error: (m) => console.log(`[${step.name}] error: ${m}`),
      debug: () => {},
    };
    await step.hooks['astro:config:done']({ config: { ...config, root: pathToFileURL(`${process.cwd()}/`), cacheDir, integrations: steps } });
    await step.hooks['astro:build:done']({ dir: pathToFileURL(`${outDir}/`), logger });
  }
  console.log(`run ${run}: all steps in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  // Kept for comparing a warm run's output with a cold one's (diff -r).
  if (process.env.KEEP_RUNS) {
    rmSync(`${outDir}-${run}`, { recursive: true, force: true });
    cpSync(outDir, `${outDir}-${run}`, { recursive: true });
  }
}
