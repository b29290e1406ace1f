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
 * Files pages share (stylesheets, scripts, the worker) are read and compressed
 * once. Each page is compressed exactly when the site has at most
 * EXACT_UP_TO pages, with --table, or when a quick upper bound does not show
 * it within budget (src/lib/compressed-size.ts), so the check takes about the
 * same time per page however large the site.
 *
 *   node scripts/check-budgets.mjs [dist] [--table]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SharedSizes, brotliSize, firstViewBrotli, gzipSize } from '../src/lib/compressed-size.ts';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? process.env.OUT_DIR ?? 'dist';
const showTable = args.includes('--table');
const BUDGET = { firstRoundTrip: 14 * 1024, javascript: 10 * 1024, firstVisit: 40 * 1024 };
/** Up to this many pages, every page is compressed exactly (a few seconds). */
const EXACT_UP_TO = 200;

const kb = (n) => (n / 1024).toFixed(1);

const pages = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html') && !f.startsWith('_astro'))
  .sort();
const exact = showTable || pages.length <= EXACT_UP_TO;

/** A site path ("/_astro/x.js") to its file in dist. */
const fileFor = (path) => join(dist, decodeURIComponent(path.replace(/^\/+/, '').replace(/[?#].*$/, '')));
const isExternal = (url) => /^(https?:)?\/\//i.test(url);

/** Shared files, read once. */
const files = new Map();
const read = (file) => {
  if (!files.has(file)) files.set(file, readFileSync(file));
  return files.get(file);
};
const shared = new SharedSizes();
const sharedBrotli = (file) => shared.brotli(file, () => read(file));

/** A module and every module it imports statically (loaded at once, unlike import()), remembered by entry. */
const graphs = new Map();
function moduleGraph(path, seen = new Set()) {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = read(fileFor(path)).toString();
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    if (!isExternal(spec)) moduleGraph(new URL(spec, `http://x${path}`).pathname, seen);
  }
  return seen;
}
const modulesOf = (path) => {
  if (!graphs.has(path)) graphs.set(path, moduleGraph(path));
  return graphs.get(path);
};

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

  const stylesheetFiles = tags('link').filter((t) => /rel="stylesheet"/.test(t) && !/media="print"/.test(t)).map((t) => fileFor(attr(t, 'href')));
  const stylesheets = stylesheetFiles.map(read);

  const scripts = tags('script').filter((t) => !/type="application\/(ld\+)?json"/.test(t));
  for (const tag of scripts) {
    const blocking = !/type="module"/.test(tag) && !/\b(defer|async)\b/.test(tag) && attr(tag, 'src');
    if (blocking) fail(`a script blocks rendering: ${tag}`);
  }
  const modules = new Set();
  for (const tag of scripts) if (attr(tag, 'src')) for (const module of modulesOf(attr(tag, 'src'))) modules.add(module);
  const inlineJs = [...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const jsBr = [...modules].reduce((sum, m) => sum + sharedBrotli(fileFor(m)), 0) + shared.brotli(`inline:${inlineJs}`, () => Buffer.from(inlineJs));
  if (jsBr > BUDGET.javascript) fail(`JavaScript is ${kb(jsBr)} KB brotli, over the ${kb(BUDGET.javascript)} KB budget.`);

  // A first visit also fetches the favicon, the manifest and the service worker script.
  let extrasBr = 0;
  const favicon = tags('link').find((t) => /rel="icon"/.test(t) && /svg/.test(t)) ?? tags('link').find((t) => /rel="icon"/.test(t));
  if (favicon) extrasBr += sharedBrotli(fileFor(attr(favicon, 'href')));
  const manifest = tags('link').find((t) => /rel="manifest"/.test(t));
  if (manifest) extrasBr += sharedBrotli(fileFor(attr(manifest, 'href')));
  // The worker script is registered from the page's JavaScript.
  if (modules.size && existsSync(join(dist, 'sw.js'))) extrasBr += sharedBrotli(join(dist, 'sw.js'));

  // The page's inline stylesheet is the same text on every page: a shared part, like a linked one.
  const styles = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).filter((css) => css.length > 1024);
  const parts = {
    whole: Buffer.concat([html, ...stylesheets]),
    shared: [...styles.map((css) => ({ key: `inline:${css}`, bytes: Buffer.from(css) })), ...stylesheetFiles.map((file, i) => ({ key: file, bytes: stylesheets[i] }))],
    own: Buffer.from(styles.reduce((rest, css) => rest.replace(css, ''), text)),
  };
  // What the page shares with others is over the first-visit budget by itself: the page's own size cannot change that.
  const sharedOver = jsBr + extrasBr >= BUDGET.firstVisit;
  const limit = sharedOver ? BUDGET.firstRoundTrip : Math.min(BUDGET.firstRoundTrip, BUDGET.firstVisit - jsBr - extrasBr);
  const firstView = firstViewBrotli(parts, shared, limit, exact);
  const firstBr = firstView.bytes;
  if (firstBr > BUDGET.firstRoundTrip) fail(`HTML and render-blocking CSS are ${kb(firstBr)} KB brotli, over the ${kb(BUDGET.firstRoundTrip)} KB budget.`);
  const firstVisit = firstBr + jsBr + extrasBr;
  if (sharedOver) fail(`a first visit fetches ${kb(jsBr + extrasBr)} KB compressed besides the page (JavaScript, favicon, manifest, worker script), over the ${kb(BUDGET.firstVisit)} KB budget.`);
  else if (firstVisit > BUDGET.firstVisit) fail(`a first visit fetches ${kb(firstVisit)} KB compressed, over the ${kb(BUDGET.firstVisit)} KB budget.`);
  const firstGz = showTable ? gzipSize(parts.whole) : 0;

  rows.push({ page: `/${page.replace(/(^|\/)index\.html$/, '$1')}`, firstBr, firstGz, jsBr, firstVisit, exact: firstView.exact });
}

if (showTable || problems.length) {
  console.log('| Page | HTML + CSS, brotli (gzip) | JS, brotli | First visit, brotli |');
  console.log('| --- | --- | --- | --- |');
  // Gzip is measured with --table only; without it, sizes within budget by the bound show as "at most".
  for (const r of rows) console.log(`| ${r.page} | ${r.exact ? '' : 'at most '}${kb(r.firstBr)} KB${showTable ? ` (${kb(r.firstGz)} KB)` : ''} | ${kb(r.jsBr)} KB | ${r.exact ? '' : 'at most '}${kb(r.firstVisit)} KB |`);
}
const worst = (key) => Math.max(...rows.map((r) => r[key]));
// Pages within budget by the quick bound show the bound: their exact figure is at most that.
const bounded = rows.some((r) => !r.exact);
console.log(
  `Budgets over ${rows.length} pages: first round trip ${bounded ? 'at most ' : ''}${kb(worst('firstBr'))}/${kb(BUDGET.firstRoundTrip)} KB, JavaScript ${kb(worst('jsBr'))}/${kb(BUDGET.javascript)} KB, first visit ${bounded ? 'at most ' : ''}${kb(worst('firstVisit'))}/${kb(BUDGET.firstVisit)} KB (brotli, worst page${bounded ? `; ${rows.filter((r) => r.exact).length} pages compressed exactly, the rest within budget by an upper bound` : ''}).`,
);
if (problems.length) {
  console.error(`\n${problems.length} budget problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
