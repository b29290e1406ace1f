import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phoneNumbers } from './phone-numbers.ts';

const fixes = (text: string) => phoneNumbers(text).map((f) => [text.slice(f.start, f.end), /"([^"]+)"/.exec(f.reason)![1]]);

test('accepts numbers grouped as the NHS A to Z groups them, and short numbers', () => {
  assert.deepEqual(fixes('Call 0115 969 1300, 020 7946 0000, 0161 496 0000, 111, 999 or 116 123.'), []);
  assert.deepEqual(fixes('Call 0115\u00a0969\u00a01300, then ask for extension 16313.'), []);
});

test('finds numbers grouped another way, and says how to write them', () => {
  assert.deepEqual(fixes('Call 01159691300 or 0115-969-1300 or (0115) 969 1300.'), [
    ['01159691300', '0115 969 1300'], ['0115-969-1300', '0115 969 1300'], ['(0115) 969 1300', '0115 969 1300'],
  ]);
  assert.deepEqual(fixes('Call 0161 4960000 or +44 115 969 1300.'), [['0161 4960000', '0161 496 0000'], ['+44 115 969 1300', '0115 969 1300']]);
});

test('a number followed by an extension or another number is judged on its own', () => {
  assert.deepEqual(fixes('Call 0115 9691300 16313.'), [['0115 9691300', '0115 969 1300']]);
  assert.deepEqual(fixes('Call 0115 969 1300 16313.'), []);
});
