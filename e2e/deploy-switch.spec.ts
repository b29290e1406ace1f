/**
 * Readers never see an old crisis number after a deploy. Two builds, A and
 * B (B with the crisis team's number changed), each served by scripts/serve.mjs; a
 * plain HTTP proxy in front switches between them as a deploy switches a
 * CDN, holds pages back to make a slow connection, and drops every request
 * to make the reader offline. The browser is driven over a bare DevTools
 * connection to its page (./support/bare-browser.ts): with Playwright
 * attached to the service worker, a new deploy's worker never took over.
 */
import { buildSite } from './support/build-site.ts';
import { serveSite, specPort, type RunningSite } from './support/serve-site.ts';
import { launchBareBrowser, type BareBrowser, type BarePage } from './support/bare-browser.ts';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { startProxy, type Proxy } from './support/proxy.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

test.describe.configure({ mode: 'serial' });

const A_PORT = specPort(50);
const B_PORT = specPort(51);
const PROXY_PORT = specPort(52);
const SITE = `http://127.0.0.1:${PROXY_PORT}`;
const CRISIS = '/help-in-a-crisis/';
const VIDEO = '/video-consultations/';
const PRIVACY = '/privacy-and-cookies/';
/**
 * The change each deploy makes: the trust's crisis team number, a contact that
 * the crisis page shows with <ContactPhone> (the source gives no such number
 * yet, so both deploys add one), as deploy A has it and as deploy B changes it.
 * Ofcom's ranges for drama (0113 496 0xxx, 0161 496 0xxx): never working lines.
 */
const CRISIS_TEAM = 'test-crisis-team';
const OLD_NUMBER = { phone: '0113 496 0000', href: 'tel:+441134960000' };
const NEW_NUMBER = { phone: '0161 496 0000', href: 'tel:+441614960000' };
/** Longer than the worker waits for the network (NETWORK_TIMEOUT_SECONDS). */
const SLOW_MS = 5_000;
const SAVED_ON = /saved on this device on \d{1,2} [A-Z][a-z]+ \d{4}/;

let work: string;
let servers: RunningSite[] = [];
/** Sends requests to deploy A's server or B's; holds pages back, or drops every request (offline). */
let proxy: Proxy;
let browser: BareBrowser | undefined;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  work = mkdtempSync(join(tmpdir(), 'deploy-switch-'));
  for (const [name, { phone }] of [['a', OLD_NUMBER], ['b', NEW_NUMBER]] as const) {
    const content = join(work, `${name}-content`);
    cpSync('content', content, { recursive: true });
    writeFileSync(join(content, 'contacts', `${CRISIS_TEAM}.yaml`), `name: Crisis team\nphone: ${phone}\n`);
    const crisisFile = join(content, 'pages', 'help-in-a-crisis.mdx');
    const crisis = readFileSync(crisisFile, 'utf8');
    expect(crisis, 'the crisis page has its crisis team section').toContain('## Our crisis team\n');
    writeFileSync(crisisFile, crisis.replace('## Our crisis team\n', `## Our crisis team\n\n* Call the crisis team on <ContactPhone contact="${CRISIS_TEAM}" />.\n`));
  }
  for (const name of ['a', 'b']) {
    const result = await buildSite({ CONTENT_DIR: join(work, `${name}-content`), OUT_DIR: join(work, name), ASTRO_CACHE_DIR: join(work, `cache-${name}`) });
    if (!result.ok) throw new Error(`Build ${name} failed:\n${result.output}`);
  }
  servers = [await serveSite(join(work, 'a'), A_PORT), await serveSite(join(work, 'b'), B_PORT)];
  proxy = await startProxy(PROXY_PORT, A_PORT, SLOW_MS);
});

