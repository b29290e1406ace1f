/**
 * Crisis queries on the smallest phone (320 x 568), online and offline after
 * one visit: for a sample of the corpus (tests/crisis-queries/corpus.json),
 * the crisis numbers come before any result, and the first result, in the
 * header's suggestions and on the results page, is "Help in a crisis",
 * linked to its top, once. Loneliness leads with Samaritans and Shout.
 * One page per part, many queries in turn, to keep it quick.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { detectCrisis } from '../src/lib/crisis-query.ts';

interface Corpus {
  distressed: { query: string; group: string }[];
  ordinary: string[];
}
const corpus = JSON.parse(readFileSync(new URL('../tests/crisis-queries/corpus.json', import.meta.url), 'utf8')) as Corpus;
/** Every sixth query: the corpus is in groups, so this samples each group. */
const SAMPLE = corpus.distressed.filter((_, i) => i % 6 === 0);
const ORDINARY_SAMPLE = corpus.ordinary.filter((_, i) => i % 10 === 0);
const CRISIS_PAGE = '/help-in-a-crisis/';

test.use({ viewport: { width: 320, height: 568 } });
// Dozens of searches in one test: on a busy 2-core machine that can take a while.
test.describe.configure({ timeout: 90_000 });

test('the sample is at least 40 queries from every group', () => {
  expect(SAMPLE.length).toBeGreaterThanOrEqual(40);
  expect(new Set(SAMPLE.map((q) => q.group)).size).toBe(new Set(corpus.distressed.map((q) => q.group)).size);
});

/** The crisis page's own heading, so a result made up when the index misses the page has its real title. */
async function crisisPageTitle(page: Page): Promise<string> {
  await page.goto(CRISIS_PAGE);
  return (await page.locator('h1').innerText()).trim();
}

/** Types each query into the header box on one page: "Help in a crisis" is the first suggestion, with the routes that fit. */
async function checkSuggestions(page: Page, title: string): Promise<void> {
  const box = page.locator('#search-field');
  const status = page.locator('#search-suggestions + [role="status"]');
  const first = page.locator('#search-suggestions [role="option"]').first();
  for (const { query } of SAMPLE) {
    await box.fill(query);
    // The status names the query, so these are this query's suggestions, not the last one's.
    await expect(status, query).toContainText(`is the first suggestion.`);
    await expect(status, query).toContainText(query);
    await expect(first.locator('.app-search-suggestions__title'), query).toHaveText(title);
    await expect(first.locator('.app-search-suggestions__section'), query).toContainText(detectCrisis(query)?.kind === 'talk' ? 'Samaritans on 116 123' : 'Call 999 or 111');
    const titles = await page.locator('#search-suggestions .app-search-suggestions__title').allInnerTexts();
    expect(titles.filter((t) => t === title), `${query}: once`).toHaveLength(1);
  }
  for (const query of ORDINARY_SAMPLE) {
    await box.fill(query);
    await expect(status, query).toContainText(query);
    await expect(status, query).not.toContainText('is the first suggestion');
  }
}

/**
 * Searches for each query from the results page's header box (which searches
 * in place): the numbers first, then "Help in a crisis" as the first result, once.
 */
async function checkResultsPages(page: Page, title: string): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(SAMPLE[0]!.query)}`);
  const box = page.locator('#search-field');
  for (const { query } of SAMPLE) {
    await box.fill(query);
    await box.press('Enter');
    await expect(page, query).toHaveURL(`/search/?${new URLSearchParams({ q: query })}`);
    await expect(page.locator('h1'), query).toHaveText(`Search results for ${query}`);
    await expect(page.locator('#search-suggestions'), query).toBeHidden();
    const callout = page.locator('#crisis-callout');
    await expect(callout, query).toBeVisible();
    await expect(page.locator('#search-status'), query).not.toHaveText('Searching…');
    const lead = detectCrisis(query)!.kind;
    // The variant that fits leads: 999 first, or Samaritans first for someone who wants to talk.
    const shown = callout.locator(`[data-lead="${lead}"]`);
    await expect(shown, query).toBeVisible();
    await expect(callout.locator(`[data-lead]:not([data-lead="${lead}"])`), query).toBeHidden();
    await expect(shown.locator('a[href^="tel:"], a[href^="sms:"]').first(), query).toHaveAttribute('href', lead === 'talk' ? 'tel:116123' : 'tel:999');
    for (const href of ['tel:999', 'tel:111', 'tel:116123', 'sms:85258']) await expect(shown.locator(`a[href="${href}"]`), `${query}: ${href}`).toBeVisible();

    const links = page.locator('.app-search-results h2 a');
    await expect(links.first(), query).toHaveText(title);
    await expect(links.first(), query).toHaveAttribute('href', CRISIS_PAGE);
    expect((await links.allInnerTexts()).filter((t) => t === title), `${query}: once`).toHaveLength(1);
    // Before any result, in the page and on the screen.
    const calloutBox = (await callout.boundingBox())!;
    expect((await page.locator('.app-search-results').boundingBox())!.y, query).toBeGreaterThanOrEqual(calloutBox.y + calloutBox.height);
    expect(await callout.evaluate((c) => Boolean(c.compareDocumentPosition(document.querySelector('#search-results')!) & Node.DOCUMENT_POSITION_FOLLOWING)), query).toBe(true);
  }
  // And an ordinary query after them shows no numbers.
  await box.fill(ORDINARY_SAMPLE[0]!);
  await box.press('Enter');
  await expect(page.locator('h1')).toHaveText(`Search results for ${ORDINARY_SAMPLE[0]}`);
  await expect(page.locator('#search-status')).not.toHaveText('Searching…');
  await expect(page.locator('#crisis-callout')).toBeHidden();
  // Back returns to the last crisis query's results, numbers and all.
  await page.goBack();
  await expect(page.locator('h1')).toHaveText(`Search results for ${SAMPLE.at(-1)!.query}`);
  await expect(page.locator('#crisis-callout')).toBeVisible();
  await expect(page.locator('.app-search-results h2 a').first()).toHaveText(title);
}

test('the detector loads only when someone types in search, not with the page', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/video-consultations/');
  await page.waitForLoadState('networkidle');
  await page.locator('#search-field').focus();
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.includes('crisis-query'))).toEqual([]);
  await page.locator('#search-field').fill('help me');
  await expect.poll(() => fetched.some((p) => /\/_astro\/crisis-query\.[\w-]+\.js$/.test(p))).toBe(true);
});

test('online: every sampled crisis query puts "Help in a crisis" first in the header suggestions', async ({ page, consoleErrors }) => {
  const title = await crisisPageTitle(page);
  await page.goto('/video-consultations/');
  await checkSuggestions(page, title);
  expect(consoleErrors).toEqual([]);
});

test('online: every sampled crisis query shows the numbers, then "Help in a crisis" as the first result', async ({ page, consoleErrors }) => {
  const title = await crisisPageTitle(page);
  await checkResultsPages(page, title);
  expect(consoleErrors).toEqual([]);
});

test.describe('offline after one visit', () => {
  test.use({ serviceWorkers: 'allow' });

  test('suggestions and results still put "Help in a crisis" first', async ({ page, context, consoleErrors }) => {
    const title = await crisisPageTitle(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });
    // Only what the worker saved: the browser's own cache is emptied first.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    await context.setOffline(true);

    await page.goto('/');
    await checkSuggestions(page, title);
    await checkResultsPages(page, title);
    expect(consoleErrors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});
