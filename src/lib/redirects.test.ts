import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRedirectsFile, redirectProblems, redirectTarget, toRedirectsFile, underBase } from './redirects.ts';

const pages = new Set(['/', '/help-in-a-crisis/', '/train-to-be-a-peer-support-worker/']);

test('a redirect to a page is fine, with or without the last slash', () => {
  assert.deepEqual(redirectProblems([{ from: '/crisis/', to: '/help-in-a-crisis/' }, { from: '/training', to: '/train-to-be-a-peer-support-worker' }], pages), []);
});

test('a redirect to a missing page names the redirect and the address', () => {
  const [problem] = redirectProblems([{ from: '/crisis/', to: '/help-in-crisis/' }], pages);
  assert.match(problem ?? '', /redirect 1 \(from \/crisis\/\): there is no page at \/help-in-crisis\//);
});

test('a redirect from a page that exists is refused', () => {
  const [problem] = redirectProblems([{ from: '/help-in-a-crisis/', to: '/' }], pages);
  assert.match(problem ?? '', /is a page on the site/);
});

test('a loop is refused', () => {
  const problems = redirectProblems([{ from: '/a/', to: '/b/' }, { from: '/b/', to: '/a/' }], pages);
  assert.ok(problems.some((p) => /leads back to itself/.test(p)));
});

test('redirects become permanent rules under the base path, and read back', () => {
  const file = toRedirectsFile([{ from: '/crisis/', to: '/help-in-a-crisis/' }], '/peer-support/');
  assert.equal(file, '/peer-support/crisis/ /peer-support/help-in-a-crisis/ 301\n');
  assert.deepEqual(parseRedirectsFile(`# comment\n${file}`), [{ from: '/peer-support/crisis/', to: '/peer-support/help-in-a-crisis/', status: 301 }]);
});

test('the worker finds where a short address leads, with or without its last slash, through a chain', () => {
  const rules = underBase([{ from: '/crisis/', to: '/help-in-a-crisis/' }, { from: '/old-training', to: '/training/' }, { from: '/training/', to: '/train-to-be-a-peer-support-worker/' }, { from: '/nhs/', to: 'https://www.nhs.uk/' }], '/peer-support/');
  assert.equal(redirectTarget(rules, '/peer-support/crisis/'), '/peer-support/help-in-a-crisis/');
  assert.equal(redirectTarget(rules, '/peer-support/crisis'), '/peer-support/help-in-a-crisis/');
  assert.equal(redirectTarget(rules, '/peer-support/old-training/'), '/peer-support/train-to-be-a-peer-support-worker/');
  assert.equal(redirectTarget(rules, '/peer-support/nhs/'), 'https://www.nhs.uk/');
  assert.equal(redirectTarget(rules, '/peer-support/help-in-a-crisis/'), undefined);
  assert.equal(redirectTarget(rules, '/crisis/'), undefined);
});

test('a loop that slipped through ends after a few steps', () => {
  assert.equal(typeof redirectTarget([{ from: '/a/', to: '/b/' }, { from: '/b/', to: '/a/' }], '/a/'), 'string');
});

test('the writer refuses a field that would add a rule, even when the schema was skipped', () => {
  for (const to of ['https://www.nhs.uk/\n/* http://elsewhere.example/:splat 200!', '/a/ 200!', '/a/\r/b/', '/:splat', '/a/*', '/a/:name']) {
    assert.throws(() => toRedirectsFile([{ from: '/crisis/', to }], '/'), /cannot be written to _redirects/, JSON.stringify(to));
  }
  assert.throws(() => toRedirectsFile([{ from: '/a/', to: '/b/' }], '/x y/'), /cannot be written/, 'the base path is part of the field');
});
