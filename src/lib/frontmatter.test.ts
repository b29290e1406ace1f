import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frontmatterBlock } from './frontmatter.ts';

test('finds the frontmatter at the top of a file, with either line ending', () => {
  assert.equal(frontmatterBlock('---\ntitle: Training\n---\n\nBody'), 'title: Training');
  assert.equal(frontmatterBlock('---\r\ntitle: Training\r\nsummary: x\r\n---\r\nBody'), 'title: Training\r\nsummary: x');
});

test('a file without frontmatter, or with a rule further down, has none', () => {
  assert.equal(frontmatterBlock('# Training\n\n---\n\ntitle: no\n---'), undefined);
  assert.equal(frontmatterBlock(''), undefined);
});
