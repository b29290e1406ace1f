#!/usr/bin/env node
/**
 * What offline reading costs a phone as the site grows: generates N pages
 * (bench/generate-site.mjs), builds them, and reports what the service-worker
 * step measured (the first visit's core: files, compressed download, stored
 * bytes; sw.js brotli; the most the pages read, their scripts and the search
 * index parts used can take up) and how long the step took.
 *
 *   node bench/offline.mjs [this] [1000 10000 ...]
 * "this" measures the section itself from dist/ as built (run npm run build first).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateSite } from './generate-site.mjs';

const args = process.argv.slice(2);

function build(env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('exit', (code) => (code === 0 ? resolve(log.replace(/\x1b\[[0-9;]*m/g, '')) : reject(new Error(`Build failed:\n${log.slice(-3000)}`))));
  });
}

/** The figures from the service-worker step's report line. */
function figures(log, label) {
  const line = log.split('\n').find((l) => l.includes('[service-worker] First visit saves'));
  const match = line && /saves (\d+) files .*?: (\d+) KB to download .*?, (\d+) KB stored; (.*?)\. sw\.js (\d+) KB brotli .*?at most (\d+): ([\d.]+ MB) at most, with (\d+ KB) of scripts and ([\d.]+ MB) of search index; ([\d.]+ MB) at most on a device in all.*?Done in (\d+) ms/.exec(line);
  if (!match) throw new Error(`No service-worker report in the build's log for ${label}:\n${log.slice(-2000)}`);
  const [, files, download, stored, search, worker, limit, pages, scripts, searchParts, all, ms] = match;
  const built = /(\d+) page\(s\) built/.exec(log)?.[1] ?? '?';
  return `| ${label} (${built} pages built) | ${files} | ${download} KB | ${stored} KB | ${search} | ${worker} KB | ${limit}: ${pages} + ${scripts} scripts + ${searchParts} search | ${all} | ${ms} ms |`;
}

const rows = [];
for (const arg of args.length ? args : ['1000']) {
  if (arg === 'this') {
    rows.push(figures(await build({}), 'This section'));
    continue;
  }
  const site = generateSite(Number(arg));
  try {
    const log = await build({ CONTENT_DIR: site.content, PUBLIC_DIR: site.public, OUT_DIR: join(site.work, 'dist'), ASTRO_CACHE_DIR: join(site.work, 'cache') });
    rows.push(figures(log, `Generated, ${Number(arg).toLocaleString('en-GB')}`));
  } finally {
    rmSync(site.work, { recursive: true, force: true });
  }
}
console.log('| Site | Core files (budget 50) | First visit download, compressed (budget 500 KB) | Core stored | Search index in the core | sw.js, brotli (budget 15 KB) | Pages read, at most | Most on a device | Service-worker step |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
