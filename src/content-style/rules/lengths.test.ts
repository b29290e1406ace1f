import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceLengthProblem } from './sentence-length.ts';
import { paragraphLengthProblem } from './paragraph-length.ts';
import { listLengthProblem } from './list-length.ts';

test('sentences over 20 words, paragraphs over 3 sentences and lists over 6 items are reported', () => {
  assert.equal(sentenceLengthProblem(20), undefined);
  assert.match(sentenceLengthProblem(21)!, /^this sentence has 21 words/);
  assert.equal(paragraphLengthProblem(3), undefined);
  assert.match(paragraphLengthProblem(4)!, /^this paragraph has 4 sentences/);
  assert.equal(listLengthProblem(6), undefined);
  assert.match(listLengthProblem(8)!, /^this list has 8 items/);
});
