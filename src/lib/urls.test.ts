import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinBase, noticePath, pagePath } from './urls.ts';

test('page addresses end in a slash and follow the base path', () => {
  assert.equal(pagePath('index'), '/');
  assert.equal(pagePath('help-in-a-crisis'), '/help-in-a-crisis/');
  assert.equal(pagePath('feedback/thank-you', '/peer-support/'), '/peer-support/feedback/thank-you/');
  assert.equal(pagePath('index', '/peer-support/'), '/peer-support/');
  assert.equal(noticePath('visiting', '/peer-support'), '/peer-support/notices/visiting/');
  assert.equal(joinBase('/', '/a-to-z/'), '/a-to-z/');
});
