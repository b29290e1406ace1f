import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nhsWords } from './nhs-words.ts';

test('each word to avoid comes with why and what to write instead', () => {
  assert.deepEqual(nhsWords('Speak to your clinician.').map((f) => f.reason), [
    'avoid "clinician": many people do not know what it means. Try "doctor, nurse or other healthcare professional".',
  ]);
  const text = 'Clinicians say chronic pain may occur with a fever in people suffering from flu who committed suicide during Covid, by telephone, elderly.';
  assert.deepEqual(nhsWords(text).map((f) => text.slice(f.start, f.end)), ['Clinicians', 'chronic', 'occur', 'fever', 'suffering from', 'committed suicide', 'Covid', 'telephone', 'elderly']);
});

test('COVID-19 and words that only contain the letters are fine', () => {
  assert.deepEqual(nhsWords('During COVID-19 the clinical team had a phone and occupational therapy.'), []);
});
