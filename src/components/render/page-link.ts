/**
 * A link to one of the site's pages, chosen by its file name in the editor
 * ("Link to a page"): <PageLink page="help-in-a-crisis">get help now</PageLink>.
 * The one source of its markup: a plain link to the page's address under
 * the site's base path. The content check refuses a page that does not
 * exist, and the build's link check checks the address like any other.
 */
import { pagePath } from '../../lib/urls.ts';
import { escapeAttribute } from './html.ts';

export interface PageLinkProps {
  /** The page's id: its file in content/pages without .mdx. */
  page: string;
}

/** The link, around its text already rendered as HTML. */
export function pageLinkHtml({ page }: PageLinkProps, childrenHtml: string, base: string): string {
  return `<a href="${escapeAttribute(pagePath(page, base))}">${childrenHtml}</a>`;
}
