/**
 * The service worker, bundled by ./index.ts at the end of the build with the
 * core's files, the site's redirects and the limits. Workbox does the
 * caching; this file says which strategy each kind of request gets:
 *  - short addresses (content/redirects.yaml): sent on to their page at
 *    once, as the CDN would, so they work offline too;
 *  - pages: network first, so anyone online sees the latest content, and
 *    saved as they are read (at most __SAVED_PAGES_LIMIT__, least recently
 *    read dropped first). When the network is slow the saved copy shows,
 *    marked as such; with no saved copy the page waits for the network. Only
 *    when the network fails and nothing is saved does the offline page show;
 *  - the core (saved on the first visit): from the precache, which holds
 *    one deploy's files. A core page is never saved apart as it is read:
 *    offline or on a slow network its core copy shows, so the core pages
 *    always come from one deploy, the newest the worker knows. Saved with
 *    the core again if the browser's storage is emptied under a living
 *    worker; until then, offline, a copy of the crisis numbers built into
 *    this file shows instead of the browser's error page;
 *  - scripts, styles and search index parts, named by their content's hash:
 *    saved when first used (the core's scripts on install) in caches that
 *    outlive a deploy, so a page saved from an older deploy keeps the files
 *    it was built with, and never mixes in a newer deploy's.
 * A new deploy's worker installs in the background and waits while an older
 * page is open; the next page served from the network tells it to take over.
 * As it does, it drops the copies of core pages an older worker kept.
 */
import { cacheNames, clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, Strategy, type StrategyHandler } from 'workbox-strategies';
import { ExpirationPlugin, type ExpirationPluginOptions } from 'workbox-expiration';
import {
  NETWORK_TIMEOUT_SECONDS,
  SAVED_ASSETS_LIMIT,
  SAVED_SEARCH_FILES_LIMIT,
  isSearchIndexPart,
  pageCacheKey,
  runtimeCacheNames,
  savedPageKey,
} from '../../lib/precache.ts';
import { redirectTarget, type RedirectRule } from '../../lib/redirects.ts';
import { foldPageAddress } from '../../lib/address-case.ts';

// Replaced at bundle time (esbuild define).
declare const __PRECACHE_MANIFEST__: PrecacheEntry[];
declare const __CORE_ASSETS__: string[];
declare const __OFFLINE_PAGE__: string;
declare const __BASE__: string;
declare const __REDIRECTS__: RedirectRule[];
declare const __SAVED_PAGES_LIMIT__: number;
/** The crisis page cut down to its numbers (src/lib/crisis-fallback.ts), or null for a site without one. */
declare const __CRISIS_FALLBACK__: string | null;

/** lib.webworker's install and message events, which the project's DOM types lack. */
type ExtendableEvent = Event & { waitUntil(promise: Promise<unknown>): void };
type ExtendableMessageEvent = MessageEvent & ExtendableEvent;

interface WorkerScope {
  location: Location;
  registration: ServiceWorkerRegistration;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
}
const worker = self as unknown as WorkerScope;
const names = runtimeCacheNames(__BASE__);
/** Set on a response that is a saved copy, not fresh from the network. */
const SAVED_COPY = 'x-saved-copy';
/** The core's pages, by precache key ("/a/index.html"). */
const CORE_PAGES = new Set(__PRECACHE_MANIFEST__.map(({ url }) => url).filter((url) => url.endsWith('.html')));
const isCorePage = (url: string) => CORE_PAGES.has(pageCacheKey(url));

/**
 * A saved copy says so: its <html> element carries the day it was saved, and
 * the page's offline notice tells the reader (src/scripts/offline).
 */
async function markedAsSaved(response: Response | null | undefined): Promise<Response | null> {
  if (!response) return null;
  const saved = response.headers.get('date') ?? '';
  const html = (await response.text()).replace(/<html\b/, `<html data-saved-copy="${saved.replace(/[^\w ,:+-]/g, '')}"`);
  // The page keeps its own headers (its Content Security Policy above all), less those the new body makes wrong.
  const headers = new Headers(response.headers);
  for (const name of ['content-length', 'content-encoding']) headers.delete(name);
  headers.set(SAVED_COPY, saved || 'yes');
  return new Response(html, { headers });
}

/** Workbox's plugin declares its hooks optional, which the project's strict optional types reject; it is a plugin. */
const expiring = (options: ExpirationPluginOptions) => new ExpirationPlugin(options) as WorkboxPlugin;

const pagePlugins: WorkboxPlugin[] = [
  // One copy a page, whatever its query string.
  { cacheKeyWillBeUsed: async ({ request }) => savedPageKey(request.url) },
  // Only pages: not documents, error pages or redirects; nor the core's pages, which the core keeps.
  {
    cacheWillUpdate: async ({ request, response }) =>
      response.status === 200 && !response.redirected && /^text\/html/.test(response.headers.get('content-type') ?? '') && !isCorePage(request.url) ? response : null,
  },
  expiring({ maxEntries: __SAVED_PAGES_LIMIT__, purgeOnQuotaError: true }),
  // A core page comes from the core, whatever an older worker saved as it was read.
  { cachedResponseWillBeUsed: async ({ request, cachedResponse }) => markedAsSaved((await matchPrecache(pageCacheKey(request.url))) ?? cachedResponse) },
];

const pages = new NetworkFirst({ cacheName: names.pages, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, plugins: pagePlugins });

