import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPrecached, pageCacheKey, precacheBudgetError, MAX_ATTACHMENT_BYTES } from './precache.ts';

test('pages, styles, scripts and the search index are precached', () => {
  for (const path of ['index.html', 'help-in-a-crisis/index.html', '_astro/site.abc123.css', 'pagefind/pagefind.js', 'pagefind/index/en_1.pf_index', 'pagefind/wasm.en.pagefind']) {
    assert.equal(isPrecached({ path, size: 2000 }), true, path);
  }
});

test('the 404 page, the worker, the unused search files and crawler-only files are not', () => {
  for (const path of ['404.html', 'sw.js', 'pagefind/pagefind-worker.js', 'pagefind/wasm.unknown.pagefind', 'assets/images/nhsuk-opengraph-image.png', 'robots.txt', 'sitemap-index.xml', 'sitemap-0.xml']) {
    assert.equal(isPrecached({ path, size: 2000 }), false, path);
  }
});

test('documents are precached only up to the size limit', () => {
  assert.equal(isPrecached({ path: 'documents/guide.pdf', size: MAX_ATTACHMENT_BYTES }), true);
  assert.equal(isPrecached({ path: 'documents/guide.pdf', size: MAX_ATTACHMENT_BYTES + 1 }), false);
});

test('a navigation maps to the saved copy of its page', () => {
  assert.equal(pageCacheKey('https://example.nhs.uk/'), '/index.html');
  assert.equal(pageCacheKey('https://example.nhs.uk/help-in-a-crisis/'), '/help-in-a-crisis/index.html');
  assert.equal(pageCacheKey('https://example.nhs.uk/help-in-a-crisis'), '/help-in-a-crisis/index.html');
  assert.equal(pageCacheKey('https://example.nhs.uk/search/?q=crisis#results'), '/search/index.html');
  assert.equal(pageCacheKey('/peer-support/a-to-z/'), '/peer-support/a-to-z/index.html');
  assert.equal(pageCacheKey('/404.html'), '/404.html');
});

test('the budget error names the size, the budget and what to do', () => {
  assert.equal(precacheBudgetError(1024 * 1024, 1024), undefined);
  const error = precacheBudgetError(1024 * 1024 + 1, 1024);
  assert.match(error ?? "", /1025 KB to download \(compressed\), over its budget of 1024 KB/);
  assert.match(error ?? '', /PRECACHE_BUDGET_KB/);
});
