/**
 * Pagefind's browser API, loaded only when someone starts to search so that
 * pages nobody searches from pay nothing for it. Types cover what this site uses.
 */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text: string };
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string | string[]> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** The site's base path ("/" or "/peer-support/"), from Astro's config. */
export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // Built by the search-index integration after Vite has run, so Vite must not bundle it.
    const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    // noWorker: searching this index on the main thread takes a few milliseconds, and
    // skipping Pagefind's web worker saves its 43 KB script (about 12 KB compressed).
    await pagefind.options({ baseUrl: BASE, excerptLength: 24, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, say) can be tried again on the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
