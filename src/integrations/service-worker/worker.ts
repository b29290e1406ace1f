/**
 * The service worker, bundled by ./index.ts at the end of the build with the
 * list of files to save. Workbox does the caching; this file only says which
 * strategy each kind of request gets:
 *  - pages: network first, so anyone online sees the latest content; the saved
 *    copy when the network fails or is too slow; the offline page for
 *    addresses never saved
 *  - everything else the site built (CSS, JS, icons, search index): from the
 *    precache, which holds one deploy's files, so saved pages and their
 *    assets always match
 * A new deploy's worker installs in the background and takes over on the
 * next navigation that reaches the network, never under a page that is
 * still using the old files.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import type { PrecacheEntry } from 'workbox-precaching';
import { pageCacheKey } from '../../lib/precache.ts';

// Replaced at bundle time (esbuild define).
declare const __PRECACHE_MANIFEST__: PrecacheEntry[];
declare const __OFFLINE_PAGE__: string;

interface WorkerScope {
  registration: ServiceWorkerRegistration;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

/** How long a page request may take before the saved copy is shown instead. */
const NETWORK_TIMEOUT_SECONDS = 4;

worker.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
clientsClaim();
cleanupOutdatedCaches();

const network = new NetworkOnly({ networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS });

registerRoute(
  ({ request }) => request.mode === 'navigate',
  async (options) => {
    try {
      const response = await network.handle(options);
      // This page came from the network, so it is the newest deploy's: a
      // newer worker waiting to take over can do so now without mixing files.
      worker.registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
      return response;
    } catch {
      const saved = await matchPrecache(pageCacheKey(options.request.url));
      return saved ?? (await matchPrecache(__OFFLINE_PAGE__)) ?? Response.error();
    }
  },
);

// Pagefind adds ?ts= to its entry file to dodge HTTP caches; the precache has the matching copy.
precacheAndRoute(__PRECACHE_MANIFEST__, { ignoreURLParametersMatching: [/^utm_/, /^ts$/] });
