/**
 * Which content components the content loader renders itself, and which are
 * left to the page (src/components/RenderedContent.astro).
 *
 * A component is rendered in the loader only if its markup depends on nothing
 * but its own literal props and children: then the HTML the loader stores
 * depends only on the file's text and this code, and a cached copy can never
 * go stale. The others read other data (contacts, documents' sizes, the
 * navigation, the crisis numbers) or carry a bundled script or style, so the
 * loader writes a placeholder and the page renders them with their .astro
 * component at build time.
 */
import type { MdxComponentName } from '../mdx/names.ts';
import { actionLinkHtml } from './action-link.ts';
import { careCardHtml } from './care-card.ts';
import { detailsHtml } from './details.ts';
import { insetTextHtml } from './inset-text.ts';
import { pageLinkHtml } from './page-link.ts';
import { styleIgnoreHtml } from './style-ignore.ts';
import { warningCalloutHtml } from './warning-callout.ts';

export interface RenderOptions {
  /** The site's base path ("/" or "/peer-support/"). */
  base: string;
}

/** Props as MDX gives them: literal strings and numbers, true for a bare attribute. */
export type LiteralProps = Record<string, string | number | boolean>;

type Renderer = (props: LiteralProps, childrenHtml: string, options: RenderOptions) => string;

// Each renderer checks the props it needs (a wrong care card type throws), so the casts only widen.
export const STATIC_RENDERERS = {
  ActionLink: (props, children, { base }) => actionLinkHtml(props as never, children, base),
  CareCard: (props, children) => careCardHtml(props as never, children),
  Details: (props, children) => detailsHtml(props as never, children),
  InsetText: (props, children) => insetTextHtml(props as never, children),
  PageLink: (props, children, { base }) => pageLinkHtml(props as never, children, base),
  StyleIgnore: (props, children) => styleIgnoreHtml(props as never, children),
  WarningCallout: (props, children) => warningCalloutHtml(props as never, children),
} satisfies Partial<Record<MdxComponentName, Renderer>>;

/** Rendered when the page is built, from a placeholder, because their output depends on more than their props. */
export const PAGE_TIME_COMPONENTS = [
  'Attachment', // the document's type and size
  'ContactCard', // the contact's details
  'ContactPhone', // the contact's number
  'ContentsList', // the guide's pages and titles
  'CrisisRoutes', // the crisis numbers, and a global style
  'FeedbackForm', // a bundled script
  'FeedbackReturnLink', // a bundled script
  'PageIndex', // every page's title
  'Pagination', // the guide's neighbours
] as const satisfies readonly MdxComponentName[];

export const isStaticComponent = (name: string): name is keyof typeof STATIC_RENDERERS => Object.hasOwn(STATIC_RENDERERS, name);
