/**
 * Offline reading that stays small: the first visit saves a fixed core only;
 * each page opened is saved as it is opened (at most a set number); a guide
 * can be saved whole; offline, search and the offline page show what is
 * saved on this device; a slow network never shows the offline page; short
 * addresses work offline; a new deploy never mixes old and new.
 */
import { buildSite } from './support/build-site.ts';
import { serveSite, specPort, type RunningSite } from './support/serve-site.ts';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { startProxy, type Proxy } from './support/proxy.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { CDPSession, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures.ts';
import { site } from '../src/site.ts';
import { CORE_BUDGET } from '../src/lib/precache.ts';

test.use({ serviceWorkers: 'allow' });

const DIST = process.env.OUT_DIR ?? 'dist';
const CORE_PAGES = [...site.offline.corePages, `${site.crisisPage}/`].map((path) => `/${path}`);
/** Offline, a saved page says the day it was saved, so the reader knows how old it is. */
const OFFLINE_MESSAGE = /^You are offline\. This page was saved on this device on \d{1,2} [A-Z][a-z]+ \d{4}\.$/;
/** Pages in no core, for pages a reader opens. */
const VIDEO = '/video-consultations/';
const PRIVACY = '/privacy-and-cookies/';

/** Waits until the worker is running and controls the page. */
async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/**
 * Goes offline with only what the worker saved: the browser's HTTP cache,
 * which keeps some files a while, is emptied, so a test never passes thanks to it.
 */
async function goOffline(page: Page, session?: CDPSession): Promise<void> {
  const cdp = session ?? (await page.context().newCDPSession(page));
  await cdp.send('Network.clearBrowserCache');
  if (!session) await cdp.detach();
  await page.context().setOffline(true);
}

/** Stops the running worker in charge, as a browser does once it is idle. */
async function stopActiveWorker(session: CDPSession): Promise<void> {
  const versions = new Map<string, { versionId: string; status: string }>();
  session.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
    for (const version of updated) versions.set(version.versionId, version);
  });
  await session.send('ServiceWorker.enable');
  await expect.poll(() => [...versions.values()].some((v) => v.status === 'activated')).toBe(true);
  for (const version of versions.values()) if (version.status === 'activated') await session.send('ServiceWorker.stopWorker', { versionId: version.versionId });
}

/** Every cached address, by cache name. */
function cachedByCache(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const found: Record<string, string[]> = {};
    for (const name of await caches.keys()) found[name] = (await (await caches.open(name)).keys()).map((request) => request.url);
    return found;
  });
}

/** The addresses of the pages saved as they were read. */
async function pagesRead(page: Page): Promise<string[]> {
  const caches = await cachedByCache(page);
  const name = Object.keys(caches).find((n) => n.endsWith('-pages'));
  return (name ? caches[name]! : []).map((url) => new URL(url).pathname).sort();
}

/** The precache's addresses, without Workbox's revision parameter: the core but its hashed scripts and styles. */
async function precached(page: Page): Promise<string[]> {
  const caches = await cachedByCache(page);
  const name = Object.keys(caches).find((n) => n.startsWith('workbox-precache'));
  return (name ? caches[name]! : []).map((url) => new URL(url).pathname).sort();
}

/** The hashed scripts and styles saved: the core's, and those of pages read. */
async function assetsSaved(page: Page): Promise<string[]> {
  const caches = await cachedByCache(page);
  const name = Object.keys(caches).find((n) => n.endsWith('-assets'));
  return (name ? caches[name]! : []).map((url) => new URL(url).pathname).sort();
}

