/** Addresses of pages, always with a trailing slash and the site's base path. */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** The address of a content page from its id: "index" is the start page. */
export function pagePath(id: string, base = '/'): string {
  if (id === 'index' || id === '') return joinBase(base, '');
  const clean = id.replace(/\/index$/, '').replace(/^\/+|\/+$/g, '');
  return joinBase(base, `${clean}/`);
}

/** The address of a notice's own page. */
export function noticePath(id: string, base = '/'): string {
  return joinBase(base, `notices/${id}/`);
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
