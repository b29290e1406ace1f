/**
 * Which pages are saved on this device, read from the caches the service
 * worker fills (src/integrations/service-worker/worker.ts): the core it saves
 * on the first visit and the pages saved as they are read. Search uses it to
 * show only saved pages offline, the offline page to list them, and "Save
 * this guide" to save a guide's pages through the worker.
 */
import { pageOfPrecacheKey, runtimeCacheNames, savedPageSummary } from '../../lib/precache.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const scope = () => `${location.origin}${BASE}`;

/** Every cached page as [address, cache], the core's first. */
async function savedEntries(): Promise<Map<string, { cache: Cache; key: Request }>> {
  const found = new Map<string, { cache: Cache; key: Request }>();
  if (!('caches' in window)) return found;
  const names = await caches.keys();
  // Workbox names the core's cache after the worker's scope.
  const core = names.filter((name) => name.startsWith('workbox-precache') && name.endsWith(scope()));
  const read = runtimeCacheNames(BASE).pages;
  for (const name of [...core, ...names.filter((n) => n === read)]) {
    const cache = await caches.open(name);
    for (const key of await cache.keys()) {
      const path = name === read ? new URL(key.url).pathname : pageOfPrecacheKey(key.url);
      if (path) found.set(path, { cache, key });
    }
  }
  return found;
}

/** The addresses ("/help-in-a-crisis/") of every page saved on this device. */
export async function savedPageAddresses(): Promise<Set<string>> {
  return new Set((await savedEntries()).keys());
}

/** The start of a saved page, enough for its title, without reading its whole stylesheet. */
async function headOf(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let head = '';
  while (head.length < 64 * 1024 && !/og:title|<\/title>/.test(head)) {
    const { done, value } = await reader.read();
    if (done) break;
    head += decoder.decode(value, { stream: true });
  }
  void reader.cancel();
  return head;
}

/** The pages saved on this device that belong in a list (not the offline, search or thank-you pages), by title. */
export async function savedPages(): Promise<{ url: string; title: string }[]> {
  const pages: { url: string; title: string }[] = [];
  for (const [url, { cache, key }] of await savedEntries()) {
    const response = await cache.match(key);
    const summary = response && savedPageSummary(await headOf(response));
    if (summary?.listed) pages.push({ url, title: summary.title });
  }
  return pages.sort((a, b) => a.title.localeCompare(b.title, 'en-GB', { sensitivity: 'base' }));
}

export interface SearchAnswer<R> {
  results: R[];
  filters?: Record<string, Record<string, number>>;
  totalFilters?: Record<string, Record<string, number>>;
}

/** What Pagefind gives for a result, as far as the site's search uses it. */
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

/** A saved page as search sees it: what Pagefind indexes (data-pagefind-body), read from the saved copy. */
interface SavedText extends ResultData {
  words: string;
}

let savedTexts: Promise<SavedText[]> | undefined;

/** Every searchable saved page's text, read once a page view, and only when searching offline. */
function savedPageTexts(): Promise<SavedText[]> {
  savedTexts ??= (async () => {
    const texts: SavedText[] = [];
    for (const [url, { cache, key }] of await savedEntries()) {
      const html = await (await cache.match(key))?.text();
      const doc = html ? new DOMParser().parseFromString(html, 'text/html') : undefined;
      const body = doc?.querySelector('[data-pagefind-body]');
      if (!doc || !body) continue;
      const description = doc.querySelector<HTMLMetaElement>('meta[name="description"]')?.content ?? '';
      const section = body.getAttribute('data-pagefind-filter')?.replace(/^section:/, '') ?? '';
      texts.push({
        url,
        excerpt: description.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
        meta: { title: body.querySelector('[data-pagefind-meta="title"]')?.textContent ?? doc.title, description, section },
        filters: section ? { section: [section] } : {},
        sub_results: [],
        words: (body.textContent ?? '').replace(/\s+/g, ' ').toLowerCase(),
      });
    }
    return texts;
  })();
  return savedTexts;
}

/**
 * A search answer with only the pages saved on this device. Pagefind finds
 * them only with the parts of its index saved when used (all of it on a small
 * site); so that every saved page can be found on a large site too, saved
 * pages containing every word of the query are added after its results. The
 * section counts are worked out again from what is left.
 */
export async function onlySavedPages<R extends { data(): Promise<{ url: string; filters?: Record<string, string[]> }> }, A extends SearchAnswer<R>>(
  answer: A,
  query: string,
  filters: Record<string, string> = {},
): Promise<A> {
  const saved = await savedPageAddresses();
  // A result whose entry was never saved cannot be shown offline anyway.
  const checked = await Promise.all(answer.results.map((result) => result.data().then((data) => ({ result, data }), () => undefined)));
  const kept = checked.filter((c) => c !== undefined && saved.has(new URL(c.data.url, location.href).pathname)) as { result: R; data: { url: string; filters?: Record<string, string[]> } }[];
  const found = new Set(kept.map(({ data }) => new URL(data.url, location.href).pathname));
  const words = query.toLowerCase().split(/\s+/).filter((word) => word.length > 1);
  for (const page of words.length ? await savedPageTexts() : []) {
    const inFilters = Object.entries(filters).every(([filter, value]) => page.filters[filter]?.includes(value));
    if (found.has(page.url) || !inFilters || !words.every((word) => page.words.includes(word))) continue;
    kept.push({ result: { id: `saved:${page.url}`, data: async () => page } as unknown as R, data: page });
  }
  const counts: Record<string, Record<string, number>> = {};
  for (const { data } of kept) {
    for (const [filter, values] of Object.entries(data.filters ?? {})) {
      for (const value of values) (counts[filter] ??= {})[value] = (counts[filter]?.[value] ?? 0) + 1;
    }
  }
  return { ...answer, results: kept.map((k) => k.result), filters: counts, totalFilters: counts };
}

export interface SaveProgress {
  saved: number;
  failed: number;
  total: number;
}

/** Asks the service worker to save pages on this device, reporting each one; resolves when all are done. */
export async function savePages(urls: string[], onProgress: (progress: SaveProgress) => void): Promise<SaveProgress> {
  const ready = await Promise.race([navigator.serviceWorker.ready, new Promise<undefined>((resolve) => setTimeout(resolve, 10_000))]);
  if (!ready?.active) throw new Error('The service worker is not running.');
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = ({ data }: MessageEvent<SaveProgress & { type: string }>) => {
      const progress = { saved: data.saved, failed: data.failed, total: data.total };
      if (data.type === 'done') resolve(progress);
      else onProgress(progress);
    };
    ready.active!.postMessage({ type: 'SAVE_PAGES', urls }, [channel.port2]);
  });
}
