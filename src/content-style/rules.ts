/**
 * Every content style rule, by the id editors see in messages and name in
 * ignore comments, with its severity. This is the one place that decides
 * what fails `npm test` (errors) and what is only reported (warnings,
 * notices). Each rule's code is in rules/<id or family>.ts.
 */
export type Severity = 'error' | 'warning' | 'notice';

export const RULES = {
  // Errors: unambiguous breaks of the NHS.UK content style guide.
  'latin-abbreviation': { severity: 'error', checks: 'Latin abbreviations such as e.g., i.e. and etc.', file: 'latin-abbreviations.ts' },
  'link-text': { severity: 'error', checks: 'link text such as "click here", or a web address as link text', file: 'link-text.ts' },
  'date-format': { severity: 'error', checks: 'dates not written like "24 November 2026"', file: 'dates.ts' },
  'time-format': { severity: 'error', checks: 'times not written like "9am", "5:30pm" or "midday"', file: 'times.ts' },
  range: { severity: 'error', checks: 'a hyphen or dash where "to" belongs ("Monday to Friday")', file: 'ranges.ts' },
  'phone-number': { severity: 'error', checks: 'phone numbers not grouped as "0115 969 1300"', file: 'phone-numbers.ts' },
  'a-and-e': { severity: 'error', checks: '"A and E" or "Accident & Emergency" instead of "A&E"', file: 'ampersands.ts' },
  ampersand: { severity: 'error', checks: '"&" in prose instead of "and"', file: 'ampersands.ts' },
  contraction: { severity: 'error', checks: 'negative contractions such as "can\'t" and "don\'t"', file: 'contractions.ts' },
  'heading-case': { severity: 'error', checks: 'headings and titles not in sentence case', file: 'headings.ts' },
  'heading-full-stop': { severity: 'error', checks: 'a full stop at the end of a heading or title', file: 'headings.ts' },
  'style-ignore': { severity: 'error', checks: 'an ignore comment with no reason or an unknown rule', file: '../ignore-comments.ts' },
  // Warnings: reported for an editor to judge; they never fail anything.
  'sentence-length': { severity: 'warning', checks: 'sentences over 20 words', file: 'sentence-length.ts' },
  'paragraph-length': { severity: 'warning', checks: 'paragraphs over 3 sentences', file: 'paragraph-length.ts' },
  'list-length': { severity: 'warning', checks: 'lists over 6 items', file: 'list-length.ts' },
  'passive-voice': { severity: 'warning', checks: 'probable passive voice ("you will be asked")', file: 'passive-voice.ts' },
  'nhs-word': { severity: 'warning', checks: 'words the NHS A to Z of health writing says to avoid', file: 'nhs-words.ts' },
  abbreviation: { severity: 'warning', checks: 'an abbreviation not explained the first time it is used', file: 'abbreviations.ts' },
  spelling: { severity: 'warning', checks: 'spelling (British English, with the site\'s word list)', file: 'spelling.ts' },
  'plain-english': { severity: 'warning', checks: 'words with a plainer alternative', file: 'plain-english.ts' },
  'reading-age': { severity: 'warning', checks: 'a page whose reading age is above 11', file: 'reading-age.ts' },
  'indefinite-article': { severity: 'warning', checks: '"a" where "an" belongs, and the reverse', file: 'library-checks.ts' },
  'repeated-word': { severity: 'warning', checks: 'a word written twice ("the the")', file: 'library-checks.ts' },
  'review-overdue': { severity: 'warning', checks: 'a page whose nextReview date has passed', file: 'review-dates.ts' },
  // Notices: for information.
  'review-due': { severity: 'notice', checks: 'a page whose nextReview date is within 30 days', file: 'review-dates.ts' },
} as const satisfies Record<string, { severity: Severity; checks: string; file: string }>;

export type RuleId = keyof typeof RULES;

export const isRuleId = (id: string): id is RuleId => Object.hasOwn(RULES, id);

export const severityOf = (id: RuleId): Severity => RULES[id].severity;
