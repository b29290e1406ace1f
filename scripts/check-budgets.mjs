#!/usr/bin/env node
/**
 * Performance budgets, checked over the built site (dist/) by `npm test`:
 * a page over budget fails the run. Compressed sizes are brotli (quality 11)
 * and gzip (level 9), as a CDN sends them.
 *
 * For every page:
 *  - HTML plus render-blocking CSS: at most 14 KB brotli, so the first view
 *    fits in the first round trip (TCP's initial window is about 14 KB);
 *  - JavaScript (module scripts and what they import at load): at most 10 KB
 *    compressed, and none of it render-blocking;
 *  - nothing from another origin; every <img> has width and height;
 *  - everything a first visit fetches before the service worker's background
 *    download (HTML, CSS, JS, favicon, manifest, the worker script): at most 40 KB.
 *
 *   node scripts/check-budgets.mjs [dist] [--table]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? process.env.OUT_DIR ?? 'dist';
const showTable = args.includes('--table');
const BUDGET = { firstRoundTrip: 14 * 1024, javascript: 10 * 1024, firstVisit: 40 * 1024 };

const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gz = (b) => gzipSync(b, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);

const pages = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html') && !f.startsWith('_astro'))
  .sort();

/** A site path ("/_astro/x.js") to its file in dist. */
const fileFor = (path) => join(dist, decodeURIComponent(path.replace(/^\/+/, '').replace(/[?#].*$/, '')));
const isExternal = (url) => /^(https?:)?\/\//i.test(url);

/** A module and every module it imports statically (loaded at once, unlike import()). */
function moduleGraph(path, seen = new Set()) {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = readFileSync(fileFor(path), 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    if (!isExternal(spec)) moduleGraph(new URL(spec, `http://x${path}`).pathname, seen);
  }
  return seen;
}

const problems = [];
const rows = [];
for (const page of pages) {
  const html = readFileSync(join(dist, page));
  const text = html.toString();
  const fail = (message) => problems.push(`${page}: ${message}`);

  const attr = (tag, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const tags = (name) => [...text.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);

  // Anything the page fetches must come from this site.
  for (const tag of [...tags('script'), ...tags('link'), ...tags('img'), ...tags('iframe'), ...tags('source')]) {
    const url = attr(tag, 'src') ?? (/\brel="(stylesheet|icon|manifest|preload|modulepreload|apple-touch-icon)"/.test(tag) ? attr(tag, 'href') : undefined);
    if (url && isExternal(url)) fail(`fetches from another origin: ${url}`);
  }
  for (const [, url] of text.matchAll(/url\(\s*["']?([^"')]+)/g)) if (isExternal(url)) fail(`CSS fetches from another origin: ${url}`);
  for (const img of tags('img')) if (!attr(img, 'width') || !attr(img, 'height')) fail(`an image has no width and height, so the page shifts as it loads: ${img}`);

  const stylesheets = tags('link').filter((t) => /rel="stylesheet"/.test(t) && !/media="print"/.test(t)).map((t) => readFileSync(fileFor(attr(t, 'href'))));
  const firstBr = br(Buffer.concat([html, ...stylesheets]));
  const firstGz = gz(Buffer.concat([html, ...stylesheets]));
  if (firstBr > BUDGET.firstRoundTrip) fail(`HTML and render-blocking CSS are ${kb(firstBr)} KB brotli, over the ${kb(BUDGET.firstRoundTrip)} KB budget.`);

  const scripts = tags('script').filter((t) => !/type="application\/(ld\+)?json"/.test(t));
  for (const tag of scripts) {
    const blocking = !/type="module"/.test(tag) && !/\b(defer|async)\b/.test(tag) && attr(tag, 'src');
    if (blocking) fail(`a script blocks rendering: ${tag}`);
  }
  const modules = new Set();
  for (const tag of scripts) if (attr(tag, 'src')) moduleGraph(attr(tag, 'src'), modules);
  const inlineJs = [...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]));
  const jsFiles = [...modules].map((m) => readFileSync(fileFor(m)));
  const jsBr = jsFiles.reduce((sum, b) => sum + br(b), 0) + br(Buffer.concat(inlineJs));
  if (jsBr > BUDGET.javascript) fail(`JavaScript is ${kb(jsBr)} KB brotli, over the ${kb(BUDGET.javascript)} KB budget.`);

  // A first visit also fetches the favicon, the manifest and the service worker script.
  const extras = [];
  const favicon = tags('link').find((t) => /rel="icon"/.test(t) && /svg/.test(t)) ?? tags('link').find((t) => /rel="icon"/.test(t));
  if (favicon) extras.push(readFileSync(fileFor(attr(favicon, 'href'))));
  const manifest = tags('link').find((t) => /rel="manifest"/.test(t));
  if (manifest) extras.push(readFileSync(fileFor(attr(manifest, 'href'))));
  // The worker script is registered from the page's JavaScript.
  if (modules.size && existsSync(join(dist, 'sw.js'))) extras.push(readFileSync(join(dist, 'sw.js')));
  const firstVisit = firstBr + jsBr + extras.reduce((sum, b) => sum + br(b), 0);
  if (firstVisit > BUDGET.firstVisit) fail(`a first visit fetches ${kb(firstVisit)} KB compressed, over the ${kb(BUDGET.firstVisit)} KB budget.`);

  rows.push({ page: `/${page.replace(/(^|\/)index\.html$/, '$1')}`, firstBr, firstGz, jsBr, firstVisit });
}

if (showTable || problems.length) {
  console.log('| Page | HTML + CSS, brotli (gzip) | JS, brotli | First visit, brotli |');
  console.log('| --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.page} | ${kb(r.firstBr)} KB (${kb(r.firstGz)} KB) | ${kb(r.jsBr)} KB | ${kb(r.firstVisit)} KB |`);
}
const worst = (key) => Math.max(...rows.map((r) => r[key]));
console.log(
  `Budgets over ${rows.length} pages: first round trip ${kb(worst('firstBr'))}/${kb(BUDGET.firstRoundTrip)} KB, JavaScript ${kb(worst('jsBr'))}/${kb(BUDGET.javascript)} KB, first visit ${kb(worst('firstVisit'))}/${kb(BUDGET.firstVisit)} KB (brotli, worst page).`,
);
if (problems.length) {
  console.error(`\n${problems.length} budget problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
