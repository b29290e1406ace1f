/**
 * A trust may host the section under a sub-path such as /peer-support/.
 * Build the site with BASE_PATH, serve it there, and check that links,
 * styles and search all follow the base path.
 */
import { buildSite } from './support/build-site.ts';
import { serveSite, specPort, type RunningSite } from './support/serve-site.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/fixtures.ts';

const PORT = specPort(10);
const BASE = '/peer-support/';
let server: RunningSite | undefined;
let work: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  work = mkdtempSync(join(tmpdir(), 'base-path-'));
  const build = await buildSite({ BASE_PATH: BASE, OUT_DIR: join(work, 'dist'), ASTRO_CACHE_DIR: join(work, 'cache') });
  if (!build.ok) throw new Error(`Build with BASE_PATH failed:\n${build.output}`);
  server = await serveSite(join(work, 'dist'), PORT, BASE);
});

test.afterAll(() => {
  server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('pages, links, styles and search work under a sub-path', async ({ page, consoleErrors, failedResponses }) => {
  await page.goto(`http://127.0.0.1:${PORT}${BASE}`);
  await expect(page.locator('h1')).toHaveText('Peer support');
  await expect(page.locator('.app-crisis-bar a')).toHaveAttribute('href', `${BASE}help-in-a-crisis/`);
  // Links written from the site root in content follow the base path.
  await page.locator('.nhsuk-action-link').click();
  await expect(page).toHaveURL(`http://127.0.0.1:${PORT}${BASE}help-in-a-crisis/`);

  await page.locator('#search-field').click();
  await page.locator('#search-field').pressSequentially('training', { delay: 20 });
  await expect(page.locator('#search-suggestions [role="option"]').first()).toContainText('Train to be a peer support worker');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`http://127.0.0.1:${PORT}${BASE}train-to-be-a-peer-support-worker/`);

  await page.goto(`http://127.0.0.1:${PORT}${BASE}search/?q=crisis`);
  await expect(page.locator('.app-search-results h2 a').first()).toHaveAttribute('href', new RegExp(`^${BASE}`));
  expect(failedResponses).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