test('the first visit saves the core only, within budget, and the page it opened', async ({ page }) => {
  await page.goto(VIDEO);
  await waitForWorker(page);
  const core = [...(await precached(page)), ...(await assetsSaved(page))];
  const corePages = core.filter((path) => path.endsWith('.html')).map((path) => path.replace(/index\.html$/, ''));
  expect(corePages.sort()).toEqual([...CORE_PAGES].sort());
  // The rest is what those pages load, and search.
  expect(core.filter((path) => !path.endsWith('.html') && !/^\/(_astro|assets|pagefind)\/|^\/(manifest\.webmanifest|print\.css)$/.test(path))).toEqual([]);
  const scripts = readFileSync(join(DIST, 'help-in-a-crisis/index.html'), 'utf8').match(/\/_astro\/[^"]+\.js/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const path of [...scripts, '/pagefind/pagefind.js', '/assets/images/favicon.svg', '/manifest.webmanifest']) expect(core).toContain(path);
  expect(core.length).toBeLessThanOrEqual(CORE_BUDGET.files);
  // What a CDN sends: brotli for text, as it is for Pagefind's own gzipped files and images.
  const download = core
    .map((path) => readFileSync(join(DIST, path)))
    .reduce((sum, body, i) => sum + (/\.(html|js|json|svg|webmanifest)$/.test(core[i]!) ? brotliCompressSync(body).length : body.length), 0);
  expect(download).toBeLessThanOrEqual(CORE_BUDGET.bytes);
  expect(brotliCompressSync(readFileSync(join(DIST, 'sw.js'))).length).toBeLessThanOrEqual(CORE_BUDGET.workerBytes);

  // The page the first visit opened, before the worker ran, is saved once it runs.
  await expect.poll(() => pagesRead(page)).toEqual([VIDEO]);
});

test('a page opened is saved, and reads offline with its scripts', async ({ page, consoleErrors }) => {
  await page.goto(VIDEO);
  await waitForWorker(page);
  await page.goto(PRIVACY);
  await expect.poll(() => pagesRead(page)).toEqual([PRIVACY, VIDEO].sort());

  await goOffline(page);
  for (const path of [VIDEO, PRIVACY]) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    // The saved copy keeps the page's own headers, its Content Security Policy above all.
    expect((await response?.allHeaders())?.['content-security-policy'], path).toContain("default-src 'self'");
    await expect(page.locator('h1'), path).not.toHaveText('No internet connection');
    await expect(page.locator('#offline-notice'), path).toHaveText(OFFLINE_MESSAGE);
    // Styled, and the header's script ran (it makes the search box a combobox).
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).backgroundColor)).toBe('rgb(0, 94, 184)');
    await expect(page.locator('#search-field')).toHaveAttribute('role', 'combobox');
  }
  expect(consoleErrors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
});

test('offline, a page never opened shows the offline page: crisis numbers and the pages saved on this device', async ({ page }) => {
  await page.goto(VIDEO);
  await waitForWorker(page);
  await expect.poll(() => pagesRead(page)).toEqual([VIDEO]);
  await goOffline(page);

  const response = await page.goto('/accessibility-statement/');
  expect(response?.status()).toBe(200);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).toHaveText('No internet connection');
  const main = page.locator('main');
  for (const href of ['tel:999', 'tel:111', 'tel:116123', 'sms:85258']) await expect(main.locator(`a[href="${href}"]`)).toBeVisible();

  // Listed: the core's pages to read and the page opened; not the pages never opened.
  const saved = page.locator('#saved-pages a');
  await expect(saved).toHaveText(['Contact the Peer Development Team', 'Help in a crisis', 'Peer support', 'Video consultations']);
  await expect(main.getByRole('link', { name: 'Get help in a crisis', exact: true })).toBeVisible();
  await saved.filter({ hasText: 'Video consultations' }).click();
  await expect(page.locator('h1')).toHaveText('Video consultations');
});

test('short addresses lead to their page offline, or to the offline page when it is not saved', async ({ page, context }) => {
  const redirects = readFileSync(join(DIST, '_redirects'), 'utf8');
  expect(redirects).toContain('/crisis/ /help-in-a-crisis/ 301');
  expect(redirects).toContain('/training/ /train-to-be-a-peer-support-worker/ 301');
  await page.goto('/');
  await waitForWorker(page);
  await goOffline(page);

  await page.goto('/crisis/');
  await expect(page).toHaveURL(/\/help-in-a-crisis\/$/);
  await expect(page.locator('h1')).toHaveText('Help in a crisis');
  await page.goto('/crisis');
  await expect(page).toHaveURL(/\/help-in-a-crisis\/$/);

  // Not saved yet: the offline page, at the page's own address.
  await page.goto('/training/');
  await expect(page).toHaveURL(/\/train-to-be-a-peer-support-worker\/$/);
  await expect(page.locator('h1')).toHaveText('No internet connection');

  // Opened once online, it is there offline through its short address too.
  await context.setOffline(false);
  await page.goto('/training/');
  await expect(page.locator('h1')).toContainText('Train to be a peer support worker');
  await goOffline(page);
  await page.goto('/training/');
  await expect(page).toHaveURL(/\/train-to-be-a-peer-support-worker\/$/);
  await expect(page.locator('h1')).toContainText('Train to be a peer support worker');
});

