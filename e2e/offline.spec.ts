/**
 * Offline reading: after one visit, every page and search work without a
 * connection; unknown addresses get the offline page; a new deploy takes over
 * on the next navigation without a broken mix of old and new files; the site
 * can be added to a home screen.
 */
import { buildSite } from './support/build-site.ts';
import { serveSite, specPort, type RunningSite } from './support/serve-site.ts';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { builtPages } from './support/site.ts';

test.use({ serviceWorkers: 'allow' });

/** Waits until the worker has saved the site and controls the page. */
async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

test('after one visit, every page and search work offline', async ({ page, context, consoleErrors }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await waitForOfflineCopy(page);
  await context.setOffline(true);

  const pages = builtPages().filter((path) => path !== '/404.html');
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toHaveCount(1);
    if (path !== '/offline/') await expect(page.locator('h1'), path).not.toHaveText('No internet connection');
    await expect(page.locator('#offline-notice'), path).toHaveText('You are offline. You are reading pages saved on this device.');
  }

  // Search from the header box: suggestions come from the saved index.
  await page.goto('/');
  await page.locator('#search-field').click();
  await page.locator('#search-field').pressSequentially('crisis', { delay: 20 });
  await expect(page.locator('#search-suggestions [role="option"]').first()).toContainText('Help in a crisis');
  await expect(page.locator('#search-suggestions ~ [role="status"]')).toContainText('saved on this device');

  // And the full results page.
  await page.goto('/search/?q=training');
  await expect(page.locator('.app-search-results h2 a').first()).toHaveText('Train to be a peer support worker');
  await expect(page.locator('#search-status')).toContainText('searches the pages saved on this device');

  expect(consoleErrors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
});

test('offline, an address that was never saved shows the offline page and the crisis numbers', async ({ page, context }) => {
  await page.goto('/');
  await waitForOfflineCopy(page);
  await context.setOffline(true);

  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(200);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).toHaveText('No internet connection');
  const main = page.locator('main');
  for (const href of ['tel:999', 'tel:111', 'tel:116123', 'sms:85258']) await expect(main.locator(`a[href="${href}"]`)).toBeVisible();
  await expect(main.getByRole('link', { name: 'Get help in a crisis' })).toBeVisible();
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
  await waitForOfflineCopy(page);
  const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
  // Playwright's browser contexts are incognito, where Chromium never offers to install;
  // any other reason (a bad icon, no start URL...) would be listed here too.
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});

test.describe('a new deploy', () => {
  const PORT = specPort(20);
  const SENTENCE = 'Peer support workers use their own experience of mental health problems to help others.';
  let work: string;
  let server: RunningSite | undefined;

  test.describe.configure({ mode: 'serial' });

  const build = async (contentDir: string, outDir: string) => {
    const result = await buildSite({ CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, `cache-${outDir.length}`) });
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
    // The old deploy: today's content. The new one: one sentence changed, so
    // the page and the search index's hashed files differ between the two.
    cpSync('content', join(work, 'old-content'), { recursive: true });
    cpSync('content', join(work, 'new-content'), { recursive: true });
    const page = join(work, 'new-content', 'pages', 'how-peer-support-workers-work.mdx');
    writeFileSync(page, `${readFileSync(page, 'utf8')}\n\n${SENTENCE.replace('help others', 'help others, in a sentence added by the new deploy')}\n`);
    await build(join(work, 'old-content'), join(work, 'old'));
    await build(join(work, 'new-content'), join(work, 'new-dist'));
  });

  test.afterAll(() => {
    server?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('takes over on the next navigation, with no request for an old file failing', async ({ page, consoleErrors, failedResponses }) => {
    const site = `http://127.0.0.1:${PORT}`;
    await serve(join(work, 'old'));
    await page.goto(`${site}/how-peer-support-workers-work/`);
    await waitForOfflineCopy(page);
    const oldWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(oldWorker).toBe(`${site}/sw.js`);

    await serve(join(work, 'new-dist'));
    // The page still open from the old deploy can search: its index files, gone
    // from the server now, come from the old deploy's saved copy.
    await page.locator('#search-field').click();
    await page.locator('#search-field').pressSequentially('crisis', { delay: 20 });
    await expect(page.locator('#search-suggestions [role="option"]').first()).toContainText('Help in a crisis');

    // Pages come from the network first, so the first navigation shows the new content.
    await page.goto(`${site}/how-peer-support-workers-work/`);
    await expect(page.locator('main')).toContainText('in a sentence added by the new deploy');

    // That navigation made the browser fetch the new worker, which installs in
    // the background and waits while the old deploy's files may be in use...
    const workers = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { installing: Boolean(registration?.installing), waiting: Boolean(registration?.waiting) };
      });
    await expect.poll(workers, { timeout: 30_000 }).toEqual({ installing: false, waiting: true });
    // ...and takes over on the next navigation.
    await page.goto(`${site}/help-in-a-crisis/`);
    await expect.poll(workers, { timeout: 10_000 }).toEqual({ installing: false, waiting: false });

    // Offline now, the saved pages are the new deploy's, with their own styles and search.
    await page.context().setOffline(true);
    await page.goto(`${site}/how-peer-support-workers-work/`);
    await expect(page.locator('main')).toContainText('in a sentence added by the new deploy');
    const styled = await page.evaluate(() => getComputedStyle(document.querySelector('header')!).backgroundColor);
    expect(styled).toBe('rgb(0, 94, 184)');
    await page.goto(`${site}/search/?q=deploy`);
    await expect(page.locator('.app-search-results h2 a').first()).toHaveText('How peer support workers work');

    // One deploy's files in the cache: the old deploy's are gone.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    const newWorker = readFileSync(join(work, 'new-dist', 'sw.js'), 'utf8');
    expect(cached.length).toBeGreaterThan(20);
    expect(cached.filter((url) => !newWorker.includes(`"${new URL(url).pathname}"`))).toEqual([]);

    expect(failedResponses).toEqual([]);
    expect(consoleErrors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});
