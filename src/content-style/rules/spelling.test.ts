import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassedWords, retextSpelling, spellingMessage } from './spelling.ts';

const words = ['Nottinghamshire', 'wellbeing'];
const processor = unified().use(retextEnglish).use(retextSpelling, { words, passed: new PassedWords(words) });
async function unknown(text: string): Promise<string[]> {
  const file = new VFile(text);
  await processor.run(processor.parse(file), file);
  return file.messages.map((message) => spellingMessage(message)).filter((reason): reason is string => Boolean(reason));
}

test('British spelling, the site word list, and a suggestion for a typo', async () => {
  assert.deepEqual(await unknown('Your wellbeing matters to the organisation in Nottinghamshire.'), []);
  assert.deepEqual(await unknown('Bring your medicin.'), ['check the spelling of "medicin": did you mean "medicine" or "Medici"? If it is right, add it to content/style-words.txt.']);
});

test('a word passed once is remembered; an unknown word is reported every time', async () => {
  assert.equal((await unknown('Bring your medicin. Bring your medicin.')).length, 2);
  assert.equal((await unknown('The medicin is here.')).length, 1);
});

test('abbreviations, numbers, times and web addresses are left to other rules', async () => {
  assert.deepEqual(await unknown('Ask a PSW or the EHRC at 9am, 5:30pm, COVID-19, www.example.nhs.uk or https.'), []);
});

test('passed words are kept in a cache file for the next run, while the word list stays the same', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'spelling-cache-')), 'spelling.json');
  const first = new PassedWords(words, file);
  const run = unified().use(retextEnglish).use(retextSpelling, { words, passed: first });
  const text = new VFile('Peer support helps recovery. Bring your medicin.');
  await run.run(run.parse(text), text);
  first.save();
  const again = new PassedWords(words, file);
  assert.ok(again.words.has('recovery') && again.words.has('Peer'));
  assert.ok(!again.words.has('medicin'), 'an unknown word is never remembered as passed');
  assert.equal(new PassedWords([...words, 'Rampton'], file).words.size, 0, 'a changed word list starts afresh');
});
