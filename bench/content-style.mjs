#!/usr/bin/env node
/**
 * How long the content style check takes: over the real content, and over N
 * generated pages (bench/generate-site.mjs) in one thread and with a worker
 * a core, on a first run (no spelling cache: the dictionary is loaded) and on
 * later runs. (The build no longer runs it: bench/scale.mjs times the build.)
 *
 *   node bench/content-style.mjs [1000] [--runs 3]
 * Budgets: the current pages in 1 s, 1,000 pages in 10 s (wall time, from
 * the start of the command's process, as lint:content prints it).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateSite } from './generate-site.mjs';

/** A first run, as after a fresh install: the spelling check has remembered no words and loads its dictionary, and no compiled code is kept. */
const cold = () => {
  rmSync('node_modules/.cache/content-style', { recursive: true, force: true });
  rmSync('node_modules/.cache/node-compile', { recursive: true, force: true });
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' } },
});
const count = Number(positionals[0] ?? 1000);
const runs = Number(values.runs);
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const range = (list) => `${Math.min(...list).toFixed(2)} to ${Math.max(...list).toFixed(2)} s (median ${median(list).toFixed(2)} s, ${list.length} runs)`;

/** lint:content's own figures: seconds from its process start to the report, and its CPU seconds. */
function lint(contentDir, ...args) {
  const result = spawnSync(process.execPath, ['scripts/lint-content.ts', '--summary', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir } });
  const figures = /checked in ([\d.]+) s \(([\d.]+) s of CPU\)/.exec(result.stdout);
  if (!figures) throw new Error(`lint:content did not report a time:\n${result.stdout}\n${result.stderr}`);
  return { seconds: Number(figures[1]), cpu: Number(figures[2]) };
}

const times = (label, make) => {
  const results = Array.from({ length: runs }, make);
  console.log(`${label}: ${range(results.map((r) => r.seconds))} wall, ${range(results.map((r) => r.cpu))} CPU`);
};
times('Current content, first run', () => (cold(), lint('content')));
times('Current content, later runs', () => lint('content'));

const site = generateSite(count);
try {
  times(`${count} generated pages (+ current), one thread, first run`, () => (cold(), lint(site.content)));
  times(`${count} generated pages (+ current), one thread, later runs`, () => lint(site.content));
  times(`${count} generated pages (+ current), a worker a core, later runs`, () => lint(site.content, '--workers', 'auto'));
} finally {
  rmSync(site.work, { recursive: true, force: true });
}
