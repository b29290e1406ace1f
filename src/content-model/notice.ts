/** A time-limited service notice in content/notices. While current, every page links to it in one line. */
import { z } from 'astro/zod';
import { calendarDate, checkReviewOrder, named, description, keywords, owner, reviewDates, title } from './fields.ts';

export const SUMMARY_MIN = 10;
export const SUMMARY_MAX = 200;

export const noticeSchema = z
  .object({
    title,
    description,
    /** One or two sentences under the notice's title, saying what it is. */
    summary: z
      .string({ error: 'Add summary: one or two sentences under the notice\'s title, saying what it is.' })
      .trim()
      .min(SUMMARY_MIN, 'summary is too short: say in a sentence what has changed.')
      .max(SUMMARY_MAX, `summary is over ${SUMMARY_MAX} characters: keep it to one or two sentences.`),
    from: calendarDate('from (the first day the notice shows)'),
    /** Last day the notice shows. Leave out for a notice with no end date yet. */
    until: calendarDate('until (the last day the notice shows)').optional(),
    ...reviewDates,
    owner,
    keywords,
  })
  .strict()
  .superRefine(checkReviewOrder)
  .superRefine((data, ctx) => {
    if (data.until && data.until.getTime() < data.from.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: `${named('until')} must be on or after ${named('from')}: the notice cannot end before it starts.` });
    }
  });

export type NoticeData = z.infer<typeof noticeSchema>;
