import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareSites, firstDifference, normaliseHtml } from './compare-output.ts';

test('white space between tags and runs of white space do not count; anything else does', () => {
  assert.equal(normaliseHtml('<div> <p>a  b\n c</p>\n</div>'), normaliseHtml('<div><p>a b c</p></div>'));
  assert.notEqual(normaliseHtml('<p>ab</p>'), normaliseHtml('<p>a b</p>'), 'white space inside text counts');
  assert.notEqual(normaliseHtml('<a class="x" href="/">'), normaliseHtml('<a href="/" class="x">'), 'attribute order counts');
  assert.notEqual(normaliseHtml('<p>A&amp;E</p>'), normaliseHtml('<p>A&#x26;E</p>'), 'escaping counts');
  assert.equal(firstDifference('same', 'same'), undefined);
  assert.equal(firstDifference('abcX', 'abcY')?.at, 3);
});

test('two sites compare page by page: missing, new and different pages are each reported', () => {
  const root = mkdtempSync(join(tmpdir(), 'compare-'));
  try {
    const page = (site: string, name: string, html: string) => {
      mkdirSync(join(root, site, name), { recursive: true });
      writeFileSync(join(root, site, name, 'index.html'), html);
    };
    page('a', 'same', '<div>\n  <p>x</p>\n</div>');
    page('b', 'same', '<div><p>x</p></div>');
    page('a', 'changed', '<p>old</p>');
    page('b', 'changed', '<p>new</p>');
    page('a', 'gone', '<p>x</p>');
    page('b', 'added', '<p>x</p>');
    const { pages, same, problems } = compareSites(join(root, 'a'), join(root, 'b'));
    assert.equal(pages, 3);
    assert.equal(same, 1);
    assert.deepEqual(problems.map((p) => [p.page, p.problem]).sort(), [
      ['added/index.html', 'new after'],
      ['changed/index.html', 'differs'],
      ['gone/index.html', 'missing after'],
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
