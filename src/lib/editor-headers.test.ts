import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editorContentSecurityPolicy, editorHeaderValues } from './editor-headers.ts';

const policy = editorContentSecurityPolicy({ inlineScripts: ['a()', 'b()', 'a()'] });
const directive = (name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `))!;

test('the editor runs only scripts from the site and the inline scripts it names by hash', () => {
  assert.equal(directive('script-src'), "script-src 'self' 'sha256-cf242PFc/kb7xD0Qzhsmd9vvRkc+cWFmbi+k+YvtdKc=' 'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='");
  assert.doesNotMatch(directive('script-src'), /unsafe/);
});

test('it reaches only the site and GitHub, including the raw file host Keystatic reads public repositories from', () => {
  assert.equal(directive('connect-src'), "connect-src 'self' https://api.github.com https://raw.githubusercontent.com");
  assert.equal(directive('img-src'), "img-src 'self' data: blob: https://avatars.githubusercontent.com");
});

test('no third party: Keystatic\'s Google Fonts stylesheet and fonts are blocked', () => {
  assert.equal(directive('style-src'), "style-src 'self' 'unsafe-inline'");
  assert.equal(directive('font-src'), "font-src 'self'");
  assert.doesNotMatch(policy, /google/);
  assert.equal(directive('frame-ancestors'), "frame-ancestors 'none'");
  assert.equal(directive('object-src'), "object-src 'none'");
});

test('search engines are told to leave the editor alone', () => {
  assert.equal(editorHeaderValues({ inlineScripts: [] })['X-Robots-Tag'], 'noindex, nofollow');
});
