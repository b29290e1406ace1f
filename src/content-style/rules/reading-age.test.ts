import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addSentence, emptyCounts, readingAge, readingAgeProblem } from './reading-age.ts';

test('Flesch-Kincaid grade + 5 from sentences, words and syllables', () => {
  const counts = emptyCounts();
  addSentence(counts, ['The', 'cat', 'sat', 'on', 'the', 'mat']);
  addSentence(counts, ['Peer', 'support', 'workers', 'use', 'their', 'experience']);
  addSentence(counts, []);
  // 12 words, 2 sentences, 17 syllables: 0.39 × 6 + 11.8 × 17/12 − 15.59 = 3.47.
  assert.deepEqual(counts, { sentences: 2, words: 12, syllables: 17 });
  assert.deepEqual(readingAge(counts), { grade: 3.5, age: 8 });
});

test('no words, no reading age; over 11 is reported, unless the page is too short to judge', () => {
  assert.equal(readingAge(emptyCounts()), undefined);
  assert.equal(readingAgeProblem({ grade: 6.4, age: 11 }, 200), undefined);
  assert.match(readingAgeProblem({ grade: 7.6, age: 13 }, 200)!, /reading age of 13: NHS.UK aims for 11 or under/);
  assert.equal(readingAgeProblem({ grade: 7.6, age: 13 }, 49), undefined);
});