test('offline, addresses in capitals, as printed on posters, lead to their page', async ({ page }) => {
  await page.goto('/');
  await waitForWorker(page);
  await goOffline(page);
  // A short address, a page that has one, and a core page that has neither (so no _redirects rule helps).
  for (const [address, path, heading] of [
    ['/CRISIS/', '/help-in-a-crisis/', 'Help in a crisis'],
    ['/Help-In-A-Crisis/?from=poster', '/help-in-a-crisis/?from=poster', 'Help in a crisis'],
    ['/CONTACT-THE-PEER-DEVELOPMENT-TEAM', '/contact-the-peer-development-team/', 'Contact the Peer Development Team'],
  ] as const) {
    await page.goto(address);
    expect(new URL(page.url()).pathname + new URL(page.url()).search, address).toBe(path);
    await expect(page.locator('h1'), address).toHaveText(heading);
  }
});

test('"Save this guide" says what it downloads, saves every page of the guide by keyboard, and announces it', async ({ page, context, request }) => {
  const guidePage = '/how-peer-support-workers-work/';
  await page.goto(guidePage);
  await waitForWorker(page);
  const summary = (await (await request.get('/offline-guides/peer-support.json')).json()) as { pages: string[]; bytes: number; download: number };
  // The guide's pages, as its contents list shows them.
  const contents = await page.locator('.nhsuk-contents-list__item').count();
  expect(summary.pages.length).toBe(contents);
  expect(summary.download).toBeGreaterThan(0);
  expect(summary.download).toBeLessThan(summary.bytes);

  const saveGuide = page.locator('.app-save-guide');
  await expect(saveGuide).toHaveAttribute('data-save-guide-state', 'ready');
  await expect(saveGuide).toBeVisible();
  await expect(saveGuide).toContainText(`Save all ${summary.pages.length} pages of this guide`);
  await expect(saveGuide).toContainText(/This downloads about \d+ KB and uses about \d+ KB of storage on this device\./);
  const axe = await new AxeBuilder({ page }).include('.app-save-guide').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  const button = page.getByRole('button', { name: 'Save this guide for offline reading' });
  await button.focus();
  await page.keyboard.press('Enter');
  const status = saveGuide.getByRole('status');
  await expect(status).toHaveText(`Guide saved. You can read all ${summary.pages.length} pages of this guide on this device without an internet connection.`);
  await expect(button).toBeFocused();
  // Saved as pages read, or, for a core page (the start page), kept in the core, which always holds one deploy's.
  const core = (await precached(page)).filter((path) => path.endsWith('/index.html')).map((path) => path.slice(0, -'index.html'.length));
  for (const path of summary.pages) expect([...(await pagesRead(page)), ...core]).toContain(path);

  await goOffline(page);
  for (const path of summary.pages) {
    await page.goto(path);
    await expect(page.locator('h1'), path).not.toHaveText('No internet connection');
    await expect(page.locator('#offline-notice'), path).toHaveText(OFFLINE_MESSAGE);
  }
  // Next time, it says the guide is saved.
  await context.setOffline(false);
  await page.goto(guidePage);
  await expect(saveGuide).toContainText(`All ${summary.pages.length} pages of this guide are saved on this device.`);
});

test.describe('where service workers are blocked', () => {
  test.use({ serviceWorkers: 'block' });
  test('"Save this guide" is not shown', async ({ page }) => {
    await page.goto('/how-peer-support-workers-work/');
    await expect(page.locator('.app-save-guide')).toHaveAttribute('data-save-guide-state', 'no-service-worker', { timeout: 15_000 });
    await expect(page.locator('.app-save-guide')).toBeHidden();
  });
});

test.describe('where service workers are not available', () => {
  test('"Save this guide" is not shown without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${test.info().project.use.baseURL}/how-peer-support-workers-work/`);
    await expect(page.locator('.app-save-guide')).toBeHidden();
    await context.close();
  });

  test('"Save this guide" is not shown in a browser without service workers', async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    });
    await page.goto('/how-peer-support-workers-work/');
    expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
    await expect(page.locator('#search-field')).toHaveAttribute('role', 'combobox');
    await expect(page.locator('.app-save-guide')).toBeHidden();
  });
});

