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
