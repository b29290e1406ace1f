import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isLocalPath, joinBase, noticePath, pagePath } from './urls.ts';

const origin = 'https://example.nhs.uk';

test('page addresses end in a slash and follow the base path', () => {
  assert.equal(pagePath('index'), '/');
  assert.equal(pagePath('help-in-a-crisis'), '/help-in-a-crisis/');
  assert.equal(pagePath('feedback/thank-you', '/peer-support/'), '/peer-support/feedback/thank-you/');
  assert.equal(pagePath('index', '/peer-support/'), '/peer-support/');
  assert.equal(noticePath('visiting', '/peer-support'), '/peer-support/notices/visiting/');
  assert.equal(joinBase('/', '/a-to-z/'), '/a-to-z/');
});

test('a local path has one leading slash and reads back as itself', () => {
  assert.equal(isLocalPath('/help-in-a-crisis/', origin), true);
  assert.equal(isLocalPath('/', origin), true);
  assert.equal(isLocalPath('//evil.example/', origin), false);
  assert.equal(isLocalPath('/\\evil.example/', origin), false);
  assert.equal(isLocalPath('evil.example/', origin), false);
  assert.equal(isLocalPath('/a b/', origin), false); // not as a URL writes it
});
