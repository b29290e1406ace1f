#!/usr/bin/env node
/**
 * Search cost, measured in headless Chromium over the built site served
 * compressed (scripts/serve.mjs), as a visitor on a phone would meet it:
 *  - bytes fetched from focusing the header box to the first suggestions painted
 *    (everything search needs: Pagefind's script, worker, WebAssembly, index chunks)
 *  - time from the last keystroke to suggestions painted, median of several queries
 *
 *   node bench/search.mjs [dist] [--pages 1000]   # --pages: also generate and build a large site
 *
 * A second table splits the first search's bytes by Pagefind file: its script,
 * WebAssembly and metadata are fetched whatever is typed (the metadata holds an
 * entry for every page, so it grows with the site); index chunks and result
 * fragments depend on the query.
 * Budgets (issue 3): 100 KB compressed for the first search on 1,000 pages;
 * median latency 100 ms on the real site and 200 ms at 1,000 pages.
 */
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { generateSite } from './generate-site.mjs';

const args = process.argv.slice(2);
const pagesAt = args.indexOf('--pages');
const generated = pagesAt >= 0 ? Number(args[pagesAt + 1]) : 0;
const dist = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--pages') ?? 'dist';
const QUERIES = ['crisis', 'training', 'visiting', 'recovery goals', 'peer support', 'contact', 'volunteer', 'video'];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** What a fetched file is, from its address in Pagefind's bundle. */
function searchFileKind(url) {
  const path = new URL(url).pathname;
  if (!path.includes('/pagefind/')) return 'not search';
  if (path.endsWith('.js') || path.endsWith('.json')) return 'script';
  if (path.endsWith('.pagefind')) return 'WebAssembly';
  if (path.endsWith('.pf_meta')) return 'metadata (every page)';
  if (path.endsWith('.pf_index')) return 'index chunks';
  if (path.endsWith('.pf_filter')) return 'filters';
  if (path.endsWith('.pf_fragment')) return 'result fragments';
  return 'other';
}

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function measure(siteDir, label, port) {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', siteDir, '--port', String(port)], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 50 && !(await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false)); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const browser = await chromium.launch({ executablePath, args: chromiumArgs });
    const latencies = [];
    let firstSearchBytes = 0;
    let firstSearchHeaderBytes = 0;
    let firstSearchKinds = {};
    for (const [n, query] of QUERIES.entries()) {
      // The offline worker's background download is its own cost (reported by the build), not search's.
      const context = await browser.newContext({ viewport: { width: 375, height: 740 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/video-consultations/`);
      await page.waitForLoadState('networkidle');
      // Playwright reports the requests of Pagefind's web worker too, which a page CDP session does not.
      // Bodies as sent (compressed) are the budget; headers are reported apart, because this
      // local server speaks HTTP/1.1, where the security headers repeat in full on every
      // response, while a CDN's HTTP/2 or HTTP/3 sends repeated headers as a few bytes each.
      let bytes = 0;
      let headerBytes = 0;
      const fetched = [];
      const kinds = {};
      context.on('requestfinished', async (request) => {
        const sizes = await request.sizes();
        bytes += sizes.responseBodySize;
        headerBytes += sizes.responseHeadersSize;
        fetched.push(`${request.url()} ${sizes.responseBodySize} + ${sizes.responseHeadersSize}`);
        const kind = searchFileKind(request.url());
        kinds[kind] = (kinds[kind] ?? 0) + sizes.responseBodySize;
      });
      const box = page.locator('#search-field');
      await box.focus();
      await box.pressSequentially(query.slice(0, -1), { delay: 30 });
      await page.waitForTimeout(400);
      await page.evaluate((q) => {
        const list = document.querySelector('#search-suggestions');
        const input = document.querySelector('#search-field');
        window.__searchDone = new Promise((resolve) => {
          let start = 0;
          input.addEventListener('keydown', () => (start = performance.now()), { once: true, capture: true });
          new MutationObserver((_, observer) => {
            if (!input.value.endsWith(q.slice(-1)) || list.hidden) return;
            observer.disconnect();
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
          }).observe(list, { childList: true, attributes: true });
        });
      }, query);
      await page.keyboard.type(query.slice(-1));
      latencies.push(await page.evaluate(() => window.__searchDone));
      if (n === 0) {
        await page.waitForTimeout(200);
        firstSearchBytes = bytes;
        firstSearchHeaderBytes = headerBytes;
        firstSearchKinds = kinds;
        if (process.env.VERBOSE) console.error(fetched.join('\n'));
      }
      await context.close();
    }
    await browser.close();
    latencies.sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)];
    return { label, kinds: firstSearchKinds, firstSearchKB: +(firstSearchBytes / 1024).toFixed(1), headersKB: +(firstSearchHeaderBytes / 1024).toFixed(1), medianMs: +median.toFixed(1), maxMs: +latencies.at(-1).toFixed(1) };
  } finally {
    server.kill();
  }
}

const rows = [await measure(dist, `this site (${dist})`, 4351)];
if (generated) {
  const site = generateSite(generated);
  const env = { ...process.env, CONTENT_DIR: site.content, PUBLIC_DIR: site.public, OUT_DIR: join(site.work, 'dist'), ASTRO_CACHE_DIR: join(site.work, 'cache') };
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(build.stderr || build.stdout);
  rows.push(await measure(join(site.work, 'dist'), `generated, ${generated} pages`, 4352));
  rmSync(site.work, { recursive: true, force: true });
}
console.log('| site | first search, bytes fetched (KB, compressed bodies) | HTTP/1.1 headers (KB) | last keystroke to painted, median (ms) | worst (ms) |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.label} | ${r.firstSearchKB} | ${r.headersKB} | ${r.medianMs} | ${r.maxMs} |`);

const KINDS = ['script', 'WebAssembly', 'metadata (every page)', 'index chunks', 'result fragments', 'filters', 'other', 'not search'];
const kb = (bytes) => (bytes ? (bytes / 1024).toFixed(1) : '0');
console.log('\nFirst search by file (KB, compressed bodies):\n');
console.log(`| site | ${KINDS.join(' | ')} |`);
console.log(`| --- |${' --- |'.repeat(KINDS.length)}`);
for (const r of rows) console.log(`| ${r.label} | ${KINDS.map((kind) => kb(r.kinds[kind])).join(' | ')} |`);