test('offline, search finds the pages saved on this device, and says it can only find those', async ({ page, context, consoleErrors }) => {
  await page.goto(VIDEO);
  await waitForWorker(page);
  await expect.poll(() => pagesRead(page)).toEqual([VIDEO]);
  await goOffline(page);

  // From the header box: a page opened, and a page of the core.
  await page.goto('/');
  const box = page.locator('#search-field');
  await box.click();
  await box.pressSequentially('video', { delay: 20 });
  await expect(page.locator('#search-suggestions [role="option"]').first()).toContainText('Video consultations');
  await expect(page.locator('#search-suggestions ~ [role="status"]')).toContainText('You are offline, so search can only find pages saved on this device.');

  // The results page lists saved pages only: online, "peer support" matches pages never opened here.
  await page.goto('/search/?q=peer+support');
  const results = page.locator('.app-search-results h2 a');
  await expect(results.first()).toBeVisible();
  const saved = new Set([...CORE_PAGES, VIDEO]);
  for (const href of await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))) expect(saved, href).toContain(href);
  await expect(page.locator('#search-status')).toContainText('You are offline, so search can only find pages saved on this device.');
  await page.goto('/search/?q=accessibility+statement');
  await expect(page.locator('#search-status')).toContainText('No results for accessibility statement');

  await context.setOffline(false);
  await page.goto('/search/?q=accessibility+statement');
  await expect(results.first()).toHaveText('Accessibility statement');
  expect(consoleErrors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
});

test('offline, every saved page can be found even when the search index parts it needs were never saved, as on a large site', async ({ page }) => {
  await page.goto(VIDEO);
  await waitForWorker(page);
  await expect.poll(() => pagesRead(page)).toEqual([VIDEO]);
  // A large site's core holds only search's entry files: take the rest out, as if never used.
  const removed = await page.evaluate(async () => {
    let count = 0;
    for (const name of (await caches.keys()).filter((n) => n.startsWith('workbox-precache'))) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) if (/\/pagefind\/(index|filter|fragment)\//.test(request.url) && (await cache.delete(request))) count++;
    }
    return count;
  });
  expect(removed).toBeGreaterThan(0);
  await goOffline(page);

  await page.goto('/search/?q=video+consultation');
  await expect(page.locator('.app-search-results h2 a')).toHaveText(['Video consultations']);
  await expect(page.locator('#search-status')).toContainText('1 result for video consultation. You are offline, so search can only find pages saved on this device.');
  // A word from the body of a core page, not its title.
  await page.goto('/search/?q=samaritans');
  await expect(page.locator('.app-search-results h2 a')).toHaveText(['Help in a crisis']);
  await page.goto('/search/?q=accessibility+statement');
  await expect(page.locator('#search-status')).toContainText('No results for accessibility statement');
});

test.describe('a slow network', () => {
  const PORT = specPort(24);
  const DELAY_MS = 6_000;
  /** Holds chosen addresses back before passing them to the site's server. */
  let proxy: Proxy;

  test.beforeAll(async () => {
    proxy = await startProxy(PORT, Number(process.env.E2E_PORT ?? 4329), DELAY_MS);
  });
  test.afterAll(() => proxy.close());
  test.afterEach(() => proxy.slow.clear());

  test('shows the saved copy, saying so, or waits for the page; never the offline page', async ({ page }) => {
    test.setTimeout(60_000);
    const origin = `http://127.0.0.1:${PORT}`;
    await page.goto(`${origin}${VIDEO}`);
    await waitForWorker(page);
    await expect.poll(() => pagesRead(page)).toEqual([VIDEO]);

    // A saved page: its saved copy, marked as such, without waiting for the network.
    proxy.slow.add(VIDEO);
    const started = Date.now();
    await page.goto(`${origin}${VIDEO}`);
    expect(Date.now() - started).toBeLessThan(DELAY_MS);
    await expect(page.locator('h1')).toHaveText('Video consultations');
    await expect(page.locator('#offline-notice')).toContainText('This is the copy of this page saved on this device on ');
    await expect(page.locator('#offline-notice')).toContainText('because the connection is slow or not working');

    // A page never saved: it waits for the network and shows the page itself.
    proxy.slow.add(PRIVACY);
    await page.goto(`${origin}${PRIVACY}`, { timeout: 30_000 });
    await expect(page.locator('h1')).toHaveText('Privacy and cookies');
    await expect(page.locator('#offline-notice')).toBeEmpty();
  });
});

