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

test('a path that a browser or a decoding server could read as another host is never a page', () => {
  const hostile = [
    '/..//evil.example/',
    '/a/..//evil.example/',
    '/%2e%2e//evil.example/',
    '/.//evil.example/',
    '//evil.example/',
    '/\\evil.example/',
    '\\\\evil.example/',
    '/..\\\\evil.example/',
    '/%5cevil.example/',
    '/%5Cevil.example/',
    '/%2f%2fevil.example/',
    '/%2F/evil.example/',
    '/training/%2f%2fevil.example/',
    '/\t/evil.example/',
    '/\n/evil.example/',
    '/\r\n/evil.example/',
    '/..\t//evil.example/',
    '/%09/evil.example/',
    '/%0a/evil.example/',
    ' //evil.example/',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://evil.example/',
    'http://example.nhs.uk/', // another origin: the scheme differs
    'https://example.nhs.uk.evil.example/',
    'https://example.nhs.uk@evil.example/',
  ];
  for (const address of hostile) {
    for (const base of ['/', '/peer-support/']) {
      const path = sitePath(address, origin, base);
      assert.equal(path, undefined, `${JSON.stringify(address)} under ${base} gave ${path}`);
    }
  }
  // Under a base path, the same tricks after the base.
  assert.equal(sitePath('/peer-support/..//evil.example/', origin, '/peer-support/'), undefined);
  assert.equal(sitePath('/peer-support/.//evil.example/', origin, '/peer-support/'), undefined);
  assert.equal(sitePath('/peer-support/%2f%2fevil.example/', origin, '/peer-support/'), undefined);
  // Ordinary pages still count, with the dots resolved.
  assert.equal(sitePath('/training/../help-in-a-crisis/', origin, '/'), '/help-in-a-crisis/');
  assert.equal(sitePath('/..\\training/', origin, '/'), '/training/'); // one back slash is a slash: still this site
  assert.equal(sitePath('/peer-support/training/', origin, '/peer-support/'), '/peer-support/training/');
});

test('the page rated comes from ?page=, then from the page the reader came from', () => {
  assert.equal(pageRated('?page=%2Ftraining%2F', `${origin}/help-in-a-crisis/`, origin, '/'), '/training/');
  assert.equal(pageRated('', `${origin}/help-in-a-crisis/`, origin, '/'), '/help-in-a-crisis/');
  // Never the feedback pages themselves, and never another site.
  assert.equal(pageRated('', `${origin}/feedback/`, origin, '/'), undefined);
  assert.equal(pageRated('', 'https://www.google.com/', origin, '/'), undefined);
  assert.equal(pageRated('?page=https%3A%2F%2Fevil.example%2F', '', origin, '/'), undefined);
  assert.equal(pageRated('?page=/..//evil.example/', '', origin, '/'), undefined);
  assert.equal(pageRated('', `${origin}/..//evil.example/`, origin, '/'), undefined);
});

test('the thank-you address carries the page rated', () => {
  assert.equal(withPageRated(`${origin}/feedback/thank-you/`, '/training/'), `${origin}/feedback/thank-you/?page=%2Ftraining%2F`);
  assert.equal(withPageRated(`${origin}/feedback/thank-you/`, ''), `${origin}/feedback/thank-you/`);
});
