/** The content report's entries: style messages and reviews due within 30 days, with preview and edit links. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportEntries, reviewsDue } from './report.ts';
import type { PageStyle } from '../content-style/check.ts';

const today = new Date('2026-12-06T00:00:00Z');
const style = (file: string, nextReview: string, messages: PageStyle['messages'] = []): PageStyle => ({
  file, kind: 'page', address: `/${file}/`, title: file, nextReview: new Date(`${nextReview}T00:00:00Z`), counts: {} as PageStyle['counts'], messages,
});
const warning = { file: 'a', line: 3, column: 1, ruleId: 'passive-voice' as const, severity: 'warning' as const, reason: 'passive' };

test('pages with a message or a review within 30 days are listed, with preview and edit links; others are not', () => {
  const entries = reportEntries([
    { id: 'a', style: style('a', '2027-06-01', [warning]) },
    { id: 'b', style: style('b', '2027-01-05') },
    { id: 'c', style: style('c', '2027-01-06') },
    { id: 'd/e', style: style('d', '2026-11-01') },
  ], today);
  assert.deepEqual(entries.map((e) => e.file), ['a', 'b', 'd']);
  assert.equal(entries[0]!.edit, '/keystatic/collection/pages/item/a');
  assert.equal(entries[2]!.edit, '/keystatic/collection/pages/item/d%2Fe');
  assert.equal(entries[0]!.preview, '/a/');
  assert.deepEqual(reviewsDue(entries).map((e) => [e.file, e.review!.ruleId]), [['d', 'review-overdue'], ['b', 'review-due']]);
});
