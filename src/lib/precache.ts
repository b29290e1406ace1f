/**
 * Rules for offline reading. Pure, so the build step, the worker, the
 * browser scripts and the unit tests share one definition.
 *
 * What a device keeps:
 *  - the core, saved on the first visit: a few pages (src/site.ts,
 *    `offline.corePages`), the files they load and search's entry files; the
 *    same few files whatever the size of the site, checked against
 *    CORE_BUDGET by the build;
 *  - each page the reader opens, saved as it is opened, at most
 *    SAVED_PAGES_LIMIT of them, least recently read dropped first;
 *  - the scripts and icons those pages load, and the parts of the search
 *    index used, each bounded the same way.
 */

/** The first visit's download, whatever the size of the site; the build fails over it. */
export const CORE_BUDGET = {
  files: 50,
  /** Compressed, as a CDN sends it. */
  bytes: 500 * 1024,
  /** The worker script itself, brotli. */
  workerBytes: 15 * 1024,
} as const;

/** Pages saved as they are read, at most; the least recently read goes first. */
export const SAVED_PAGES_LIMIT = 200;
/** Scripts and icons of saved pages (a few per deploy). */
export const SAVED_ASSETS_LIMIT = 60;
/** Parts of the search index (word lists, result entries) kept after use. */
export const SAVED_SEARCH_FILES_LIMIT = 300;

/** How long a page may take from the network before its saved copy is shown instead. */
export const NETWORK_TIMEOUT_SECONDS = 4;

/**
 * The caches the worker fills as pages are read. Named after the site's base
 * path, so a trust website with other sections at other paths never mixes
 * them up. (Workbox names the core's own cache after the worker's scope.)
 */
export function runtimeCacheNames(base: string): { pages: string; assets: string; search: string } {
  const scope = `peer-support${base === '/' ? '' : base.replace(/\/$/, '')}`;
  return { pages: `${scope}-pages`, assets: `${scope}-assets`, search: `${scope}-search` };
}

/** Search files every device keeps, so search can start offline: its script, WebAssembly, entry and metadata. */
export function isSearchEntryFile(path: string): boolean {
  return /^pagefind\/(pagefind\.js|pagefind-entry\.json|wasm\.(?!unknown)[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta)$/.test(path);
}

/** The rest of the search index: word lists, filters and result entries, named by their content's hash. */
export function isSearchIndexPart(path: string): boolean {
  return /^pagefind\/(index|filter|fragment)\/[\w-]+\.pf_(index|filter|fragment)$/.test(path);
}

/**
 * Same-site files a built page loads while it shows: module scripts, icons,
 * the web app manifest, and images in its HTML and inline CSS. Links to other
 * pages are not included; nor is anything on another site (there is none).
 */
export function assetReferences(html: string): string[] {
  const found = new Set<string>();
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  for (const [tag] of html.matchAll(/<(?:script|img|source)\b[^>]*>/g)) {
    const src = attr(tag, 'src');
    if (src) found.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = attr(tag, 'href');
    if (href && /\srel="(?:[^"]*\s)?(icon|apple-touch-icon|manifest|stylesheet|modulepreload|preload)(?:\s[^"]*)?"/.test(tag)) found.add(href);
  }
  for (const [, url] of html.matchAll(/url\(\s*["']?([^"')]+)/g)) found.add(url!);
  return [...found].filter((url) => !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url));
}

/** Modules a built script imports, statically or with import(), by the address it names. */
export function moduleImports(code: string): string[] {
  const specs = [
    ...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g),
    // Minifiers may quote a dynamic import's address with backticks; one with ${...} in it is not a fixed file.
    ...code.matchAll(/\bimport\(\s*(["'`])([^"'`$]+)\1\s*\)/g),
  ].map((m) => m[m.length - 1]!);
  return [...new Set(specs)];
}

/**
 * The built file behind an address on the site, relative to the output
 * folder, or undefined for an address outside the site's base path.
 */
export function builtFileOf(address: string, base: string, from = base): string | undefined {
  const { pathname } = new URL(address, `http://site.invalid${from}`);
  if (!pathname.startsWith(base)) return undefined;
  const path = decodeURIComponent(pathname.slice(base.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** The most `count` files can take up together: the sum of the largest. */
export function sumOfLargest(sizes: readonly number[], count: number): number {
  return [...sizes]
    .sort((a, b) => b - a)
    .slice(0, count)
    .reduce((sum, size) => sum + size, 0);
}

/** The build's error when the core is over budget, or undefined when it fits. */
export function coreBudgetError(core: { files: number; bytes: number; workerBytes: number }): string | undefined {
  const kb = (n: number) => Math.ceil(n / 1024);
  const over: string[] = [];
  if (core.files > CORE_BUDGET.files) over.push(`${core.files} files (budget ${CORE_BUDGET.files})`);
  if (core.bytes > CORE_BUDGET.bytes) over.push(`${kb(core.bytes)} KB to download, compressed (budget ${kb(CORE_BUDGET.bytes)} KB)`);
  if (core.workerBytes > CORE_BUDGET.workerBytes) over.push(`a worker script of ${kb(core.workerBytes)} KB brotli (budget ${kb(CORE_BUDGET.workerBytes)} KB)`);
  if (!over.length) return undefined;
  return (
    `What every device saves on its first visit is over budget: ${over.join(', ')}. ` +
    'Every visitor downloads it in the background, whatever page they came for. ' +
    'Keep offline.corePages in src/site.ts to a few pages, and the files those pages load small.'
  );
}

/**
 * The precache key of the page a navigation asks for: "/a/" and "/a" are
 * saved as "/a/index.html". Query strings and fragments do not change a page.
 */
export function pageCacheKey(address: string, origin = 'http://site.invalid'): string {
  const { pathname } = new URL(address, origin);
  if (pathname.endsWith('.html')) return pathname;
  return `${pathname.replace(/\/?$/, '/')}index.html`;
}

/**
 * The address a page is saved under as it is read: the same page whatever
 * its query string or fragment, with or without its final slash.
 */
export function savedPageKey(address: string): string {
  const url = new URL(address);
  const path = /\.\w+$/.test(url.pathname) ? url.pathname : url.pathname.replace(/\/?$/, '/');
  return `${url.origin}${path}`;
}

/** The page address of a precached file ("/a/index.html?__WB_REVISION__=1" is "/a/"), or undefined for other files. */
export function pageOfPrecacheKey(key: string): string | undefined {
  const { pathname } = new URL(key, 'http://site.invalid');
  return pathname.endsWith('/index.html') ? pathname.slice(0, -'index.html'.length) : undefined;
}

/** A saved page's own title and whether it is kept out of lists (noindex), from the start of its HTML. */
export function savedPageSummary(headOfPage: string): { title: string; listed: boolean } | undefined {
  const title = /<meta property="og:title" content="([^"]*)"/.exec(headOfPage)?.[1] ?? /<title>([^<]*)<\/title>/.exec(headOfPage)?.[1];
  if (title === undefined) return undefined;
  const decoded = title.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return { title: decoded, listed: !/<meta name="robots" content="[^"]*noindex/.test(headOfPage) };
}

/** The guide a page belongs to, as a file name for its offline summary ("Peer support" is "peer-support"). */
export function guideSlug(guide: string): string {
  return (
    guide
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/[\s_-]+/g, '-') || 'guide'
  );
}
