/**
 * Field rules shared by the collections. Each error message tells a content
 * editor what to write, because the build prints it next to the file and field.
 */
import { z } from 'astro/zod';
import { reviewOrderIsValid } from '../lib/dates.ts';

/**
 * The labels the browser editor shows for pages' and notices' fields, written
 * once: keystatic.config.tsx reads them from here, and so do build messages and
 * the editor's problems panel, so they say what the editor says ("Next review
 * due", not nextReview).
 */
export const FIELD_LABELS = {
  title: 'Title',
  description: 'Description',
  summary: 'Summary',
  order: 'Order',
  section: 'Section',
  owner: 'Owner',
  keywords: 'Keywords',
  noindex: 'Hide from search engines',
  hideFromSearch: 'Leave out of site search',
  hideFeedback: 'Hide "Rate this page or report a problem"',
  lastReviewed: 'Last reviewed',
  nextReview: 'Next review due',
  guide: 'Guide',
  guideLabel: 'Guide label',
  parent: 'Parent page',
  from: 'From',
  until: 'Until',
} as const;

/** A field as editors and the file both name it: "Next review due" (nextReview). */
export const named = (field: keyof typeof FIELD_LABELS) => `"${FIELD_LABELS[field]}" (${field})`;

/** The start page's id (content/pages/index.mdx): the only page with no parent. */
export const START_PAGE_ID = 'index';

export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 160;
/** The NHS.UK content style guide's limit for a main heading (the title is the page's h1). */
export const TITLE_MAX = 65;

/** A calendar date written as YYYY-MM-DD (YAML reads it as a date). */
export function calendarDate(field: string) {
  return z.coerce.date({
    error: `Write ${field} as a date in the form YYYY-MM-DD, for example 2026-11-24.`,
  });
}

export const title = z
  .string({ error: 'Add a title: the page heading, in sentence case, for example "Help in a crisis".' })
  .trim()
  .min(3, 'The title is too short: write the page heading in a few words.')
  .max(TITLE_MAX, `The title is over ${TITLE_MAX} characters: shorten it so it fits in search results.`);

export const description = z
  .string({
    error: `Add a description: one plain-English sentence of ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX} characters saying what the page is for. Search engines show it.`,
  })
  .trim()
  .min(DESCRIPTION_MIN, `The description is under ${DESCRIPTION_MIN} characters: say in one sentence what the page tells people.`)
  .max(DESCRIPTION_MAX, `The description is over ${DESCRIPTION_MAX} characters: shorten it so search engines show all of it.`);

/** Text only: a number such as 999 must be in quotes, as the browser editor writes it. */
export const keywords = z
  .array(z.string({ error: 'Write each keyword as text: put a number in quotes, for example - "999".' }).trim(), {
    error: 'Write keywords as a list, one word or phrase a line, each starting with "- ".',
  })
  .default([]);

/** lastReviewed and nextReview, with nextReview after lastReviewed. */
export const reviewDates = {
  lastReviewed: calendarDate('lastReviewed (the day the page was last checked)'),
  nextReview: calendarDate('nextReview (the day the page is next due a check)'),
};

/**
 * Who checks the page when its review is due: a person, role or team, for
 * example "Peer Development Team". Optional; review reminders name them.
 */
export const owner = z
  .string({ error: 'owner must be text: the person, role or team who checks the page, for example "Peer Development Team".' })
  .trim()
  .min(2, 'owner is too short: write the person, role or team who checks the page.')
  .max(100, 'owner is over 100 characters: write just the person, role or team.')
  .optional();

export function checkReviewOrder(
  data: { lastReviewed: Date; nextReview: Date },
  ctx: z.RefinementCtx,
): void {
  if (!reviewOrderIsValid(data.lastReviewed, data.nextReview)) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextReview'],
      message: `${named('nextReview')} must be after ${named('lastReviewed')}: set the date the page is next due a check.`,
    });
  }
}
