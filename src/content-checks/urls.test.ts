import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeReferences, hasDangerousScheme, imageProblem, isOtherOrigin, linkProblem } from './urls.ts';

test('character references are decoded as a browser decodes an attribute, repeatedly', () => {
  assert.equal(decodeReferences('&#106;ava&#x73;cript&colon;'), 'javascript:');
  assert.equal(decodeReferences('&amp;#106;'), 'j');
});

test('links to web pages, site paths, email and phone numbers are fine', () => {
  for (const url of ['https://www.nhs.uk/', 'http://example.org', '/help-in-a-crisis/', '#top', '../a/', 'page/', 'mailto:a@nhs.net', 'tel:01159691300', 'sms:85258']) {
    assert.equal(linkProblem(url), undefined, url);
  }
});

test('a scheme hidden by case, references, white space or control characters is still found', () => {
  for (const url of ['javascript:x', 'JAVASCRIPT:x', ' javascript:x', 'java\tscript:x', 'java\nscript:x', '&#106;avascript:x', 'data:text/html,x', 'vbscript:x', '\u0001javascript:x']) {
    assert.ok(linkProblem(url), url);
  }
  assert.equal(hasDangerousScheme('java\tscript:x'), true);
  assert.equal(hasDangerousScheme('/javascript:x'), false);
});

test('images must resolve to this site', () => {
  assert.equal(imageProblem('/images/a.png'), undefined);
  assert.equal(imageProblem('a.png'), undefined);
  for (const url of ['https://evil.example/a.png', '//evil.example/a.png', '/\\evil.example/a.png', '\\\\evil.example/a.png', 'data:image/png,x']) {
    assert.ok(imageProblem(url), url);
    assert.equal(isOtherOrigin(url), true, url);
  }
});
