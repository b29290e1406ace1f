import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './dates.ts';

const found = (text: string) => dates(text).map((f) => text.slice(f.start, f.end));
const reasons = (text: string) => dates(text).map((f) => f.reason);

test('accepts dates written as NHS.UK writes them', () => {
  assert.deepEqual(found('From 24 November 2026, on Monday 1 December and in May 2027. Its roots go back to the 18th century.'), []);
  assert.deepEqual(found('You may go in March. WCAG 2.2 at level AA. Call 0115 969 1300.'), []);
});

test('finds ordinals, month-first dates and short months, and says what to write', () => {
  assert.deepEqual(found('on the 24th November'), ['24th November']);
  assert.deepEqual(reasons('on the 1st of December'), ['write the date as "1 December", not "1st of December".']);
  assert.deepEqual(reasons('on November 24, 2026'), ['write the date as "24 November 2026", not "November 24, 2026".']);
  assert.deepEqual(reasons('by 3 Feb 2027'), ['write the date as "3 February 2027", not "3 Feb 2027".']);
  assert.deepEqual(found('from Sept 2026'), ['Sept 2026']);
});

test('finds numeric dates and writes them out in UK day-month order', () => {
  assert.deepEqual(reasons('by 24/11/2026'), ['write the date as "24 November 2026", not "24/11/2026".']);
  assert.deepEqual(found('It closes on 24/12/2026. It opened on 2026-01-05.'), ['24/12/2026', '2026-01-05']);
  assert.deepEqual(reasons('by 2026-11-24'), ['write the date as "24 November 2026", not "2026-11-24".']);
  assert.deepEqual(reasons('by 24.11.26'), ['write the date as "24 November 2026", not "24.11.26".']);
  assert.deepEqual(reasons('by 31/02/2026'), ['write the date in words, like "24 November 2026", not "31/02/2026".']);
});

test('a lower-case "may" before a number is not a date', () => {
  assert.deepEqual(found('you may 2 times a day'), []);
});
