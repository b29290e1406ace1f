import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import { libraryChecks, libraryMessage } from './library-checks.ts';

const processor = unified().use(retextEnglish).use(libraryChecks);
async function found(text: string) {
  const file = new VFile(text);
  await processor.run(processor.parse(file), file);
  return file.messages.map((message) => ({ at: `${message.line}:${message.column}`, ...libraryMessage(message) }));
}

test('"a" before a vowel sound and a repeated word are reported where they are, in words for editors', async () => {
  assert.deepEqual(await found('Call the team.\n\nIt takes a hour. Bring the the form.'), [
    { at: '3:10', ruleId: 'indefinite-article', reason: 'write "an hour", not "a hour".' },
    { at: '3:24', ruleId: 'repeated-word', reason: '"the" is written twice: remove one.' },
  ]);
  assert.deepEqual(await found('An apple, a user and an hour.'), []);
});
