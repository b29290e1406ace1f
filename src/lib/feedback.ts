/**
 * Which page feedback is about, from what the browser knows. Pure, so the
 * rules are unit-tested; the feedback scripts only read the browser's state.
 */
import { isLocalPath } from './urls.ts';

/**
 * A page address on this site, or undefined. Only a path under the site's
 * base path on the same origin counts: anything else in a URL (another
 * site, javascript:, a query) is ignored, never shown or followed.
 */
export function sitePath(address: string | null | undefined, origin: string, base: string): string | undefined {
  if (!address) return undefined;
  let url: URL;
  try {
    url = new URL(address, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin || !url.pathname.startsWith(base)) return undefined;
  return isLocalPath(url.pathname, origin) ? url.pathname : undefined;
}

/**
 * The page a reader on the feedback page is rating: ?page= when a link set it
 * (the footer's does), otherwise the page they came from, unless that was a
 * feedback page itself.
 */
export function pageRated(search: string, referrer: string, origin: string, base: string): string | undefined {
  const fromQuery = sitePath(new URLSearchParams(search).get('page'), origin, base);
  if (fromQuery) return fromQuery;
  const fromReferrer = sitePath(referrer, origin, base);
  return fromReferrer && !fromReferrer.startsWith(`${base}feedback/`) ? fromReferrer : undefined;
}

/** The thank-you page's address with the page rated, so it can link back to it. */
export function withPageRated(thankYou: string, page: string): string {
  if (!page) return thankYou;
  const url = new URL(thankYou);
  url.searchParams.set('page', page);
  return url.href;
}
