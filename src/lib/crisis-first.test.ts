import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crisisPageFirst } from './crisis-first.ts';

const CRISIS = '/help-in-a-crisis/';
const made = () => ({ url: CRISIS, title: 'made' });
const hit = (url: string) => ({ url, title: url });

test('ranked lower, the crisis page moves to the top, once', () => {
  const hits = [hit('/notices/covid/'), hit('/training/'), hit(CRISIS), hit('/contact/')];
  assert.deepEqual(crisisPageFirst(hits, CRISIS, made), [hit(CRISIS), hit('/notices/covid/'), hit('/training/'), hit('/contact/')]);
});

test('not returned, or nothing returned, the crisis page is added first', () => {
  assert.deepEqual(crisisPageFirst([hit('/training/')], CRISIS, made), [made(), hit('/training/')]);
  assert.deepEqual(crisisPageFirst([], CRISIS, made), [made()]);
});

test('already first, the hits are unchanged', () => {
  const hits = [hit(CRISIS), hit('/training/')];
  assert.deepEqual(crisisPageFirst(hits, CRISIS, made), hits);
});
