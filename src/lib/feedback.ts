/**
 * Which page feedback is about, from what the browser knows. Pure, so the
 * rules are unit-tested; the feedback scripts only read the browser's state.
 */

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
 * True for a path a browser can only read as this site's: one leading slash.
 * A pathname can still say otherwise after the URL parser's clean-up
 * (`/..//evil.example/` becomes `//evil.example/`, which a browser follows to
 * another host), and a server that decodes `%2F` or `%5C` before redirecting
 * can be led the same way, so empty segments, back slashes, encoded
 * separators and control characters are refused outright; no page has them.
 */
export function isLocalPath(path: string, origin: string): boolean {
  if (!path.startsWith('/') || path.includes('//') || /[\\\u0000-\u001f\u007f]|%(2f|5c|[01][0-9a-f]|7f)/i.test(path)) return false;
  // And it must read back as itself, on this origin.
  const again = new URL(path, origin);
  return again.origin === origin && again.pathname === path;
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
