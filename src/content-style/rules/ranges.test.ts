import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ranges } from './ranges.ts';

const found = (text: string) => ranges(text).map((f) => text.slice(f.start, f.end));

test('finds ranges written with hyphens and dashes', () => {
  assert.deepEqual(found('Monday-Friday, 9am – 5pm, 10-15 minutes, 2018–2019 and January—March'), ['Monday-Friday', '9am – 5pm', '10-15', '2018–2019', 'January—March']);
  assert.match(ranges('Open Monday-Friday')[0]!.reason, /write "Monday to Friday"/);
});

test('leaves words, hyphenated numbers and chains alone', () => {
  assert.deepEqual(found('COVID-19, a 30-hour placement, self-help, 0115-969-1300, 2026-11-24, life-threatening, A-Z and 16- to 18-year-olds'), []);
});
