import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { blockRun, lineRun, quoteList, walk, type MdNode } from './text.ts';

const paragraphs = (source: string) => {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(source) as unknown as MdNode;
  const found: MdNode[] = [];
  walk(tree, (node) => node.type === 'paragraph' && found.push(node));
  return { found, lines: source.split('\n') };
};

test('a block run joins inline text, blanks out code, and maps back to the source', () => {
  const { found, lines } = paragraphs('Go **now**, `e.g.` [to A&E](/a/) today.');
  const run = blockRun(found[0]!, lines)!;
  assert.equal(run.text, `Go now, ${' '.repeat('e.g.'.length)} to A&E today.`);
  const at = run.text.indexOf('A&E');
  assert.deepEqual(run.pointAt(at), { line: 1, column: 'Go **now**, `e.g.` [to '.length + 1 });
});

test('continuation lines in a list item or component are placed after their indent', () => {
  const { found, lines } = paragraphs('- first line\n  second line with word\n');
  const run = blockRun(found[0]!, lines)!;
  assert.deepEqual(run.pointAt(run.text.indexOf('word')), { line: 2, column: 20 });
});

test('one-line runs and quoted lists', () => {
  assert.deepEqual(lineRun('Help now', { line: 2, column: 8 }).pointAt(5), { line: 2, column: 13 });
  assert.equal(quoteList(['a', 'b', 'c']), '"a", "b" or "c"');
  assert.equal(quoteList(['a']), '"a"');
});
