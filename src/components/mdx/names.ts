/**
 * The components content editors can use in MDX without importing them.
 * The build's content check rejects any other capitalised tag, so a typo
 * fails with a list of these names instead of rendering a broken page.
 * Kept free of .astro imports so the Astro config can read it.
 */
export const mdxComponentNames = [
  'ActionLink',
  'Attachment',
  'CareCard',
  'ContactCard',
  'ContactPhone',
  'ContentsList',
  'CrisisRoutes',
  'Details',
  'FeedbackForm',
  'FeedbackReturnLink',
  'InsetText',
  'PageIndex',
  'PageLink',
  'Pagination',
  'StyleIgnore',
  'WarningCallout',
] as const;

export type MdxComponentName = (typeof mdxComponentNames)[number];
