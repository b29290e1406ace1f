/**
 * review-overdue (warning) and review-due (notice): pages whose nextReview
 * has passed or falls within 30 days, with who to ask when the page names an
 * owner. The page still publishes unchanged: readers see no alarm.
 */
import { formatDate, startOfDay } from '../../lib/dates.ts';

export const REVIEW_SOON_DAYS = 30;
const DAY = 86_400_000;

export interface ReviewStatus {
  ruleId: 'review-overdue' | 'review-due';
  /** Days until the review (negative when it has passed). */
  days: number;
  reason: string;
}

export function reviewStatus(nextReview: Date, today: Date, owner?: string): ReviewStatus | undefined {
  const days = Math.round((startOfDay(nextReview).getTime() - startOfDay(today).getTime()) / DAY);
  const ask = owner ? `Ask ${owner} to check it` : 'Check it';
  const then = 'then set lastReviewed to the day it was checked and nextReview to the next date it is due.';
  if (days < 0) {
    const ago = -days === 1 ? '1 day ago' : `${-days} days ago`;
    return { ruleId: 'review-overdue', days, reason: `this page was due a review on ${formatDate(nextReview)} (${ago}). ${ask}, ${then}` };
  }
  if (days <= REVIEW_SOON_DAYS) {
    const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
    return { ruleId: 'review-due', days, reason: `this page is due a review on ${formatDate(nextReview)} (${when}). ${ask}, ${then}` };
  }
  return undefined;
}
