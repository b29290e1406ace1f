/**
 * What `npm run lint:content` and the build print: each message as one line
 * an editor can act on (file, line, column, what to do, rule), grouped by
 * what it means, then a reading-age table.
 */
import { RULES, type RuleId, type Severity } from './rules.ts';
import type { PageStyle, StyleMessage } from './check.ts';

export const READING_AGE_METHOD =
  'Flesch-Kincaid grade + 5, rounded to the nearest year; the title, each heading and each list item count as sentences. NHS.UK aims for 11 or under.';

const REVIEW_RULES = new Set<RuleId>(['review-overdue', 'review-due']);

export function formatMessage(message: StyleMessage): string {
  return `${message.file} (line ${message.line}, column ${message.column}): ${message.reason} (${message.ruleId})`;
}

export interface Totals {
  error: number;
  warning: number;
  notice: number;
  byRule: Map<RuleId, number>;
}

export function totals(pages: readonly PageStyle[]): Totals {
  const result: Totals = { error: 0, warning: 0, notice: 0, byRule: new Map() };
  for (const message of pages.flatMap((page) => page.messages)) {
    result[message.severity] += 1;
    result.byRule.set(message.ruleId, (result.byRule.get(message.ruleId) ?? 0) + 1);
  }
  return result;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "2 errors, 5 warnings, 0 notices" */
export function countsText(pages: readonly PageStyle[]): string {
  const t = totals(pages);
  return `${plural(t.error, 'error')}, ${plural(t.warning, 'warning')}, ${plural(t.notice, 'notice')}`;
}

/** `cpuSeconds`: CPU time of the whole process, when the process did nothing else. */
export function summaryLine(pages: readonly PageStyle[], seconds: number, cpuSeconds?: number): string {
  const cpu = cpuSeconds === undefined ? '' : ` (${cpuSeconds.toFixed(2)} s of CPU)`;
  return `Content style: ${plural(pages.length, 'file')} checked in ${seconds.toFixed(2)} s${cpu}: ${countsText(pages)}.`;
}

function section(title: string, messages: readonly StyleMessage[]): string[] {
  return messages.length ? ['', title, ...messages.map((message) => `  ${formatMessage(message)}`)] : [];
}

/** The messages, in sections: style errors, style warnings, review dates. */
export function formatMessages(pages: readonly PageStyle[]): string[] {
  const all = pages.flatMap((page) => page.messages);
  const style = (severity: Severity) => all.filter((m) => m.severity === severity && !REVIEW_RULES.has(m.ruleId));
  const reviews = all.filter((m) => REVIEW_RULES.has(m.ruleId));
  return [
    ...section('Style errors (these fail npm test, never the build):', style('error')),
    ...section('Style warnings (for an editor to judge):', style('warning')),
    ...section('Review dates:', reviews),
  ];
}

export function formatByRule(pages: readonly PageStyle[]): string[] {
  const { byRule } = totals(pages);
  if (byRule.size === 0) return [];
  const ids = (Object.keys(RULES) as RuleId[]).filter((id) => byRule.has(id));
  return ['', `By rule: ${ids.map((id) => `${id} ${byRule.get(id)}`).join(', ')}.`];
}

/** An aligned plain-text table of every page's reading age. */
export function formatReadingAges(pages: readonly PageStyle[]): string[] {
  const rows = pages.map((page) => [page.readingAge ? String(page.readingAge.age) : '-', page.readingAge ? page.readingAge.grade.toFixed(1) : '-', String(page.counts.words), String(page.counts.sentences), page.file]);
  const header = ['Age', 'Grade', 'Words', 'Sentences', 'File'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `  ${cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')}`;
  return ['', `Reading age (${READING_AGE_METHOD})`, line(header), ...rows.map(line)];
}
