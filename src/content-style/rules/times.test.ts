import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nhsTime, times } from './times.ts';

const fixes = (text: string) => times(text).map((f) => [text.slice(f.start, f.end), /"([^"]+)"/.exec(f.reason)![1]]);

test('accepts times written as NHS.UK writes them', () => {
  assert.deepEqual(fixes('We open at 9am. We close at 5:30pm.'), []);
  assert.deepEqual(fixes('Open 9am to 5:30pm, closed at midday and from midnight. WCAG 2.2 costs £17.30, version 1.10.'), []);
});

test('corrects spaces, dots, capitals, ":00" and 12 o\'clock', () => {
  assert.deepEqual(fixes('9 am, 9AM, 9.30pm, 9:00am, 5 p.m. and 12pm, 12am, 12 noon'), [
    ['9 am', '9am'], ['9AM', '9am'], ['9.30pm', '9:30pm'], ['9:00am', '9am'], ['5 p.m.', '5pm'],
    ['12pm', 'midday'], ['12am', 'midnight'], ['12 noon', 'midday'],
  ]);
});

test('turns the 24-hour clock into am and pm', () => {
  assert.deepEqual(fixes('from 09:00 to 17:30, or 17.30, and 0800 hours; 00:00'), [
    ['09:00', '9am'], ['17:30', '5:30pm'], ['00:00', 'midnight'], ['17.30', '5:30pm'], ['0800 hours', '8am'],
  ]);
  assert.equal(nhsTime(13, 5), '1:05pm');
  assert.deepEqual(fixes('It closes at 17.30. It opens at 08:15.'), [['08:15', '8:15am'], ['17.30', '5:30pm']]);
});