test.afterAll(async () => {
  for (const server of servers) server.stop();
  await proxy?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test.beforeEach(async () => {
  proxy.upstream = A_PORT;
  proxy.offline = false;
  proxy.slow.clear();
  browser = await launchBareBrowser();
});

test.afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** Waits until the worker is running and controls the page. */
function waitForWorker(page: BarePage): Promise<unknown> {
  return page.evaluate(`(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  })()`);
}

/** The worker versions of the registration. */
function workers(page: BarePage): Promise<{ installing: boolean; waiting: boolean; active: string | undefined }> {
  return page.evaluate(`navigator.serviceWorker.getRegistration().then((r) => ({ installing: Boolean(r?.installing), waiting: Boolean(r?.waiting), active: r?.active?.state }))`);
}

/** The reader loses their connection: the page knows (navigator.onLine), and nothing reaches the site. */
async function goOffline(page: BarePage): Promise<void> {
  await page.send('Network.clearBrowserCache');
  await page.setOffline(true);
  proxy.offline = true;
}

async function goOnline(page: BarePage): Promise<void> {
  await page.setOffline(false);
  proxy.offline = false;
}

/** The addresses in the core's cache (with Workbox's revision of each file) or the pages read, sorted. */
function cached(page: BarePage, name: 'precache' | 'pages'): Promise<string[]> {
  const test = name === 'precache' ? `(n) => n.startsWith('workbox-precache')` : `(n) => n.endsWith('-pages')`;
  return page.evaluate(`(async () => {
    const name = (await caches.keys()).find(${test});
    return name ? (await (await caches.open(name)).keys()).map((request) => { const url = new URL(request.url); return url.pathname + url.search; }).sort() : [];
  })()`);
}

/** The core's files (less hashed scripts and styles) a deploy's worker lists, as Workbox keys them: so one deploy's core is never taken for another's. */
function coreOf(deploy: string): string[] {
  const worker = readFileSync(join(work, deploy, 'sw.js'), 'utf8');
  const entries = [...worker.matchAll(/\{url:"([^"]+)",revision:(?:"([^"]+)"|null)\}/g)].map(([, url, revision]) => (revision ? `${url}?__WB_REVISION__=${revision}` : url!));
  expect(entries.length).toBeGreaterThan(10);
  return entries.sort();
}

/** The crisis team's number as the page shows it. */
const crisisTeam = (page: BarePage) =>
  page.evaluate<string | null>(`[...document.querySelectorAll('main li')].find((li) => li.textContent.includes('Call the crisis team'))?.querySelector('a')?.getAttribute('href') ?? null`);

test('after a deploy that changes a crisis number, the reader sees the new one: offline, on a slow connection and online', async () => {
  test.setTimeout(180_000);
  const page = browser!.page;

  // Deploy A: the reader reads the crisis page, and a page outside the core.
  await page.goto(`${SITE}${CRISIS}`);
  await waitForWorker(page);
  await page.goto(`${SITE}${CRISIS}`);
  expect(await crisisTeam(page)).toBe(OLD_NUMBER.href);
  await page.goto(`${SITE}${VIDEO}`);
  await expect.poll(() => cached(page, 'pages')).toContain(VIDEO);
  expect(coreOf('a')).not.toEqual(coreOf('b'));

  // Deploy B. The browser finds its worker (as its own update checks would), which installs and waits.
  proxy.upstream = B_PORT;
  await page.evaluate(`navigator.serviceWorker.getRegistration().then((r) => r.update())`);
  await expect.poll(() => workers(page), { timeout: 30_000 }).toEqual({ installing: false, waiting: true, active: 'activated' });
  // One page viewed online, from the network: B's worker takes over, with B's core alone. Chromium
  // hands over once the old worker is idle: at once, or when it stops after 30 s without events.
  await page.goto(`${SITE}${PRIVACY}`);
  await expect.poll(() => workers(page), { timeout: 60_000 }).toEqual({ installing: false, waiting: false, active: 'activated' });
  await expect.poll(() => cached(page, 'precache')).toEqual(coreOf('b'));

  // Offline: B's number, with the day it was saved.
  await goOffline(page);
  const saved = await page.goto(`${SITE}${CRISIS}`);
  expect(saved.fromServiceWorker).toBe(true);
  expect(await page.text('h1')).toBe('Help in a crisis');
  expect(await crisisTeam(page)).toBe(NEW_NUMBER.href);
  expect(await page.text('#offline-notice')).toMatch(new RegExp(`^You are offline\\. This page was ${SAVED_ON.source}\\.$`));
  // A page outside the core, saved from deploy A, says when it was saved.
  await page.goto(`${SITE}${VIDEO}`);
  expect(await page.text('h1')).toBe('Video consultations');
  expect(await page.text('#offline-notice')).toMatch(SAVED_ON);

  // A connection slower than the worker waits for: B's number, marked as the saved copy of that day.
  await goOnline(page);
  proxy.slow.add(CRISIS);
  const started = Date.now();
  const slowLoad = await page.goto(`${SITE}${CRISIS}`);
  expect(Date.now() - started).toBeLessThan(SLOW_MS);
  expect(slowLoad.headers['x-saved-copy']).toBeTruthy();
  expect(await crisisTeam(page)).toBe(NEW_NUMBER.href);
  expect(await page.text('#offline-notice')).toMatch(new RegExp(`^This is the copy of this page ${SAVED_ON.source}, because the connection is slow`));

  // Online: B's number, from the network.
  proxy.slow.clear();
  const fresh = await page.goto(`${SITE}${CRISIS}`);
  expect(fresh.headers['x-saved-copy']).toBeUndefined();
  expect(await crisisTeam(page)).toBe(NEW_NUMBER.href);
  expect(await page.text('#offline-notice')).toBe('');
});

test('with its storage emptied under a living worker: offline, the crisis numbers built into the worker; the next page online saves the core again', async () => {
  test.setTimeout(90_000);
  const page = browser!.page;
  proxy.upstream = B_PORT;
  await page.goto(`${SITE}${CRISIS}`);
  await waitForWorker(page);
  await expect.poll(() => cached(page, 'precache')).toEqual(coreOf('b'));
  // As clearing a site's storage (but not its worker), or the browser evicting it, would.
  await page.evaluate(`caches.keys().then((names) => Promise.all(names.map((name) => caches.delete(name))))`);
  expect(await page.evaluate(`caches.keys()`)).toEqual([]);

  // Offline with nothing saved: not the browser's error page, but deploy B's crisis numbers.
  await goOffline(page);
  const fallback = await page.goto(`${SITE}${CRISIS}`);
  expect(fallback.status).toBe(200);
  expect(fallback.fromServiceWorker).toBe(true);
  expect(await page.text('h1')).toBe('Help in a crisis');
  expect(await page.text('main > p')).toBe('You are offline and this page is not saved on this device. These are the ways to get help now.');
  expect(await crisisTeam(page)).toBe(NEW_NUMBER.href);
  for (const href of ['tel:999', 'tel:111', 'tel:116123', 'sms:85258']) expect(await page.attribute(`main a[href="${href}"]`, 'href')).toBe(href);

  // One page viewed online, and the core is saved again: the whole crisis page reads offline, styled.
  await goOnline(page);
  await page.goto(`${SITE}${PRIVACY}`);
  expect(await page.text('h1')).toBe('Privacy and cookies');
  await expect.poll(() => cached(page, 'precache'), { timeout: 30_000 }).toEqual(coreOf('b'));
  await goOffline(page);
  await page.goto(`${SITE}${CRISIS}`);
  expect(await page.text('#offline-notice')).toMatch(new RegExp(`^You are offline\\. This page was ${SAVED_ON.source}\\.$`));
  expect(await crisisTeam(page)).toBe(NEW_NUMBER.href);
  expect(await page.evaluate(`getComputedStyle(document.querySelector('header')).backgroundColor`)).toBe('rgb(0, 94, 184)');
  expect(await page.attribute('#search-field', 'role')).toBe('combobox');
});
