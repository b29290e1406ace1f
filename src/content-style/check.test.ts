/**
 * The whole checker over fixture pages (tests/content-style/fixtures), each
 * with one mistake: every error rule reports an error naming the file, line
 * and rule; every warning is reported as a warning.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent, type PageStyle } from './check.ts';
import { RULES } from './rules.ts';

const fixtures = 'tests/content-style/fixtures';
const today = new Date('2026-11-24T00:00:00Z');
const check = (set: string) => checkContent({ contentDir: `${fixtures}/${set}`, today });
const page = (pages: PageStyle[], name: string) => pages.find((p) => p.file.endsWith(`/pages/${name}.mdx`))!;
const brief = (p: PageStyle) => p.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.severity}`);

test('each error fixture reports its one error, naming file, line, column and rule', async () => {
  const pages = await check('errors');
  const expected: Record<string, string[]> = {
    'latin-abbreviation': ['9:26 latin-abbreviation error'],
    'link-text': ['9:1 link-text error'],
    'page-link-text': ['9:1 link-text error'],
    'date-format': ['9:22 date-format error'],
    'time-format': ['9:21 time-format error'],
    range: ['9:13 range error'],
    'phone-number': ['9:6 phone-number error'],
    'a-and-e': ['9:7 a-and-e error'],
    ampersand: ['9:9 ampersand error'],
    contraction: ['9:5 contraction error'],
    'heading-case': ['9:8 heading-case error'],
    'title-case': ['2:13 heading-case error'],
    'component-heading-case': ['9:39 heading-case error'],
    'heading-full-stop': ['9:15 heading-full-stop error'],
    'style-ignore': ['9:1 style-ignore error'],
  };
  assert.equal(pages.length, Object.keys(expected).length);
  for (const [name, messages] of Object.entries(expected)) {
    const found = page(pages, name);
    assert.deepEqual(brief(found), messages, name);
    assert.equal(found.messages[0]!.file, `${fixtures}/errors/pages/${name}.mdx`);
  }
  // Every error rule has a fixture.
  const errorRules = Object.entries(RULES).filter(([, rule]) => rule.severity === 'error').map(([id]) => id);
  assert.deepEqual(new Set(pages.flatMap((p) => p.messages.map((m) => m.ruleId))), new Set(errorRules));
});

test('messages say what to do, in words an editor can act on', async () => {
  const pages = await check('errors');
  assert.equal(page(pages, 'contraction').messages[0]!.reason, 'write "do not" instead of "don\'t": contractions are easy to misread.');
  assert.equal(page(pages, 'phone-number').messages[0]!.reason, 'write the number as "0115 969 1300", not "01159691300", so it is easy to read and say.');
  assert.equal(page(pages, 'title-case').messages[0]!.reason, 'write headings in sentence case: "Book an appointment". If "An" or "Appointment" starts a name, add the name to content/style-words.txt.');
  assert.match(page(pages, 'style-ignore').messages[0]!.reason, /say why "nhs-word" is turned off here/);
});

test('each warning fixture reports its warning, and nothing is an error', async () => {
  const pages = await check('warnings');
  const expected: Record<string, string> = {
    'sentence-length': '9:1 sentence-length warning',
    'paragraph-length': '9:1 paragraph-length warning',
    'list-length': '11:1 list-length warning',
    'passive-voice': '9:10 passive-voice warning',
    'nhs-word': '9:15 nhs-word warning',
    abbreviation: '9:9 abbreviation warning',
    spelling: '9:12 spelling warning',
    'plain-english': '9:9 plain-english warning',
    'reading-age': '1:1 reading-age warning',
    'indefinite-article': '9:10 indefinite-article warning',
    'repeated-word': '9:7 repeated-word warning',
    'review-overdue': '6:1 review-overdue warning',
  };
  for (const [name, message] of Object.entries(expected)) assert.ok(brief(page(pages, name)).includes(message), `${name}: ${brief(page(pages, name)).join(', ')}`);
  assert.equal(pages.flatMap((p) => p.messages).filter((m) => m.severity === 'error').length, 0);
  assert.match(page(pages, 'spelling').messages[0]!.reason, /^check the spelling of "medicin": did you mean "medicine"/);
  assert.equal(
    page(pages, 'review-overdue').messages[0]!.reason,
    'this page was due a review on 1 January 2021 (2153 days ago). Ask Peer Development Team to check it, then set lastReviewed to the day it was checked and nextReview to the next date it is due.',
  );
});

test('a review due within 30 days is a notice', async () => {
  const pages = await checkContent({ contentDir: `${fixtures}/warnings`, today: new Date('2099-11-01T00:00:00Z') });
  const due = pages.flatMap((p) => p.messages).filter((m) => m.ruleId === 'review-due');
  assert.ok(due.length > 0);
  assert.ok(due.every((m) => m.severity === 'notice' && m.reason.includes('24 November 2099 (in 23 days)')));
});

test('an ignore comment turns off only the rule it names, only for the next paragraph or its own', async () => {
  const [ignored] = await check('ignore');
  assert.deepEqual(brief(ignored!), ['11:37 contraction error', '13:15 nhs-word warning']);
});

test('the reading age of a fixed page: title, headings, list items and component headings count as sentences', async () => {
  const [fixed] = await check('reading-age');
  // Worked out by hand: 8 sentences, 23 words, 24 syllables; 0.39 × 23/8 + 11.8 × 24/23 − 15.59 = −2.16.
  assert.deepEqual(fixed!.counts, { sentences: 8, words: 23, syllables: 24 });
  assert.deepEqual(fixed!.readingAge, { grade: -2.2, age: 3 });
});
