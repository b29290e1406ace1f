#!/usr/bin/env node
/**
 * How long the content style check takes: over the real content, and over N
 * generated pages (bench/generate-site.mjs) in one thread and with a worker
 * a core, on a first run (no spelling cache: the dictionary is loaded) and on
 * later runs; with --build, what it adds to a full build of the N pages
 * (built with CONTENT_STYLE=off and with the check, alternately: wall time,
 * and the CPU time of the whole build).
 *
 *   node bench/content-style.mjs [1000] [--runs 3] [--build | --build-only]
 * Budgets: the current pages in 1 s, 1,000 pages in 10 s (wall time, from
 * the start of the command's process, as lint:content prints it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSite } from './generate-site.mjs';

/** A first run, as after a fresh install: the spelling check has remembered no words and loads its dictionary, and no compiled code is kept. */
const cold = () => {
  rmSync('node_modules/.cache/content-style', { recursive: true, force: true });
  rmSync('node_modules/.cache/node-compile', { recursive: true, force: true });
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, build: { type: 'boolean', default: false }, 'build-only': { type: 'boolean', default: false } },
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

/**
 * CPU seconds used by this process's finished children (Linux: cutime + cstime in
 * /proc/self/stat, in clock ticks of 1/100 s). Wall time on a shared machine swings
 * with other work; CPU time shows what the check itself costs.
 */
function childCpu() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

function build(site, style) {
  const env = { ...process.env, CONTENT_DIR: site.content, PUBLIC_DIR: site.public, OUT_DIR: join(site.work, 'dist'), ASTRO_CACHE_DIR: join(site.work, 'cache'), CONTENT_STYLE: style ? 'on' : 'off' };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpu = childCpu();
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`Build failed:\n${output.slice(-3000)}`));
      const waited = /waited ([\d.]+) s for it here/.exec(output)?.[1];
      resolve({ seconds: (performance.now() - started) / 1000, cpu: childCpu() - cpu, waited: waited ? Number(waited) : undefined });
    });
  });
}

const times = (label, make) => {
  const results = Array.from({ length: runs }, make);
  console.log(`${label}: ${range(results.map((r) => r.seconds))} wall, ${range(results.map((r) => r.cpu))} CPU`);
};
const lintToo = !values['build-only'];
if (lintToo) {
  times('Current content, first run', () => (cold(), lint('content')));
  times('Current content, later runs', () => lint('content'));
}

const site = generateSite(count);
try {
  if (lintToo) times(`${count} generated pages (+ current), one thread, first run`, () => (cold(), lint(site.content)));
  if (lintToo) times(`${count} generated pages (+ current), one thread, later runs`, () => lint(site.content));
  if (lintToo) times(`${count} generated pages (+ current), a worker a core, later runs`, () => lint(site.content, '--workers', 'auto'));
  if (values.build || values['build-only']) {
    const without = [];
    const withStyle = [];
    for (let run = 0; run < runs; run++) {
      without.push(await build(site, false));
      withStyle.push(await build(site, true));
    }
    const figures = (list, key) => range(list.map((result) => result[key]));
    console.log(`Build of ${count} pages without the style check: ${figures(without, 'seconds')} wall, ${figures(without, 'cpu')} CPU`);
    console.log(`Build of ${count} pages with it: ${figures(withStyle, 'seconds')} wall, ${figures(withStyle, 'cpu')} CPU; waited for it at the end: ${range(withStyle.map((r) => r.waited ?? 0))}`);
  }
} finally {
  rmSync(site.work, { recursive: true, force: true });
}
