/**
 * How a page prints: the content only, without the crisis bar, notices,
 * search, feedback form or page navigation, and with every link's address
 * printed in full after it (nhsuk-frontend prints relative ones as they are),
 * since a link on paper cannot be followed. Phone numbers print as the link
 * text shows them.
 *
 * A file of its own, linked with media="print" so it never blocks a first
 * view: it holds the site's public address, which changes between deploys,
 * and an inline copy would change the Content Security Policy's hash with it.
 * Written out here, not in the pruned stylesheet, whose pruner drops the
 * attribute selectors this needs.
 */
import type { APIRoute } from 'astro';
import { site } from '../site.ts';

const HIDDEN = [
  '.nhsuk-skip-link',
  '.app-crisis-bar',
  '.app-notice-line',
  '.nhsuk-header__search',
  '.app-page-feedback',
  '.app-feedback-form',
  '.nhsuk-pagination',
  '.nhsuk-contents-list',
  '.nhsuk-breadcrumb',
  '.app-offline-notice',
  '.app-no-print',
  '.app-save-guide',
  '.nhsuk-footer__list',
];

export const GET: APIRoute = () =>
  new Response(
    [
      `${HIDDEN.join(',\n')} {\n  display: none !important;\n}`,
      // nhsuk-frontend prints every link as " (Link: <href>)". Links within the site are written
      // from its root ("/training/"): print them with the public address.
      `a[href^="/"]::after {\n  content: " (Link: ${site.url}" attr(href) ")" !important;\n}`,
      // A phone link's text is the number itself, and a link within the page leads nowhere on paper.
      'a[href^="tel:"]::after,\na[href^="sms:"]::after,\na[href^="#"]::after,\n.nhsuk-header__service-logo::after {\n  content: none !important;\n}',
      'a,\na:visited {\n  color: #000 !important;\n}',
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/css; charset=utf-8' } },
  );
