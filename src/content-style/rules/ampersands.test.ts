import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ampersands } from './ampersands.ts';

const found = (text: string) => ampersands(text).map((f) => [f.ruleId, text.slice(f.start, f.end)]);

test('A&E is right; other ways of writing it are not', () => {
  assert.deepEqual(found('Go to A&E now.'), []);
  assert.deepEqual(found('Go to A and E, A & E or Accident & Emergency, or accident and emergency.'), [
    ['a-and-e', 'A and E'], ['a-and-e', 'A & E'], ['a-and-e', 'Accident & Emergency'], ['a-and-e', 'accident and emergency'],
  ]);
});

test('"&" anywhere else should be "and"', () => {
  assert.deepEqual(found('Friends & family, A&E and Q&A'), [['ampersand', '&'], ['ampersand', '&']]);
  assert.equal(ampersands('Friends & family')[0]!.reason, 'write "and" instead of "&".');
});

test('lower-case "a and e" is not A&E', () => {
  assert.deepEqual(found('vitamins a and e'), []);
});
