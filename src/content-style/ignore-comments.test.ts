import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { ignoreComments, isIgnored, parseIgnoreComment } from './ignore-comments.ts';
import type { MdNode } from './text.ts';

test('a comment names one rule and gives a reason', () => {
  assert.deepEqual(parseIgnoreComment('/* style-ignore nhs-word the job title is "clinician" */'), { ruleId: 'nhs-word' });
  assert.equal(parseIgnoreComment('/* just a note */'), undefined);
  assert.match((parseIgnoreComment('/* style-ignore nhs-word */') as { problem: string }).problem, /say why "nhs-word" is turned off/);
  assert.match((parseIgnoreComment('/* style-ignore */') as { problem: string }).problem, /name the rule to turn off/);
  assert.match((parseIgnoreComment('/* style-ignore nhs-words because */') as { problem: string }).problem, /no style rule called "nhs-words". Use one of: latin-abbreviation/);
});

test('it covers the next block (past other ignore comments), or the paragraph it is in', () => {
  const source = [
    '{/* style-ignore nhs-word a quote */}', // 1
    '{/* style-ignore contraction a quote */}', // 2
    '', // 3
    'Covered paragraph', // 4
    'still covered.', // 5
    '', // 6
    'Not covered {/* style-ignore passive-voice inside */} here.', // 7
  ].join('\n');
  const tree = unified().use(remarkParse).use(remarkMdx).parse(source) as unknown as MdNode;
  const { ranges, problems } = ignoreComments(tree);
  assert.deepEqual(problems, []);
  assert.deepEqual(ranges.map((r) => [r.ruleId, r.from.line, r.to.line]), [['nhs-word', 4, 5], ['contraction', 4, 5], ['passive-voice', 7, 7]]);
  assert.equal(isIgnored('nhs-word', { line: 5, column: 3 }, ranges), true);
  assert.equal(isIgnored('nhs-word', { line: 7, column: 3 }, ranges), false);
  assert.equal(isIgnored('sentence-length', { line: 4, column: 1 }, ranges), false);
});

test('<StyleIgnore rule reason /> covers the next block, as the comment does, and the browser editor keeps it', () => {
  const source = [
    '<StyleIgnore rule="list-length" reason="the source\'s list, kept whole" />', // 1
    '', // 2
    '- one', // 3
    '- two', // 4
    '', // 5
    '<StyleIgnore rule="nhs-word" />', // 6
    '', // 7
    '<StyleIgnore rule="no-such-rule" reason="because" />', // 8
  ].join('\n');
  const tree = unified().use(remarkParse).use(remarkMdx).parse(source) as unknown as MdNode;
  const { ranges, problems } = ignoreComments(tree);
  assert.deepEqual(ranges.map((r) => [r.ruleId, r.from.line, r.to.line]), [['list-length', 3, 4]]);
  assert.equal(problems.length, 2);
  assert.match(problems[0]!.reason, /say why "nhs-word" is turned off/);
  assert.match(problems[1]!.reason, /no style rule called "no-such-rule"/);
  assert.equal(isIgnored('list-length', { line: 4, column: 3 }, ranges), true);
  assert.equal(isIgnored('nhs-word', { line: 4, column: 3 }, ranges), false);
});
