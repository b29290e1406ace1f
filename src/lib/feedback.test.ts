import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageRated, sitePath, withPageRated } from './feedback.ts';

const origin = 'https://example.nhs.uk';

test('only a path on this site, under its base path, is a page', () => {
  assert.equal(sitePath('/help-in-a-crisis/', origin, '/'), '/help-in-a-crisis/');
  assert.equal(sitePath('https://example.nhs.uk/training/?x=1#top', origin, '/'), '/training/');
  assert.equal(sitePath('https://evil.example/phish/', origin, '/'), undefined);
  assert.equal(sitePath('//evil.example/phish/', origin, '/'), undefined);
  assert.equal(sitePath('javascript:alert(1)', origin, '/'), undefined);
  assert.equal(sitePath('/other-section/', origin, '/peer-support/'), undefined);
  assert.equal(sitePath('', origin, '/'), undefined);
  assert.equal(sitePath(null, origin, '/'), undefined);
});

test('the page rated comes from ?page=, then from the page the reader came from', () => {
  assert.equal(pageRated('?page=%2Ftraining%2F', `${origin}/help-in-a-crisis/`, origin, '/'), '/training/');
  assert.equal(pageRated('', `${origin}/help-in-a-crisis/`, origin, '/'), '/help-in-a-crisis/');
  // Never the feedback pages themselves, and never another site.
  assert.equal(pageRated('', `${origin}/feedback/`, origin, '/'), undefined);
  assert.equal(pageRated('', 'https://www.google.com/', origin, '/'), undefined);
  assert.equal(pageRated('?page=https%3A%2F%2Fevil.example%2F', '', origin, '/'), undefined);
});

test('the thank-you address carries the page rated', () => {
  assert.equal(withPageRated(`${origin}/feedback/thank-you/`, '/training/'), `${origin}/feedback/thank-you/?page=%2Ftraining%2F`);
  assert.equal(withPageRated(`${origin}/feedback/thank-you/`, ''), `${origin}/feedback/thank-you/`);
});
