import { test } from 'node:test';
import assert from 'node:assert/strict';
import { passiveVoice } from './passive-voice.ts';

const found = (text: string) => passiveVoice(text).map((f) => text.slice(f.start, f.end));

test('finds passives with regular and irregular participles', () => {
  assert.deepEqual(found('If you are referred, you will be asked. This statement was prepared today. It was written by us and is usually given free.'), [
    'are referred', 'be asked', 'was prepared', 'was written', 'is usually given',
  ]);
});

test('leaves active sentences and adjectives alone', () => {
  assert.deepEqual(found('We will ask you. If you are interested, or worried, you are able to call. It is free and they are kind.'), []);
});
