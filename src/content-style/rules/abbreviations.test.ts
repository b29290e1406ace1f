import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviations } from './abbreviations.ts';

const found = (...texts: string[]) => abbreviations(texts).map((f) => [f.run, texts[f.run]!.slice(f.start, f.end)]);

test('an abbreviation explained on first use, either way round, is fine later on', () => {
  assert.deepEqual(found('Peer support workers (PSWs) help.', 'A PSW listens. WCAG (Web Content Accessibility Guidelines) 2.2.', 'WCAG again.'), []);
});

test('only the first unexplained use of each is reported, across the page', () => {
  assert.deepEqual(found('The EHRC enforces this.', 'The EHRC (Equality and Human Rights Commission) again, and EASS.'), [[0, 'EHRC'], [1, 'EASS']]);
});

test('abbreviations everyone knows need no explaining', () => {
  assert.deepEqual(found('Ask your GP or GPs, call NHS 111, go to A&E, since COVID-19, in the UK, a PDF.'), []);
});
