import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDay, formatDate, impossibleDates, isCalendarDate, isNoticeCurrent, isoDay, noticeHasEnded, reviewOrderIsValid } from './dates.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test('writes dates as NHS.UK does', () => {
  assert.equal(formatDate(day('2026-11-24')), '24 November 2026');
  assert.equal(formatDate(day('2027-01-05')), '5 January 2027');
  assert.equal(isoDay(day('2027-01-05')), '2027-01-05');
});

test('next review must come after last reviewed', () => {
  assert.equal(reviewOrderIsValid(day('2026-11-24'), day('2027-11-24')), true);
  assert.equal(reviewOrderIsValid(day('2026-11-24'), day('2026-11-24')), false);
  assert.equal(reviewOrderIsValid(day('2026-11-24'), day('2025-11-24')), false);
});

test('a notice is current from its first day to the end of its last day', () => {
  const notice = { from: day('2026-11-01'), until: day('2026-11-30') };
  assert.equal(isNoticeCurrent(notice, day('2026-10-31')), false);
  assert.equal(isNoticeCurrent(notice, day('2026-11-01')), true);
  assert.equal(isNoticeCurrent(notice, new Date('2026-11-30T23:59:00Z')), true);
  assert.equal(isNoticeCurrent(notice, day('2026-12-01')), false);
  assert.equal(isNoticeCurrent({ from: day('2026-11-01') }, day('2030-01-01')), true);
});

test('the build day can be set for previews and tests', () => {
  assert.equal(isoDay(buildDay({ BUILD_DATE: '2027-03-02' })), '2027-03-02');
  assert.throws(() => buildDay({ BUILD_DATE: 'tomorrow' }), /YYYY-MM-DD/);
  assert.equal(isoDay(buildDay({})), isoDay(new Date()));
});

test('real calendar dates are told from impossible ones', () => {
  assert.equal(isCalendarDate('2026-11-24'), true);
  assert.equal(isCalendarDate('2028-02-29'), true);
  assert.equal(isCalendarDate('2026-02-29'), false);
  assert.equal(isCalendarDate('2026-13-45'), false);
  assert.equal(isCalendarDate('24/11/2026'), false);
});

test('impossible dates in frontmatter are found by field', () => {
  const source = '---\ntitle: x\nlastReviewed: 2026-13-45\nnextReview: "2027-11-24"\n---\nlastReviewed: 2026-99-99 in the body is not frontmatter\n';
  assert.deepEqual(impossibleDates(source, ['lastReviewed', 'nextReview']), [{ field: 'lastReviewed', text: '2026-13-45' }]);
});

test('a notice ends in the browser after its last day, on the local calendar', () => {
  const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h);
  assert.equal(noticeHasEnded('2026-11-30', at(2026, 11, 30, 23)), false);
  assert.equal(noticeHasEnded('2026-11-30', at(2026, 12, 1, 0)), true);
  assert.equal(noticeHasEnded('2026-11-30', at(2026, 11, 1)), false);
  // A date that cannot be read never hides a notice.
  assert.equal(noticeHasEnded('30/11/2026', at(2030, 1, 1)), false);
});
