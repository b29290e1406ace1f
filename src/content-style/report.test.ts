import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage, formatMessages, formatReadingAges, summaryLine } from './report.ts';
import { contentReport } from './content-report.ts';
import type { PageStyle, StyleMessage } from './check.ts';

const message = (over: Partial<StyleMessage>): StyleMessage => ({
  file: 'content/pages/video-consultations.mdx',
  line: 20,
  column: 55,
  ruleId: 'nhs-word',
  severity: 'warning',
  reason: 'avoid "clinician": many people do not know what it means. Try "doctor, nurse or other healthcare professional".',
  ...over,
});

const page = (over: Partial<PageStyle>): PageStyle => ({
  file: 'content/pages/video-consultations.mdx',
  kind: 'page',
  address: '/video-consultations/',
  title: 'Video consultations',
  lastReviewed: new Date('2026-11-24T00:00:00Z'),
  nextReview: new Date('2027-11-24T00:00:00Z'),
  counts: { sentences: 8, words: 67, syllables: 106 },
  readingAge: { grade: 6.3, age: 11 },
  messages: [message({})],
  ...over,
});

test('a message reads as the issue asks: file, line, column, what to do, rule', () => {
  assert.equal(
    formatMessage(message({})),
    'content/pages/video-consultations.mdx (line 20, column 55): avoid "clinician": many people do not know what it means. Try "doctor, nurse or other healthcare professional". (nhs-word)',
  );
});

test('errors, warnings and review dates are printed in their own sections, with totals', () => {
  const pages = [page({ messages: [message({}), message({ ruleId: 'contraction', severity: 'error', reason: 'x' }), message({ ruleId: 'review-due', severity: 'notice', reason: 'y' })] })];
  assert.equal(summaryLine(pages, 0.5), 'Content style: 1 file checked in 0.50 s: 1 error, 1 warning, 1 notice.');
  const lines = formatMessages(pages);
  assert.deepEqual(lines.filter((line) => !line.startsWith('  ')), ['', 'Style errors (these fail npm test, never the build):', '', 'Style warnings (for an editor to judge):', '', 'Review dates:']);
  const table = formatReadingAges(pages);
  assert.equal(table.at(-2), '  Age  Grade  Words  Sentences  File');
  assert.equal(table.at(-1), '  11   6.3    67     8          content/pages/video-consultations.mdx');
});

test('the content report lists every page with its review dates, reading age and counts, reviews due first', () => {
  const overdue = page({
    file: 'content/pages/help.mdx',
    address: '/help/',
    title: 'Help | now',
    owner: 'Peer Development Team',
    nextReview: new Date('2026-11-01T00:00:00Z'),
    messages: [message({ ruleId: 'review-overdue', reason: 'overdue' })],
  });
  const report = contentReport([page({}), overdue], new Date('2026-11-24T00:00:00Z'));
  assert.match(report, /^# Content report\n\nMade on 24 November 2026: 2 pages and notices, 0 style errors, 2 warnings\./);
  assert.ok(report.includes('| Help \\| now | 1 November 2026 | Peer Development Team | overdue |'));
  assert.ok(report.includes('| Video consultations | `/video-consultations/` | `content/pages/video-consultations.mdx` | 24 November 2026 | 24 November 2027 | - | 11 | 0 | 1 |'));
  assert.ok(report.includes('| `nhs-word` | warning | 1 |'));
});
