#!/usr/bin/env node
/**
 * Bytes each built page costs on a first visit: its HTML and the CSS and JS it
 * links, raw, gzip and brotli (as a CDN would send them).
 *   node bench/page-weight.mjs [dist]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gz = (b) => gzipSync(b, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);

function pages(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith('_') || ['assets', 'pagefind'].includes(name) ? [] : pages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const rows = [];
for (const file of pages(dist).sort()) {
  const html = readFileSync(file);
  const text = html.toString();
  const linked = (pattern) =>
    [...text.matchAll(pattern)].map((m) => readFileSync(join(dist, m[1].replace(/^\//, ''))));
  const css = linked(/<link rel="stylesheet" href="([^"]+)"/g);
  const js = linked(/<script[^>]+src="([^"]+)"/g);
  const sum = (list, f) => list.reduce((n, b) => n + f(b), 0);
  rows.push({
    page: '/' + relative(dist, file).replace(/index\.html$/, ''),
    html: [html.length, gz(html), br(html)],
    css: [sum(css, (b) => b.length), sum(css, gz), sum(css, br)],
    js: [sum(js, (b) => b.length), sum(js, gz), sum(js, br)],
  });
}
console.log('| page | HTML raw / gzip / br (KB) | CSS raw / gzip / br (KB) | JS raw / gzip / br (KB) |');
console.log('| --- | --- | --- | --- |');
for (const r of rows) {
  console.log(`| ${r.page} | ${r.html.map(kb).join(' / ')} | ${r.css.map(kb).join(' / ')} | ${r.js.map(kb).join(' / ')} |`);
}
