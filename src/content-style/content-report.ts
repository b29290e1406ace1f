/**
 * The content team's report (`npm run content:report`): one Markdown file
 * with every page's title, address, review dates, owner, reading age and
 * style counts, the pages due a review first, then each page's messages.
 */
import { formatDate } from '../lib/dates.ts';
import { RULES, type RuleId } from './rules.ts';
import { READING_AGE_METHOD, totals } from './report.ts';
import type { PageStyle } from './check.ts';

/** Text for a Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const date = (value: Date | undefined) => (value ? formatDate(value) : '-');
const count = (page: PageStyle, severity: 'error' | 'warning') => page.messages.filter((m) => m.severity === severity).length;

export function contentReport(pages: readonly PageStyle[], today: Date): string {
  const all = totals(pages);
  const due = pages
    .map((page) => ({ page, review: page.messages.find((m) => m.ruleId === 'review-overdue' || m.ruleId === 'review-due') }))
    .filter((row) => row.review)
    .sort((a, b) => (a.page.nextReview?.getTime() ?? 0) - (b.page.nextReview?.getTime() ?? 0));
  const lines = [
    '# Content report',
    '',
    `Made on ${formatDate(today)}: ${pages.length} pages and notices, ${all.error} style errors, ${all.warning} warnings.`,
    'Errors break the NHS.UK content style guide and fail the tests (never the build); warnings are for an editor to judge.',
    `Reading age: ${READING_AGE_METHOD}`,
    '',
    '## Reviews due',
    '',
    ...(due.length
      ? [
          '| Page | Next review | Owner | Status |',
          '| --- | --- | --- | --- |',
          ...due.map(({ page, review }) =>
            `| ${cell(page.title ?? page.file)} | ${date(page.nextReview)} | ${cell(page.owner ?? 'not named')} | ${review!.ruleId === 'review-overdue' ? 'overdue' : 'due within 30 days'} |`,
          ),
        ]
      : ['No page is due a review in the next 30 days.']),
    '',
    '## Every page',
    '',
    '| Page | Address | File | Last reviewed | Next review | Owner | Reading age | Errors | Warnings |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...pages.map((page) =>
      [
        cell(page.title ?? '-'),
        `\`${page.address}\``,
        `\`${page.file}\``,
        date(page.lastReviewed),
        date(page.nextReview),
        cell(page.owner ?? '-'),
        page.readingAge ? String(page.readingAge.age) : '-',
        String(count(page, 'error')),
        String(count(page, 'warning')),
      ].join(' | '),
    ).map((row) => `| ${row} |`),
    '',
    '## By rule',
    '',
    '| Rule | Severity | Found | What it checks |',
    '| --- | --- | --- | --- |',
    ...(Object.keys(RULES) as RuleId[]).map((id) => `| \`${id}\` | ${RULES[id].severity} | ${all.byRule.get(id) ?? 0} | ${cell(RULES[id].checks)} |`),
    '',
    '## Messages by page',
  ];
  for (const page of pages.filter((p) => p.messages.length)) {
    lines.push('', `### ${cell(page.title ?? page.file)} (\`${page.file}\`)`, '');
    for (const m of page.messages) lines.push(`- line ${m.line}, column ${m.column}, ${m.severity}: ${m.reason} (\`${m.ruleId}\`)`);
  }
  return `${lines.join('\n')}\n`;
}
