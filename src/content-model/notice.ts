/** A time-limited service notice in content/notices. It shows as a banner while current. */
import { z } from 'astro/zod';
import { calendarDate, checkReviewOrder, description, keywords, owner, reviewDates, title } from './fields.ts';

export const noticeSchema = z
  .object({
    title,
    description,
    /** One or two sentences for the banner shown on every page. */
    summary: z
      .string({ error: 'Add summary: one or two sentences for the banner shown on every page.' })
      .trim()
      .min(10, 'summary is too short: say in a sentence what has changed.')
      .max(200, 'summary is over 200 characters: the banner must stay short.'),
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
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'until must be on or after from.' });
    }
  });

export type NoticeData = z.infer<typeof noticeSchema>;
