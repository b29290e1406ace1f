/** Frontmatter of a page in content/pages. */
import { z } from 'astro/zod';
import { checkReviewOrder, named, description, keywords, owner, reviewDates, title } from './fields.ts';

export const pageSchema = z
  .object({
    title,
    description,
    /**
     * The page this one sits under, by its file name without .mdx (for example
     * "index" for the start page). Sets the breadcrumbs. Only the start page has none.
     */
    parent: z
      .string({ error: 'parent must be the file name of another page, without .mdx, for example "index".' })
      .optional(),
    /** Position among the pages with the same parent, smallest first. */
    order: z
      .number({ error: 'order must be a whole number, for example 3: it sets the page\'s place in lists.' })
      .int('order must be a whole number, for example 3.')
      .nonnegative('order must be 0 or more.')
      .default(100),
    /**
     * Pages of a multi-page guide share a guide name; they get a contents list and
     * previous and next links, in order. guideLabel is the short name in the contents list.
     */
    guide: z.string().optional(),
    /**
     * The section search results show and filter by. Guide pages default to
     * "Peer support guide"; other pages to "Peer support".
     */
    section: z.string({ error: 'section must be text, for example "Help and contact".' }).trim().min(1).optional(),
    guideLabel: z.string().optional(),
    ...reviewDates,
    owner,
    keywords,
    /** Pages people should not land on from a search engine (thank-you pages). */
    noindex: z.boolean({ error: 'noindex must be true or false.' }).default(false),
    /** Leave the page out of site search (the A to Z, which lists every title). It stays in the sitemap. */
    hideFromSearch: z.boolean({ error: 'hideFromSearch must be true or false.' }).default(false),
    /** Hide "Rate this page or report a problem" (on the feedback pages themselves). */
    hideFeedback: z.boolean({ error: 'hideFeedback must be true or false.' }).default(false),
  })
  .strict()
  .superRefine(checkReviewOrder)
  .superRefine((data, ctx) => {
    if (data.guide && !data.guideLabel) {
      ctx.addIssue({
        code: 'custom',
        path: ['guideLabel'],
        message: `Pages in a ${named('guide')} need a ${named('guideLabel')}: the short name shown in the guide's contents list.`,
      });
    }
  });

export type PageData = z.infer<typeof pageSchema>;
