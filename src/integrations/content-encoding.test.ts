import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstNonUtf8Line } from './content-encoding.ts';

test('UTF-8 files pass, including accents and emoji', () => {
  assert.equal(firstNonUtf8Line(Buffer.from('Café\n£5\n🙂\n', 'utf8')), undefined);
});

test('a Latin-1 file is caught at its first bad line', () => {
  assert.equal(firstNonUtf8Line(Buffer.from('title: x\nok\nCafé opening\n', 'latin1')), 3);
});