test('the web app manifest has what a home screen needs', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const response = await request.get(href!);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = await response.json();
  expect(manifest.name).toBe('Peer support - Nottinghamshire Healthcare NHS Foundation Trust');
  expect(manifest.short_name).toBe('Peer support');
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toBe('#005eb8');
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const image = await request.get(icon.src);
    expect(image.status(), icon.src).toBe(200);
    expect(image.headers()['content-type']).toBe(icon.type);
  }

  // Chromium's own verdict, where the DevTools protocol can give it.
  const session = await page.context().newCDPSession(page);
  await waitForWorker(page);
  const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
  // Playwright's browser contexts are incognito, where Chromium never offers to install;
  // any other reason (a bad icon, no start URL...) would be listed here too.
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});

test.describe('built with a small limit, under a sub-path', () => {
  const PORT = specPort(22);
  const BASE = '/peer-support/';
  const LIMIT = 3;
  let work: string;
  let server: RunningSite | undefined;

  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    work = mkdtempSync(join(tmpdir(), 'offline-limit-'));
    const result = await buildSite({ BASE_PATH: BASE, OFFLINE_SAVED_PAGES_LIMIT: String(LIMIT), OUT_DIR: join(work, 'dist'), ASTRO_CACHE_DIR: join(work, 'cache') });
    if (!result.ok) throw new Error(`Build failed:\n${result.output}`);
    server = await serveSite(join(work, 'dist'), PORT, BASE);
  });

  test.afterAll(() => {
    server?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('keeps the pages read most recently, up to the limit, and the offline page lists them', async ({ page }) => {
    const at = (path: string) => `http://127.0.0.1:${PORT}${BASE}${path}`;
    const read = ['video-consultations/', 'privacy-and-cookies/', 'accessibility-statement/', 'a-to-z/', 'feedback/'];
    await page.goto(at(read[0]!));
    await waitForWorker(page);
    await expect.poll(() => pagesRead(page)).toEqual([`${BASE}${read[0]}`]);
    for (const path of read.slice(1)) {
      await page.goto(at(path));
      await expect(page.locator('h1')).toBeVisible();
    }
    const latest = read.slice(-LIMIT).map((path) => `${BASE}${path}`).sort();
    await expect.poll(() => pagesRead(page)).toEqual(latest);

    await goOffline(page);
    await page.goto(at(read[0]!));
    await expect(page.locator('h1')).toHaveText('No internet connection');
    await expect(page.locator('#saved-pages a')).toContainText(['A to Z of pages', 'Accessibility statement', 'Rate this page or report a problem']);
    await expect(page.locator('#saved-pages a')).not.toContainText(['Video consultations']);
    await page.goto(at('crisis/'));
    await expect(page).toHaveURL(at('help-in-a-crisis/'));
    await expect(page.locator('h1')).toHaveText('Help in a crisis');
  });
});

