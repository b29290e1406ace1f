import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contractions, expand } from './contractions.ts';

test('finds negative contractions with straight or curly apostrophes', () => {
  const text = "You can't come, we don’t know, it isn't; Won't you? They shan't. Someone's life, you're sure, we'll see.";
  assert.deepEqual(contractions(text).map((f) => text.slice(f.start, f.end)), ["can't", 'don’t', "isn't", "Won't", "shan't"]);
});

test('says what to write instead', () => {
  assert.deepEqual(["can't", "Don't", "won't", "doesn't", 'couldn’t'].map(expand), ['cannot', 'Do not', 'will not', 'does not', 'could not']);
  assert.match(contractions("we don't")[0]!.reason, /^write "do not" instead of "don't"/);
});
