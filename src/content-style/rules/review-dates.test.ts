import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reviewStatus } from './review-dates.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test('a passed review date is overdue, naming the owner to ask', () => {
  const status = reviewStatus(day('2026-11-01'), day('2026-11-24'), 'the Peer Development Team');
  assert.equal(status?.ruleId, 'review-overdue');
  assert.equal(status?.days, -23);
  assert.equal(status?.reason, 'this page was due a review on 1 November 2026 (23 days ago). Ask the Peer Development Team to check it, then set lastReviewed to the day it was checked and nextReview to the next date it is due.');
});

test('a review within 30 days is due; later is nothing', () => {
  assert.equal(reviewStatus(day('2026-11-24'), day('2026-11-24'))?.ruleId, 'review-due');
  assert.match(reviewStatus(day('2026-12-24'), day('2026-11-24'))!.reason, /24 December 2026 \(in 30 days\)\. Check it,/);
  assert.equal(reviewStatus(day('2026-12-25'), day('2026-11-24')), undefined);
});