test.describe('a new deploy', () => {
  const PORT = specPort(20);
  const ADDED = 'in a sentence added by the new deploy';
  let work: string;
  let server: RunningSite | undefined;

  test.describe.configure({ mode: 'serial' });

  const build = async (contentDir: string, outDir: string, env: Record<string, string> = {}) => {
    const result = await buildSite({ ...env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, `cache-${outDir.length}`) });
    if (!result.ok) throw new Error(`Build failed:\n${result.output}`);
  };

  const serve = async (dir: string) => {
    server?.stop();
    await new Promise((r) => setTimeout(r, 200));
    server = await serveSite(dir, PORT);
  };

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    work = mkdtempSync(join(tmpdir(), 'offline-update-'));
    // The old deploy: today's content, with its stylesheet in a file of its
    // own (a file the new deploy does not have). The new one: a sentence added
    // to two pages, so those pages, the search index and the worker all differ.
    cpSync('content', join(work, 'old-content'), { recursive: true });
    cpSync('content', join(work, 'new-content'), { recursive: true });
    for (const name of ['how-peer-support-workers-work', 'video-consultations']) {
      const file = join(work, 'new-content', 'pages', `${name}.mdx`);
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nThis is ${ADDED}.\n`);
    }
    await build(join(work, 'old-content'), join(work, 'old'), { CSS_DELIVERY: 'external' });
    await build(join(work, 'new-content'), join(work, 'new-dist'));
  });

  test.afterAll(() => {
    server?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('waits under an old page, takes over on the next page from the network; each saved page keeps its own deploy until read online again', async ({ page, consoleErrors, failedResponses }) => {
    test.setTimeout(90_000);
    const site = `http://127.0.0.1:${PORT}`;
    const GUIDE_PAGE = '/how-peer-support-workers-work/';
    // One DevTools session for the test: to stop a worker and to empty the HTTP cache.
    const session = await page.context().newCDPSession(page);
    await serve(join(work, 'old'));
    await page.goto(`${site}${GUIDE_PAGE}`);
    await waitForWorker(page);
    const oldWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(oldWorker).toBe(`${site}/sw.js`);
    await page.goto(`${site}${VIDEO}`);
    await expect.poll(() => pagesRead(page)).toEqual([GUIDE_PAGE, VIDEO].sort());

    await serve(join(work, 'new-dist'));
    // The browser finds the new worker (as its own update checks would), which
    // installs in the background and waits: the open page is the old deploy's.
    const workers = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { installing: Boolean(registration?.installing), waiting: Boolean(registration?.waiting), active: registration?.active?.state };
      });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(workers, { timeout: 30_000 }).toEqual({ installing: false, waiting: true, active: 'activated' });
    // That page can still search: its index files, gone from the server now,
    // come from the old deploy's core, which the waiting worker leaves alone.
    await page.locator('#search-field').click();
    await page.locator('#search-field').pressSequentially('crisis', { delay: 20 });
    await expect(page.locator('#search-suggestions [role="option"]').first()).toContainText('Help in a crisis');
    expect(await workers()).toEqual({ installing: false, waiting: true, active: 'activated' });

    // The next navigation that reaches the network shows the new content, and
    // the new worker takes over under it. (On a busy machine a page can take
    // longer than the worker's timeout: the saved copy shows then, saying so,
    // and the next navigation tries again.)
    await expect.poll(async () => (await page.goto(`${site}${GUIDE_PAGE}`))?.headers()['x-saved-copy'], { timeout: 30_000 }).toBeUndefined();
    await expect(page.locator('main')).toContainText(ADDED);
    // A worker that has been told to skip waiting takes over once the old one
    // is idle and stopped. A phone's browser stops an idle worker within
    // seconds; with Playwright attached, Chromium does not always, so the test
    // stops it. (Stopping it alone would not do: while a page is open, only a
    // worker told to skip waiting takes over.)
    await stopActiveWorker(session);
    await expect.poll(workers, { timeout: 10_000 }).toEqual({ installing: false, waiting: false, active: 'activated' });
    // The reader reads on, under the new worker.
    await page.goto(`${site}/help-in-a-crisis/`);
    await expect(page.locator('h1')).toHaveText('Help in a crisis');

    // The core is the new deploy's alone: the old deploy's is gone.
    const newWorker = readFileSync(join(work, 'new-dist', 'sw.js'), 'utf8');
    const core = await precached(page);
    expect(core.length).toBeGreaterThan(10);
    expect(core.filter((path) => !newWorker.includes(`"${path}"`))).toEqual([]);

    const styled = () => page.evaluate(() => getComputedStyle(document.querySelector('header')!).backgroundColor);
    await goOffline(page, session);
    // Read online since the deploy: the new deploy's page.
    await page.goto(`${site}${GUIDE_PAGE}`);
    await expect(page.locator('main')).toContainText(ADDED);
    expect(await styled()).toBe('rgb(0, 94, 184)');
    // Not read since: the old deploy's copy still shows, whole, with the stylesheet and scripts it was built with.
    await page.goto(`${site}${VIDEO}`);
    await expect(page.locator('h1')).toHaveText('Video consultations');
    await expect(page.locator('main')).not.toContainText(ADDED);
    await expect(page.locator('link[rel="stylesheet"]:not([media="print"])')).toHaveAttribute('href', /^\/_astro\/site\.[\w-]+\.css$/);
    expect(await styled()).toBe('rgb(0, 94, 184)');
    await expect(page.locator('#search-field')).toHaveAttribute('role', 'combobox');
    // Search offline is the new deploy's, and finds the new sentence.
    await page.goto(`${site}/search/?q=deploy`);
    await expect(page.locator('.app-search-results h2 a')).toHaveCount(2);
    expect((await page.locator('.app-search-results h2 a').allTextContents()).sort()).toEqual(['How peer support workers work', 'Video consultations']);

    // Online again, the old copy is refreshed as soon as it is read.
    await page.context().setOffline(false);
    await page.goto(`${site}${VIDEO}`);
    await expect(page.locator('main')).toContainText(ADDED);
    await goOffline(page, session);
    await page.goto(`${site}${VIDEO}`);
    await expect(page.locator('main')).toContainText(ADDED);

    expect(failedResponses).toEqual([]);
    expect(consoleErrors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});
