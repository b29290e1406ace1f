import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CORE_BUDGET,
  SAVED_PAGES_LIMIT,
  assetReferences,
  builtFileOf,
  coreBudgetError,
  guideSlug,
  isSearchEntryFile,
  isSearchIndexPart,
  moduleImports,
  pageCacheKey,
  pageOfPrecacheKey,
  runtimeCacheNames,
  savedPageKey,
  savedPageSummary,
  sumOfLargest,
} from './precache.ts';

test('the budgets are the ones the issue sets, and pages read are bounded', () => {
  assert.deepEqual(CORE_BUDGET, { files: 50, bytes: 500 * 1024, workerBytes: 15 * 1024 });
  assert.equal(SAVED_PAGES_LIMIT, 200);
});

test("search's entry files are always saved; its word lists and results are parts saved when used", () => {
  for (const path of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind', 'pagefind/pagefind.en_5ef055ee47.pf_meta']) {
    assert.equal(isSearchEntryFile(path), true, path);
    assert.equal(isSearchIndexPart(path), false, path);
  }
  for (const path of ['pagefind/index/en_c34b76c.pf_index', 'pagefind/filter/en_d3a373d.pf_filter', 'pagefind/fragment/en_178388b.pf_fragment']) {
    assert.equal(isSearchIndexPart(path), true, path);
    assert.equal(isSearchEntryFile(path), false, path);
  }
  // Pagefind's web worker and its language-less WebAssembly are never used (noWorker, English only).
  for (const path of ['pagefind/pagefind-worker.js', 'pagefind/wasm.unknown.pagefind', 'pagefind/pagefind-ui.js']) {
    assert.equal(isSearchEntryFile(path) || isSearchIndexPart(path), false, path);
  }
});

test('a page loads its module scripts, icons, manifest and the images in its inline CSS, nothing else', () => {
  const html = [
    '<link rel="canonical" href="https://example.nhs.uk/a/">',
    '<link rel="icon" href="/assets/images/favicon.ico" sizes="48x48">',
    '<link rel="apple-touch-icon" href="/assets/images/nhsuk-icon-180.png">',
    '<link rel="manifest" href="/manifest.webmanifest">',
    '<meta property="og:image" content="/assets/images/nhsuk-opengraph-image.png">',
    '<style>.x{background:url(/assets/images/nhsuk-icon-cross.svg)}.y{background:url("data:image/svg+xml,abc")}</style>',
    '<script type="application/ld+json">{}</script>',
    '<script type="module" src="/_astro/Header.abc.js"></script>',
    '<a href="/help-in-a-crisis/">Help</a><img src="/documents/photo.png" width="1" height="1" alt="">',
    '<script src="https://elsewhere.example/x.js"></script>',
  ].join('');
  assert.deepEqual(assetReferences(html).sort(), [
    '/_astro/Header.abc.js',
    '/assets/images/favicon.ico',
    '/assets/images/nhsuk-icon-180.png',
    '/assets/images/nhsuk-icon-cross.svg',
    '/documents/photo.png',
    '/manifest.webmanifest',
  ]);
});

test("a script's static and dynamic imports are found, whatever the minifier did", () => {
  const code = 'import{a as e}from"./results.B1.js";import"./side.js";const p=import(`./saved-pages.C8.js`);x=import("./lazy.js");y=import(`${o}pagefind/pagefind.js`);';
  assert.deepEqual(moduleImports(code).sort(), ['./lazy.js', './results.B1.js', './saved-pages.C8.js', './side.js']);
});

test('an address on the site maps to the built file behind it, under the base path', () => {
  assert.equal(builtFileOf('/', '/'), 'index.html');
  assert.equal(builtFileOf('/help-in-a-crisis/', '/'), 'help-in-a-crisis/index.html');
  assert.equal(builtFileOf('./results.B1.js', '/', '/_astro/Header.A1.js'), '_astro/results.B1.js');
  assert.equal(builtFileOf('/peer-support/assets/images/favicon.svg', '/peer-support/'), 'assets/images/favicon.svg');
  assert.equal(builtFileOf('/elsewhere/x.js', '/peer-support/'), undefined);
  assert.equal(builtFileOf('/a%20b.pdf', '/'), 'a b.pdf');
});

