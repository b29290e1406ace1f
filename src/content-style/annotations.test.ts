import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotation } from './annotations.ts';

test('a style message becomes a GitHub annotation on its file, line and column, at its severity', () => {
  assert.equal(
    annotation({ file: 'content/pages/index.mdx', line: 12, column: 3, ruleId: 'sentence-length', severity: 'warning', reason: 'This sentence has 31 words: aim for 25 or fewer.' }),
    '::warning file=content/pages/index.mdx,line=12,col=3,title=Content style%3A sentence-length::This sentence has 31 words: aim for 25 or fewer.',
  );
});

test('commas, colons, percent signs and new lines cannot break the command', () => {
  const text = annotation({ file: 'content/pages/a,b:c.mdx', line: 1, column: 1, ruleId: 'sentence-length', severity: 'error', reason: '100% sure\nnext line' });
  assert.equal(text, '::error file=content/pages/a%2Cb%3Ac.mdx,line=1,col=1,title=Content style%3A sentence-length::100%25 sure%0Anext line');
});
