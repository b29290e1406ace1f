import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWords, parseWords } from './words.ts';

test('every word of every entry is spelt right; entries with capitals are names', () => {
  assert.deepEqual(parseWords('# comment\nPeer Development Team\nmultidisciplinary  # a note\n\nNHS\n'), {
    spelling: ['Peer', 'Development', 'Team', 'multidisciplinary', 'NHS'],
    names: ['Peer Development Team', 'NHS'],
  });
});

test("the editors' list in the content folder adds to the built-in list", () => {
  const content = mkdtempSync(join(tmpdir(), 'style-words-'));
  assert.ok(!loadWords(content).names.includes('Rampton Hospital'));
  writeFileSync(join(content, 'style-words.txt'), 'Rampton Hospital\n');
  const words = loadWords(content);
  assert.ok(words.names.includes('Rampton Hospital'));
  assert.ok(words.names.includes('Nottinghamshire Healthcare'));
});
