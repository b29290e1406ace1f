import { test } from 'node:test';
import assert from 'node:assert/strict';
import remarkSmartypants from 'remark-smartypants';
import { remarkSmartPunctuation } from './remark-smart-punctuation.ts';

type Node = { type: string; value?: string; name?: string; children?: Node[] };
const text = (value: string): Node => ({ type: 'text', value });
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', children });
const root = (...children: Node[]): Node => ({ type: 'root', children });

/** Documents covering what smart punctuation does, as mdast trees (what remark hands the plugins). */
const documents: Record<string, Node> = {
  apostrophes: root(paragraph(text("You're not alone: it's the team's job to listen."))),
  'quotes around a link': root(paragraph(text('Read "'), { type: 'link', children: [text('help in a crisis')] }, text('" first.'))),
  'quotes around emphasis': root(paragraph(text("'"), { type: 'emphasis', children: [text('Hope')] }, text("' is a word we use."))),
  'a quote opening a block': root({ type: 'heading', children: [text('"Peer support helped me," she said')] }, paragraph(text('"Yes."'))),
  dashes: root(paragraph(text('Call 111 -- or 999 --- in an emergency.'))),
  // One text each: each must get past the quick test on its own.
  'an ellipsis without spaces': root(paragraph(text('Wait...'))),
  'an ellipsis with spaces': root(paragraph(text('Wait . . . then go'))),
  'an ellipsis with non-breaking spaces': root(paragraph(text('Wait.\u00a0.\u00a0. then go'))),
  'an ellipsis across lines': root(paragraph(text('Wait.\n.\n. then go'))),
  'two dots only': root(paragraph(text('Odd.. but fine. . Really'))),
  backticks: root(paragraph(text('``Quoted the old way'))),
  'two single quotes': root(paragraph(text("Quoted the old way''"))),
  'quotes in code stay straight, and count as text': root(paragraph(text('Type '), { type: 'inlineCode', value: '"crisis"' }, text(' then "search".'))),
  'script and style elements are left alone': root(
    paragraph({ type: 'mdxJsxTextElement', name: 'script', children: [text('a = "x" -- b')] }, text(' and "this" is prose.')),
  ),
  'components are prose': root(paragraph({ type: 'mdxJsxTextElement', name: 'strong', children: [text('"Bold" -- words...')] })),
  'a table cell': root({ type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [text("It's 24/7 -- always")] }] }] }),
  'nothing to change': root(paragraph(text('Peer support workers use their own experience of recovery.'))),
  'nested lists and quotes': root({
    type: 'list',
    children: [{ type: 'listItem', children: [paragraph(text("Don't wait")), paragraph(text('"Ask" -- we\'ll help...'))] }],
  }),
};

test('gives exactly what remark-smartypants gives', () => {
  const reference = (remarkSmartypants as unknown as () => (tree: Node) => void)();
  const fast = (remarkSmartPunctuation as unknown as () => (tree: Node) => void)();
  for (const [name, tree] of Object.entries(documents)) {
    const expected = structuredClone(tree);
    const actual = structuredClone(tree);
    reference(expected);
    fast(actual);
    assert.deepEqual(actual, expected, name);
  }
});

test('changes what it should (so the comparison above means something)', () => {
  const fast = (remarkSmartPunctuation as unknown as () => (tree: Node) => void)();
  const tree = structuredClone(documents['apostrophes']!);
  fast(tree);
  assert.equal(tree.children![0]!.children![0]!.value, 'You’re not alone: it’s the team’s job to listen.');
  const dashes = structuredClone(documents['dashes']!);
  fast(dashes);
  assert.equal(dashes.children![0]!.children![0]!.value, 'Call 111 — or 999 --- in an emergency.');
});
