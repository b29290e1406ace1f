/**
 * The editor's content report (/editor/report/ in `npm run edit`, and on the
 * public site's branch deploys and deploy previews): every
 * style message and every review due within 30 days or overdue, page by
 * page, each with links to its preview and its screen in the editor.
 */
import type { PageStyle, StyleMessage } from '../content-style/check.ts';
import { reviewStatus, type ReviewStatus } from '../content-style/rules/review-dates.ts';
import { editAddress, type DeployEnv } from '../lib/deploy-context.ts';

export interface ReportEntry {
  file: string;
  title: string;
  preview: string;
  /** The entry's screen in the editor, when this build knows where that is. */
  edit?: string | undefined;
  messages: StyleMessage[];
  review?: ReviewStatus | undefined;
}

/** One entry per page with something to report, reviews soonest first after the rest in file order. */
export function reportEntries(pages: readonly { id: string; style: PageStyle }[], today: Date, env: DeployEnv = {}): ReportEntry[] {
  return pages.flatMap(({ id, style }) => {
    const messages = style.messages.filter((m) => m.ruleId !== 'review-due' && m.ruleId !== 'review-overdue');
    const review = style.nextReview && reviewStatus(style.nextReview, today, style.owner);
    if (!messages.length && !review) return [];
    return [{ file: style.file, title: style.title ?? style.file, preview: style.address, edit: editAddress(style.kind, id, env), messages, review }];
  });
}

/** The entries with a review due within 30 days or overdue, the most overdue first. */
export const reviewsDue = (entries: readonly ReportEntry[]) =>
  entries.filter((entry) => entry.review).sort((a, b) => a.review!.days - b.review!.days);
