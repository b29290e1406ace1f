import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContact, checkRedirects } from './yaml.ts';

const redirects = (items: string) => checkRedirects('content/redirects.yaml', items);

test('good redirects give their rules', () => {
  const { rules, problems } = redirects('- from: /crisis/\n  to: /help-in-a-crisis/\n- from: /nhs/\n  to: https://www.nhs.uk/mental-health/\n');
  assert.deepEqual(problems, []);
  assert.equal(rules.length, 2);
});

test('a line break in an https:// address is refused, naming the redirect and its line', () => {
  const { problems } = redirects('- from: /crisis/\n  to: "https://www.nhs.uk/\\n/* http://elsewhere.example/:splat 200!"\n');
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.field, 'redirect 1, to');
  assert.equal(problems[0]!.line, 2);
});

test('every bad redirect is reported, not only the first', () => {
  const { problems } = redirects('- from: /a b/\n  to: /x/\n- from: /c/\n  to: /:splat\n- from: /*\n  to: /x/\n');
  assert.deepEqual(problems.map((p) => p.field), ['redirect 1, from', 'redirect 2, to', 'redirect 3, from']);
});

test('patterns, flags, other schemes and site-relative tricks are refused', () => {
  for (const [from, to] of [
    ['/a/', '/b/ 200!'],
    ['/a/', '/b/!'],
    ['/a/', 'http://elsewhere.example/'],
    ['/a/', '//elsewhere.example/'],
    ['/a/', '/\\elsewhere.example/'],
    ['/a/', 'https://elsewhere.example/:splat'],
    ['/a/', 'https://user@elsewhere.example/'],
    ['/a/', 'javascript:alert(1)'],
    ['/:name/', '/b/'],
    ['a/', '/b/'],
    ['/a/?x=1', '/b/'],
    ['/a/../b/', '/c/'],
    ['/a\u00a0b/', '/b/'],
    ['/a/\u2028x', '/b/'],
  ]) {
    const { problems } = redirects(`- from: ${JSON.stringify(from)}\n  to: ${JSON.stringify(to)}\n`);
    assert.equal(problems.length, 1, `${from} -> ${to}`);
  }
});

test('unreadable YAML is one problem with its line', () => {
  const { problems } = redirects('- from: /a/\n to: /b/\n  - x');
  assert.equal(problems[0]!.field, 'the YAML');
  assert.ok(problems[0]!.line);
});

test('a contact is checked against its schema, every field at once', () => {
  assert.deepEqual(checkContact('c.yaml', 'name: Team\nphone: "0115 969 1300"\n'), []);
  const problems = checkContact('c.yaml', 'name: Team\nphone: "0115"\nemail: not-an-email\n');
  assert.deepEqual(problems.map((p) => [p.field, p.line]), [['phone', 2], ['email', 3]]);
});