test('a core over budget fails with each figure, its budget and what to do', () => {
  assert.equal(coreBudgetError({ files: 50, bytes: 500 * 1024, workerBytes: 15 * 1024 }), undefined);
  const error = coreBudgetError({ files: 51, bytes: 500 * 1024 + 1, workerBytes: 16 * 1024 }) ?? '';
  assert.match(error, /51 files \(budget 50\)/);
  assert.match(error, /501 KB to download, compressed \(budget 500 KB\)/);
  assert.match(error, /worker script of 16 KB brotli \(budget 15 KB\)/);
  assert.match(error, /offline\.corePages in src\/site\.ts/);
});

test('a navigation maps to the core copy of its page', () => {
  assert.equal(pageCacheKey('https://example.nhs.uk/'), '/index.html');
  assert.equal(pageCacheKey('https://example.nhs.uk/help-in-a-crisis'), '/help-in-a-crisis/index.html');
  assert.equal(pageCacheKey('https://example.nhs.uk/search/?q=crisis#results'), '/search/index.html');
  assert.equal(pageCacheKey('/404.html'), '/404.html');
});

test('a page read is saved once, whatever its query string, fragment or last slash', () => {
  assert.equal(savedPageKey('https://example.nhs.uk/search/?q=crisis#results'), 'https://example.nhs.uk/search/');
  assert.equal(savedPageKey('https://example.nhs.uk/help-in-a-crisis'), 'https://example.nhs.uk/help-in-a-crisis/');
  assert.equal(savedPageKey('https://example.nhs.uk/404.html'), 'https://example.nhs.uk/404.html');
});

test('core entries that are pages give their address', () => {
  assert.equal(pageOfPrecacheKey('https://example.nhs.uk/help-in-a-crisis/index.html?__WB_REVISION__=abc'), '/help-in-a-crisis/');
  assert.equal(pageOfPrecacheKey('https://example.nhs.uk/index.html'), '/');
  assert.equal(pageOfPrecacheKey('https://example.nhs.uk/_astro/x.js'), undefined);
});

test("a saved page's title comes from its own metadata, and noindex pages stay out of lists", () => {
  const head = '<title>Help in a crisis - Peer support - Trust</title><meta property="og:title" content="Help &amp; advice &quot;now&quot;">';
  assert.deepEqual(savedPageSummary(head), { title: 'Help & advice "now"', listed: true });
  assert.deepEqual(savedPageSummary('<title>Search - Peer support</title><meta name="robots" content="noindex">'), { title: 'Search - Peer support', listed: false });
  assert.equal(savedPageSummary('<html><head>'), undefined);
});

test('caches are named after the base path, so two sections on one site never share one', () => {
  assert.deepEqual(runtimeCacheNames('/'), { pages: 'peer-support-pages', assets: 'peer-support-assets', search: 'peer-support-search' });
  assert.equal(runtimeCacheNames('/peer-support/').pages, 'peer-support/peer-support-pages');
});

test("a guide's name becomes a safe file name", () => {
  assert.equal(guideSlug('peer-support'), 'peer-support');
  assert.equal(guideSlug('Becoming a Peer Worker: Step 1'), 'becoming-a-peer-worker-step-1');
  assert.equal(guideSlug('!!!'), 'guide');
});

test('the most a bounded cache can hold is its largest files together', () => {
  assert.equal(sumOfLargest([5, 100, 20, 7], 2), 120);
  assert.equal(sumOfLargest([5, 100], 200), 105);
  assert.equal(sumOfLargest([], 3), 0);
});
