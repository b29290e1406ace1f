import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isListed, sitemapPages } from './sitemap-pages.ts';

function content(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
  mkdirSync(join(dir, 'pages', 'feedback'), { recursive: true });
  mkdirSync(join(dir, 'notices'));
  writeFileSync(join(dir, 'pages', 'index.mdx'), '---\ntitle: Peer support\nlastReviewed: 2026-11-24\n---\n');
  writeFileSync(join(dir, 'pages', 'feedback', 'thank-you.mdx'), '---\ntitle: Thanks\nlastReviewed: 2026-10-01\nnoindex: true\n---\n');
  writeFileSync(join(dir, 'notices', 'visiting.mdx'), '---\ntitle: Visiting\nlastReviewed: 2026-09-30\n---\n');
  return dir;
}

test('pages and notices are found by address, with their review dates', () => {
  const pages = sitemapPages(content(), '/peer-support/');
  assert.deepEqual([...pages.keys()].sort(), ['/peer-support/', '/peer-support/feedback/thank-you/', '/peer-support/notices/visiting/']);
  assert.equal(pages.get('/peer-support/')?.lastReviewed?.toISOString(), '2026-11-24T00:00:00.000Z');
});

test('noindex pages, search, offline and 404 are not listed', () => {
  const pages = sitemapPages(content(), '/');
  assert.equal(isListed('https://example.nhs.uk/', '/', pages), true);
  assert.equal(isListed('https://example.nhs.uk/notices/visiting/', '/', pages), true);
  for (const path of ['/feedback/thank-you/', '/search/', '/offline/', '/404/']) assert.equal(isListed(`https://example.nhs.uk${path}`, '/', pages), false, path);
});
