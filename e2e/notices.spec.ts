/**
 * A notice shows from its first day to the end of its last day. The build
 * leaves out a notice that has ended; a page built (or saved for offline
 * reading) while it was current stops showing it in the browser once its
 * last day has passed, with no rebuild.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './support/build-site.ts';
import { serveSite, specPort, type RunningSite } from './support/serve-site.ts';
import { test, expect } from './support/fixtures.ts';

const PORT = specPort(40);
let work: string;
let server: RunningSite | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  work = mkdtempSync(join(tmpdir(), 'notices-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  const notice = join(content, 'notices', 'service-changes-and-visiting.mdx');
  writeFileSync(notice, readFileSync(notice, 'utf8').replace(/^from: .*$/m, 'from: 2026-11-24\nuntil: 2026-12-31'));
  // Built on a day the notice is current.
  const build = await buildSite({ CONTENT_DIR: content, OUT_DIR: join(work, 'dist'), ASTRO_CACHE_DIR: join(work, 'cache'), BUILD_DATE: '2026-12-01' });
  if (!build.ok) throw new Error(`Build failed:\n${build.output}`);
  server = await serveSite(join(work, 'dist'), PORT);
});

test.afterAll(() => {
  server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('shows on its last day', async ({ page }) => {
  await page.clock.install({ time: new Date(2026, 11, 31, 23, 0) });
  await page.goto(`${server!.origin}/video-consultations/`);
  await expect(page.getByRole('complementary', { name: 'Service notices' }).getByRole('link')).toHaveText('COVID-19: service changes and visiting');
});

test('stops showing in the browser after its last day, with no rebuild', async ({ page }) => {
  await page.clock.install({ time: new Date(2027, 0, 1, 0, 30) });
  await page.goto(`${server!.origin}/video-consultations/`);
  await expect(page.locator('h1')).toContainText('Video consultations');
  await expect(page.locator('.app-notice-line')).toHaveCount(0);
});
