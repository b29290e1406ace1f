import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headings } from './headings.ts';

const NAMES = ['Peer Development Team', 'Nottinghamshire Healthcare', 'NHS', 'Samaritans'];
const check = (text: string) => headings(text, NAMES).map((f) => [f.ruleId, f.reason]);

test('sentence case with names, abbreviations and a colon is right', () => {
  for (const heading of [
    'Contact the Peer Development Team',
    'Peer support at Nottinghamshire Healthcare',
    'Call NHS 111 if:',
    'Call 999 or go to A&E now if:',
    'Using JavaScript and WCAG 2.2',
    'What I can expect',
    'Why peer support matters today',
    'Where can I get help?',
  ]) {
    assert.deepEqual(check(heading), [], heading);
  }
});

test('title case is corrected, naming the words and where to add a name', () => {
  assert.deepEqual(check('How Peer Support Workers Work'), [
    ['heading-case', 'write headings in sentence case: "How peer support workers work". If "Peer", "Support", "Workers" or "Work" starts a name, add the name to content/style-words.txt.'],
  ]);
  // Part of a name is not the name.
  assert.equal(check('Ask the Development Team')[0]?.[0], 'heading-case');
});

test('a heading starts with a capital letter', () => {
  assert.deepEqual(check('how to apply'), [['heading-case', 'write headings in sentence case: "How to apply".']]);
});

test('a full stop at the end of a heading is reported; an ellipsis and other punctuation are not', () => {
  assert.deepEqual(check('How to apply.'), [['heading-full-stop', 'remove the full stop at the end of the heading.']]);
  assert.deepEqual(check('And then...'), []);
  assert.deepEqual(check('Is it right for you?'), []);
});

test('the finding points at the first wrong word', () => {
  const [finding] = headings('Help In a crisis', NAMES);
  assert.equal('Help In a crisis'.slice(finding!.start, finding!.end), 'In');
});
