#!/usr/bin/env node
/**
 * Lighthouse (mobile settings, simulated throttling) on one page of each
 * template, over the built site served as a CDN would (compressed, with its
 * headers), in Debian's Chromium. Prints a Markdown table of the four
 * category scores and LCP, TBT, CLS and total bytes; each figure is the
 * median of --runs runs (default 3: TBT is noisy on 2 cores).
 *
 *   npm run build && npm run bench:lighthouse [-- --runs 1] [-- --assert-seo] [-- --only /,/feedback/]
 *   OUT_DIR=elsewhere serves another build (e.g. one made with CSS_DELIVERY=external).
 *
 * --assert-seo exits 1 if a page meant for search engines scores under 100
 * for SEO. Search results, offline and 404 pages are noindex on purpose, so
 * Lighthouse's "page is blocked from indexing" audit marks them down; that
 * is reported, not hidden.
 */
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const assertSeo = args.includes('--assert-seo');
const PORT = 4369;
const origin = `http://127.0.0.1:${PORT}`;

const TEMPLATES = [
  ['Start page', '/', true],
  ['Guide page', '/how-peer-support-workers-work/', true],
  ['Contact page', '/contact-the-peer-development-team/', true],
  ['Notice page', '/notices/service-changes-and-visiting/', true],
  ['Search results', '/search/?q=training', false],
  ['Feedback form', '/feedback/', true],
  // Lighthouse stops at a 404 status, so the template is measured at its own address.
  ['404', '/404.html', false],
  ['Offline', '/offline/', false],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// --only /,/feedback/ measures just those pages (for comparing two builds quickly).
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT)], { stdio: 'ignore' });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows = [];
const seoProblems = [];
try {
  for (let i = 0; i < 50 && !(await fetch(`${origin}/`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100));
  for (const [template, path, indexable] of TEMPLATES.filter(([, path]) => !only || only.includes(path))) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const { lhr } = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      results.push(lhr);
    }
    const score = (id) => Math.round(median(results.map((r) => r.categories[id].score ?? 0)) * 100);
    const metric = (id) => median(results.map((r) => r.audits[id].numericValue ?? 0));
    const failedSeo = [...new Set(results.flatMap((r) => r.categories.seo.auditRefs.filter((ref) => ref.weight > 0 && r.audits[ref.id].score !== 1).map((ref) => ref.id)))];
    const failedOther = [...new Set(results.flatMap((r) => ['accessibility', 'best-practices'].flatMap((c) => r.categories[c].auditRefs.filter((ref) => ref.weight > 0 && r.audits[ref.id].score === 0).map((ref) => ref.id))))];
    if (indexable && score('seo') < 100) seoProblems.push(`${template} (${path}): ${failedSeo.join(', ')}`);
    rows.push(
      `| ${template} | \`${path}\` | ${CATEGORIES.map(score).join(' | ')} | ${(metric('largest-contentful-paint') / 1000).toFixed(2)} s | ${Math.round(metric('total-blocking-time'))} ms | ${metric('cumulative-layout-shift').toFixed(3)} | ${(metric('total-byte-weight') / 1024).toFixed(1)} KB | ${[...failedSeo, ...failedOther].join(', ')} |`,
    );
    console.error(`${template}: done`);
  }
} finally {
  chrome.kill();
  server.kill();
}

console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, simulated throttling, median of ${runs} run(s), ${new Date().toISOString().slice(0, 10)}.\n`);
console.log('| Template | Page | Performance | Accessibility | Best practices | SEO | LCP | TBT | CLS | Total bytes | Audits not passed |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
if (assertSeo && seoProblems.length) {
  console.error(`\nSEO under 100 on pages meant for search engines:\n  ${seoProblems.join('\n  ')}`);
  process.exit(1);
}
