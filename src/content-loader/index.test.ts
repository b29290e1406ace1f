import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entryId, listMdxFiles } from './index.ts';

test('entry ids are the ones glob() gave: slugged path segments, index for the start page, nested pages kept', () => {
  assert.equal(entryId('index.mdx'), 'index');
  assert.equal(entryId('help-in-a-crisis.mdx'), 'help-in-a-crisis');
  assert.equal(entryId('feedback/thank-you.mdx'), 'feedback/thank-you');
  assert.equal(entryId('guide/index.mdx'), 'guide');
  assert.equal(entryId('Visiting Times.mdx'), 'visiting-times');
  assert.equal(entryId('anything.mdx', 'chosen/slug'), 'chosen/slug', 'a frontmatter slug wins, as in glob()');
});

test('the loader lists .mdx files as glob() did: sub-folders only when asked, no dot files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdx-list-'));
  try {
    mkdirSync(join(dir, 'feedback'));
    mkdirSync(join(dir, '.hidden'));
    for (const name of ['index.mdx', 'feedback/thank-you.mdx', '.draft.mdx', '.hidden/x.mdx', 'notes.md']) writeFileSync(join(dir, name), '');
    assert.deepEqual(listMdxFiles(dir, true), ['feedback/thank-you.mdx', 'index.mdx']);
    assert.deepEqual(listMdxFiles(dir, false), ['index.mdx']);
    assert.deepEqual(listMdxFiles(join(dir, 'missing'), true), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
