/**
 * No dead ends on the built site: every sentence on every page that tells
 * the reader to contact, call, phone, ring or get in touch with a service,
 * ward, team, GP or us gives a way to do it in that sentence (a link or a
 * phone number link). Reads the finished pages (npm run build first), so it
 * covers content, components and layouts alike. The rule: src/lib/contact-sentences.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { addressOf, builtHtmlFiles } from '../../src/lib/built-site.ts';
import { blocksOfHtml, deadEnds } from '../../src/lib/contact-sentences.ts';

const dist = process.env.OUT_DIR ?? 'dist';
const pages = await builtHtmlFiles(dist);

test('every sentence that says to get in touch gives a way to', () => {
  assert.ok(pages.length > 0, `no pages in ${dist}/: run npm run build first`);
  const found = pages.flatMap((file) => deadEnds(blocksOfHtml(readFileSync(file, 'utf8'))).map((sentence) => `${addressOf(dist, file)}: "${sentence}"`));
  assert.deepEqual(found, [], 'Give each sentence a link: a page, or a number with <ContactPhone contact="…" /> from content/contacts.');
});
