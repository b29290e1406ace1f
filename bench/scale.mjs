#!/usr/bin/env node
/**
 * How the full build (Astro, the stylesheet, Pagefind, the service worker,
 * headers) scales: generates N realistic pages (bench/generate-site.mjs) into
 * a temporary content folder, builds them, and reports wall time, peak memory
 * (all processes of the build together, sampled every 200 ms) and output size.
 *
 *   node bench/scale.mjs [1000 5000 ...]
 * Budgets (2-core machine): 1,000 pages in 30 s and 2 GB; 5,000 pages in 150 s and 4 GB.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateSite } from './generate-site.mjs';

const counts = process.argv.slice(2).map(Number).filter(Boolean);
const BUDGETS = { 1000: { seconds: 30, mb: 2048 }, 5000: { seconds: 150, mb: 4096 } };

/** Resident memory of every process in a process group, in KB. */
function groupRss(pgid) {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const info = statSync(join(dir, String(name)));
    if (info.isFile()) {
      bytes += info.size;
      files++;
    }
  }
  return { bytes, files };
}

function build(site) {
  const outDir = join(site.work, 'dist');
  const env = {
    ...process.env,
    CONTENT_DIR: site.content,
    PUBLIC_DIR: site.public,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: join(site.work, 'cache'),
    // The section's offline budget is not what is measured at this size.
    PRECACHE_BUDGET_KB: '10000000',
  };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    let peak = 0;
    // Sampling is cheap but not free on 2 cores: five times a second is enough to catch the peak.
    const sampler = setInterval(() => (peak = Math.max(peak, groupRss(child.pid))), 200);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`Build of the generated site failed:\n${log.slice(-3000)}`));
      resolve({ seconds: (performance.now() - started) / 1000, peakMb: peak / 1024, output: folderSize(outDir), log });
    });
  });
}

const rows = [];
let failed = false;
for (const count of counts.length ? counts : [1000]) {
  const site = generateSite(count);
  try {
    const { seconds, peakMb, output, log } = await build(site);
    const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0);
    const budget = BUDGETS[count];
    const over = budget && (seconds > budget.seconds || peakMb > budget.mb);
    failed ||= Boolean(over);
    rows.push(`| ${count} generated (${pages} pages built) | ${seconds.toFixed(1)} s | ${Math.round(peakMb)} MB | ${(output.bytes / 1024 / 1024).toFixed(1)} MB in ${output.files} files | ${budget ? `${budget.seconds} s${budget.mb < Infinity ? `, ${budget.mb / 1024} GB` : ''}${over ? ' (over)' : ''}` : ''} |`);
  } finally {
    rmSync(site.work, { recursive: true, force: true });
  }
}
console.log('| Site | Build time | Peak memory | Output | Budget |');
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
if (failed) process.exit(1);
