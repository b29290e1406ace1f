import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFileSize } from './file-size.ts';

test('uses bytes, KB, MB and GB as NHS.UK does next to document links', () => {
  assert.equal(formatFileSize(0), '0 bytes');
  assert.equal(formatFileSize(1), '1 byte');
  assert.equal(formatFileSize(1023), '1023 bytes');
  assert.equal(formatFileSize(1024), '1 KB');
  assert.equal(formatFileSize(91_136), '89 KB');
  assert.equal(formatFileSize(1024 * 1024), '1 MB');
  assert.equal(formatFileSize(1.25 * 1024 * 1024), '1.3 MB');
  assert.equal(formatFileSize(15.4 * 1024 * 1024), '15 MB');
  assert.equal(formatFileSize(2 * 1024 ** 3), '2 GB');
});

test('refuses sizes that are not sizes', () => {
  assert.throws(() => formatFileSize(-1), RangeError);
  assert.throws(() => formatFileSize(Number.NaN), RangeError);
});
