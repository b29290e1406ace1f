/** NHS action link: the one thing to do next, such as getting help now. The one source of its markup. */
import { joinBase } from '../../lib/urls.ts';
import { attribute } from './html.ts';
import { iconHtml } from './icon.ts';

export interface ActionLinkProps {
  href: string;
}

export function actionLinkHtml({ href }: ActionLinkProps, childrenHtml: string, base: string): string {
  // Site-relative links written as "/page/" follow the base path, so content works under a sub-path.
  const target = href.startsWith('/') && !href.startsWith('//') ? joinBase(base, href) : href;
  return `<a class="nhsuk-action-link"${attribute('href', target)}>${iconHtml('arrow-right-circle')}<span class="nhsuk-action-link__text">${childrenHtml}</span></a>`;
}
