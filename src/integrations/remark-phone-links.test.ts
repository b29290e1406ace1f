import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { remarkPhoneLinks } from './remark-phone-links.ts';

const render = async (markdown: string) =>
  String(await unified().use(remarkParse).use(remarkPhoneLinks).use(remarkRehype).use(rehypeStringify).process(markdown));

test('every phone link gets the tap-target class, and never wraps', async () => {
  const html = await render('Call Samaritans free on [116 123](tel:116123), at any time. Text SHOUT to [85258](sms:85258).');
  assert.match(html, /<a href="tel:116123" class="app-phone-link">116\u00a0123<\/a>/);
  assert.match(html, /<a href="sms:85258" class="app-phone-link">85258<\/a>/);
});

test('a paragraph that is only a phone link becomes a call button', async () => {
  const html = await render('[Call 999](tel:999)\n\nIn an emergency, call [999](tel:999).');
  assert.match(html, /<p><a href="tel:999" class="app-call-button app-phone-link">Call\u00a0999<\/a><\/p>/);
  assert.match(html, /call <a href="tel:999" class="app-phone-link">999<\/a>\./);
});

test('other links are left alone', async () => {
  assert.equal(await render('[NHS 111 online](https://111.nhs.uk)'), '<p><a href="https://111.nhs.uk">NHS 111 online</a></p>');
});
