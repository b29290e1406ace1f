import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageLinkHtml } from './page-link.ts';

test('a page link goes to the page\'s address under the base path, around its rendered text', () => {
  assert.equal(pageLinkHtml({ page: 'help-in-a-crisis' }, 'get help <em>now</em>', '/'), '<a href="/help-in-a-crisis/">get help <em>now</em></a>');
  assert.equal(pageLinkHtml({ page: 'feedback/thank-you' }, 'thanks', '/peer-support/'), '<a href="/peer-support/feedback/thank-you/">thanks</a>');
  assert.equal(pageLinkHtml({ page: 'index' }, 'start', '/peer-support'), '<a href="/peer-support/">start</a>');
});

test('a page id cannot break out of the href attribute', () => {
  assert.equal(pageLinkHtml({ page: 'a" onclick="x&y' }, 't', '/'), '<a href="/a&quot; onclick=&quot;x&amp;y/">t</a>');
});
