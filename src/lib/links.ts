/**
 * Checking the links in built pages: pure functions, used by the link-check
 * integration and unit-tested on their own.
 */

export interface PageLinks {
  /** Every href of an <a> in the page. */
  hrefs: string[];
  /** Every id (and <a name>) in the page: the targets of #fragments. */
  ids: Set<string>;
}

/** Links and anchor targets in a page's HTML. */
export function readPage(html: string): PageLinks {
  html = withoutStyles(html);
  const hrefs = [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
  const ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
  return { hrefs, ids };
}

/**
 * The page without its <style> elements, which hold no links or ids: each
 * page carries the site's 80 KB stylesheet, four times the rest of it, and
 * searching it for links was most of the link check's time.
 */
export function withoutStyles(html: string): string {
  let at = html.indexOf('<style');
  if (at < 0) return html;
  let rest = '';
  let from = 0;
  while (at >= 0) {
    const end = html.indexOf('</style>', at);
    if (end < 0) break;
    rest += html.slice(from, at);
    from = end + '</style>'.length;
    at = html.indexOf('<style', from);
  }
  return rest + html.slice(from);
}

const decodeEntities = (text: string) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/**
 * Where a link on the page at `pagePath` leads on this site, as a path and a
 * fragment, or undefined for links elsewhere (other sites, email, phone).
 */
export function internalTarget(href: string, pagePath: string): { path: string; fragment: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  const url = new URL(href, `http://site.invalid${pagePath}`);
  return { path: decodeURI(url.pathname), fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** The content file a built page comes from, or undefined for pages made by code (src/pages). */
export function sourceCandidates(pagePath: string, base: string, contentDir: string): string[] {
  const path = pagePath.startsWith(base) ? pagePath.slice(base.length) : pagePath.replace(/^\//, '');
  const clean = path.replace(/\/$/, '');
  if (!clean) return [`${contentDir}/pages/index.mdx`];
  const notice = /^notices\/([^/]+)$/.exec(clean);
  if (notice) return [`${contentDir}/notices/${notice[1]}.mdx`];
  return [`${contentDir}/pages/${clean}.mdx`, `${contentDir}/pages/${clean}/index.mdx`];
}

/** What the link check knows of the built site. */
export interface BuiltSite {
  /** Every page's address ("/", "/help-in-a-crisis/", "/404.html"). */
  pages: ReadonlySet<string>;
  /** Every other built file's address (documents, images). */
  files: ReadonlySet<string>;
  /** Addresses that redirect. */
  redirects: ReadonlySet<string>;
  /** Whether the page at `page` (an address in `pages`) has this id or anchor name. */
  hasId(page: string, id: string): boolean;
}

/** The page a link's path leads to: "/a" is served as "/a/". Undefined if there is none. */
export function pageAt(path: string, pages: ReadonlySet<string>): string | undefined {
  if (pages.has(path)) return path;
  return !path.endsWith('.html') && pages.has(`${path}/`) ? `${path}/` : undefined;
}

/**
 * Why a link is broken, as a sentence for an editor, or undefined if it works.
 * `samePage` is the address of the page the link is on.
 */
export function brokenLink(target: { path: string; fragment: string }, samePage: string, site: BuiltSite): string | undefined {
  const { path, fragment } = target;
  const page = pageAt(path, site.pages);
  if (!page) {
    if (site.files.has(path) || site.redirects.has(path) || site.redirects.has(`${path}/`)) return undefined;
    return `there is no page at ${path}`;
  }
  if (fragment && !site.hasId(page, fragment)) {
    return `${path === samePage ? 'this page' : path} has no heading or section "#${fragment}"`;
  }
  return undefined;
}
