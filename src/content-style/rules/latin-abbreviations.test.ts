import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latinAbbreviations } from './latin-abbreviations.ts';

const found = (text: string) => latinAbbreviations(text).map((f) => text.slice(f.start, f.end));

test('finds e.g., i.e., etc. and friends however they are written', () => {
  assert.deepEqual(found('Some foods, e.g. bread, and i.e. this, and so on etc.'), ['e.g.', 'i.e.', 'etc.']);
  assert.deepEqual(found('Fruit (eg, apples), ie, NB and E.G. and cf. the other'), ['eg', 'E.G.', 'ie', 'NB', 'cf.']);
  assert.match(latinAbbreviations('like e.g. this')[0]!.reason, /"for example" or "such as"/);
});

test('leaves words that only contain the letters alone', () => {
  assert.deepEqual(found('An egg, a tie, the etcetera of feeling, a big ego and a viziers hat.'), []);
});
