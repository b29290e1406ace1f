import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanQuery, decodeEntities, MAX_QUERY_LENGTH, resultsLabel, savedPagesNote } from './query.ts';

test('queries are trimmed, spaces collapsed, and long ones cut, not refused', () => {
  assert.equal(cleanQuery('  peer \n  support  '), 'peer support');
  assert.equal(cleanQuery(null), '');
  assert.equal(cleanQuery('a'.repeat(2000)).length, MAX_QUERY_LENGTH);
});

test('hostile queries stay as the same text (escaping happens where they are shown)', () => {
  assert.equal(cleanQuery('<img src=x onerror=alert(1)>'), '<img src=x onerror=alert(1)>');
});

test('entities in Pagefind excerpts become characters, unknown ones are left alone', () => {
  assert.equal(decodeEntities('A&amp;E &lt;b&gt; &quot;x&quot; it&#39;s'), 'A&E <b> "x" it\'s');
  assert.equal(decodeEntities('&apos;&x;'), "'&x;");
});

test('result counts read naturally', () => {
  assert.equal(resultsLabel(0), '0 results');
  assert.equal(resultsLabel(1), '1 result');
  assert.equal(resultsLabel(12), '12 results');
});

test('offline searches say they search saved pages', () => {
  assert.equal(savedPagesNote(true), '');
  assert.match(savedPagesNote(false), /saved on this device/);
});
