/**
 * Rules for what the service worker saves for offline reading. Pure, so the
 * build integration, the worker and the unit tests share one definition.
 */

/** Built files never precached, with the reason. */
export const PRECACHE_IGNORES: readonly string[] = [
  // Offline, unknown addresses get the offline page instead.
  '404.html',
  // The worker itself is fetched by the browser, never from a cache.
  'sw.js',
  // Search runs on the main thread (noWorker), and the index is English only.
  'pagefind/pagefind-worker.js',
  'pagefind/wasm.unknown.pagefind',
  // Only crawlers and link previews fetch these.
  'assets/images/nhsuk-opengraph-image.png',
  'robots.txt',
];

/** Crawler files with generated names (sitemap-index.xml, sitemap-0.xml...). */
const CRAWLER_FILES = /^sitemap[\w-]*\.xml$/;

/** Documents larger than this are left for the network: a phone's storage is not ours to fill. */
export const MAX_ATTACHMENT_BYTES = 512 * 1024;

/**
 * Budget for what a visitor downloads, compressed, when the worker saves the
 * site after their first visit; a build over it fails (PRECACHE_BUDGET_KB
 * overrides). The section needs about a third of it.
 */
export const DEFAULT_PRECACHE_BUDGET_KB = 1024;

export interface PrecacheFile {
  /** Path relative to the built site, with forward slashes. */
  path: string;
  size: number;
}

/** Whether a built file belongs in the precache. */
export function isPrecached({ path, size }: PrecacheFile): boolean {
  if (PRECACHE_IGNORES.includes(path) || CRAWLER_FILES.test(path)) return false;
  if (path.startsWith('documents/')) return size <= MAX_ATTACHMENT_BYTES;
  return true;
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

/** The build error when the precache is over budget, or undefined when it fits. */
export function precacheBudgetError(totalBytes: number, budgetKb: number): string | undefined {
  const kb = Math.ceil(totalBytes / 1024);
  if (kb <= budgetKb) return undefined;
  return (
    `The offline copy of the site is ${kb} KB to download (compressed), over its budget of ${budgetKb} KB. ` +
    'Every visitor downloads it in the background after their first visit. ' +
    'Make large files smaller, move documents over 512 KB out of the offline copy, ' +
    'or, if the site has really grown, raise the budget with PRECACHE_BUDGET_KB.'
  );
}