/** Saves a page without showing it: for "Save this guide" and the page a first visit opened. */
class SavePage extends Strategy {
  async _handle(request: Request, handler: StrategyHandler): Promise<Response> {
    const response = await handler.fetchAndCachePut(request);
    if (response.status !== 200 || !/^text\/html/.test(response.headers.get('content-type') ?? '')) throw new Error(`${request.url} is not a page`);
    return response;
  }
}
const savePage = new SavePage({ cacheName: names.pages, plugins: pagePlugins });

const inSite = (url: URL) => url.origin === worker.location.origin && url.pathname.startsWith(__BASE__);

worker.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void worker.skipWaiting();
  if (event.data?.type === 'SAVE_PAGES' && Array.isArray(event.data.urls)) event.waitUntil(savePages(event, event.data.urls));
});

/** Saves each page asked for, one at a time, and reports progress on the message's port. */
async function savePages(event: ExtendableMessageEvent, urls: unknown[]): Promise<void> {
  const port = event.ports[0];
  const wanted = urls
    .filter((url): url is string => typeof url === 'string')
    .map((url) => new URL(url, worker.location.href))
    .filter(inSite)
    .slice(0, __SAVED_PAGES_LIMIT__);
  let saved = 0;
  let failed = 0;
  for (const url of wanted) {
    try {
      // The first settles when the page is fetched (or fails), the second when it is in the cache.
      await Promise.all(savePage.handleAll({ event, request: new Request(url.href, { credentials: 'same-origin' }) }));
      saved++;
    } catch {
      failed++;
    }
    port?.postMessage({ type: 'progress', saved, failed, total: wanted.length });
  }
  port?.postMessage({ type: 'done', saved, failed, total: wanted.length });
}

clientsClaim();
cleanupOutdatedCaches();

// Pages first, so the core's copy of a page never hides a newer one online.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && inSite(url),
  async (options) => {
    const { url } = options;
    // An address typed in capitals from a poster goes to its page, online or not.
    const folded = foldPageAddress(url.pathname, __BASE__);
    const target = redirectTarget(__REDIRECTS__, folded ?? url.pathname) ?? folded;
    if (target) return Response.redirect(new URL(`${target}${/^https:/.test(target) ? '' : url.search}`, url).href, 301);
    try {
      const response = await pages.handle(options);
      // This page came from the network, so it is the newest deploy's: a
      // newer worker waiting to take over can do so now without mixing files.
      if (!response.headers.has(SAVED_COPY)) {
        worker.registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
        options.event.waitUntil(saveCoreIfGone(options.event));
      }
      return response;
    } catch {
      return (await matchPrecache(__OFFLINE_PAGE__)) ?? crisisFallback();
    }
  },
);

// Pagefind adds ?ts= to its entry file to dodge HTTP caches; the precache has the matching copy.
precacheAndRoute(__PRECACHE_MANIFEST__, { ignoreURLParametersMatching: [/^utm_/, /^ts$/] });

// Files named by their content's hash never change, so a saved one is always
// right. They are kept apart from the core, which holds one deploy only: a
// page saved from an older deploy still finds the scripts and styles it was
// built with. The core's own are saved here on install.
const assets = new CacheFirst({ cacheName: names.assets, plugins: [expiring({ maxEntries: SAVED_ASSETS_LIMIT, purgeOnQuotaError: true })] });
registerRoute(({ url }) => inSite(url) && url.pathname.startsWith(`${__BASE__}_astro/`), assets);
const saveCoreAssets = (event: ExtendableEvent) =>
  Promise.all(__CORE_ASSETS__.flatMap((url) => assets.handleAll({ event, request: new Request(url, { credentials: 'same-origin' }) })));
// Like the precache, the worker installs only once every file is saved.
worker.addEventListener('install', (event) => event.waitUntil(saveCoreAssets(event)));

// The new core replaces the copies of its pages an older worker saved as they were read.
worker.addEventListener('activate', (event) =>
  event.waitUntil(
    caches.open(names.pages).then(async (cache) => {
      for (const key of await cache.keys()) if (isCorePage(key.url)) await cache.delete(key);
    }),
  ),
);

let savingCore: Promise<void> | undefined;
/**
 * Saves the core again when the browser's storage was emptied while this
 * worker lives (a worker installs once, so nothing else would). Only while
 * it is the newest deploy's worker: a newer one brings a whole core of its own.
 */
function saveCoreIfGone(event: ExtendableEvent): Promise<void> {
  savingCore ??= (async () => {
    const cache = await caches.open(cacheNames.precache);
    const kept = new Set((await cache.keys()).map(({ url }) => url));
    const missing = __PRECACHE_MANIFEST__.map(({ url }) => ({ url, key: getCacheKeyForURL(url) })).filter(({ key }) => key && !kept.has(key));
    if (!missing.length) return;
    await worker.registration.update().catch(() => undefined);
    if (worker.registration.installing || worker.registration.waiting) return;
    for (const { url, key } of missing) {
      const response = await fetch(url, { cache: 'reload', credentials: 'same-origin' });
      if (response.ok && !response.redirected) await cache.put(key!, response);
    }
    await saveCoreAssets(event);
  })()
    .catch(() => undefined)
    .finally(() => (savingCore = undefined));
  return savingCore;
}

/** Offline with nothing saved, not even the offline page: the crisis numbers, never the browser's error page. */
function crisisFallback(): Response {
  if (__CRISIS_FALLBACK__ === null) return Response.error();
  return new Response(__CRISIS_FALLBACK__, {
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'" },
  });
}
registerRoute(
  ({ url }) => inSite(url) && isSearchIndexPart(url.pathname.slice(__BASE__.length)),
  new CacheFirst({ cacheName: names.search, plugins: [expiring({ maxEntries: SAVED_SEARCH_FILES_LIMIT, purgeOnQuotaError: true })] }),
);
