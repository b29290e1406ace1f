/**
 * Site search: suggestions as you type in the header box (an accessible
 * combobox), the results page with highlighted excerpts and a section
 * filter, the A to Z fallback without JavaScript or when the index fails,
 * and hostile queries shown as text.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AXE_TAGS, test, expect } from './support/fixtures.ts';

// Each query must find its page in the top three suggestions.
const QUERIES: [query: string, title: string][] = [
  ['asylums', 'Peer support'],
  ['emotional practical support', 'How peer support workers work'],
  ['recovery goals', 'How a peer support worker can support you'],
  ['training', 'Train to be a peer support worker'],
  ['Peer Development Team', 'Contact the Peer Development Team'],
  ['crisis', 'Help in a crisis'],
  ['video consultation', 'Video consultations'],
  ['report a problem', 'Rate this page or report a problem'],
  ['accessibility', 'Accessibility statement'],
  ['cookies', 'Privacy and cookies'],
  ['visiting', 'COVID-19: service changes and visiting'],
  // Words people use that the pages do not (frontmatter keywords).
  ['PSW', 'Peer support'],
  ['A&E', 'Help in a crisis'],
  ['volunteer', 'Train to be a peer support worker'],
  ['job', 'Train to be a peer support worker'],
  ['course', 'Train to be a peer support worker'],
  ['suicidal', 'Help in a crisis'],
];

async function typeInHeaderSearch(page: Page, query: string) {
  const box = page.locator('#search-field');
  await box.click();
  await box.pressSequentially(query, { delay: 20 });
  await expect(page.locator('#search-suggestions')).toBeVisible();
  return box;
}

const suggestionTitles = (page: Page) => page.locator('#search-suggestions [role="option"] .app-search-suggestions__title').allInnerTexts();

for (const [query, title] of QUERIES) {
  test(`"${query}" suggests "${title}" in the top three`, async ({ page, consoleErrors }) => {
    await page.goto('/video-consultations/');
    await typeInHeaderSearch(page, query);
    await expect(page.locator('#search-field')).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(async () => (await suggestionTitles(page)).slice(0, 3)).toContain(title);
    expect(consoleErrors).toEqual([]);
  });
}

test('pages that are not for landing on are not suggested', async ({ page }) => {
  await page.goto('/');
  await typeInHeaderSearch(page, 'thank you for your feedback');
  await expect.poll(() => suggestionTitles(page)).not.toContain('Thank you for your feedback');
  await expect.poll(() => suggestionTitles(page)).not.toContain('A to Z of pages');
});

test('Pagefind loads only when the search box is focused', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/help-in-a-crisis/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await page.locator('#search-field').focus();
  await expect.poll(() => fetched.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
});

test('suggestions work by keyboard: arrows, Enter, Escape, and the count is announced', async ({ page }) => {
  await page.goto('/');
  const box = await typeInHeaderSearch(page, 'crisis');
  await expect(page.locator('#search-suggestions + [role="status"]')).toContainText(/\d+ results? for crisis/);
  await page.keyboard.press('ArrowDown');
  const first = page.locator('#search-suggestions [role="option"]').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#search-suggestions')).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#search-suggestions')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const title = await first.locator('.app-search-suggestions__title').innerText();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toContainText(title);
});

test('Enter with no suggestion chosen opens the full results page', async ({ page }) => {
  await page.goto('/');
  await typeInHeaderSearch(page, 'recovery');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=recovery$/);
  await expect(page.locator('h1')).toHaveText('Search results for recovery');
  const results = page.locator('.app-search-results > li');
  await expect(results.first()).toBeVisible();
  // Each result has a title link, its section and an excerpt with the words highlighted.
  await expect(results.first().locator('h2 a')).toHaveAttribute('href', /^\//);
  await expect(results.first().locator('.app-search-results__section')).not.toBeEmpty();
  await expect(page.locator('.app-search-results mark').first()).toHaveText(/recovery/i);
  await expect(page.locator('#search-a-to-z')).toBeHidden();
});

test('the results page filters by section', async ({ page }) => {
  await page.goto('/search/?q=PSW');
  const titles = page.locator('.app-search-results h2');
  await expect(titles.first()).toBeVisible();
  const all = await titles.count();
  await page.getByLabel(/^Help and contact \(\d+\)$/).check();
  await page.getByRole('button', { name: 'Apply filter' }).click();
  await expect(page).toHaveURL(/section=Help\+and\+contact/);
  await expect(page.locator('#search-status')).toContainText('in Help and contact');
  await expect.poll(() => titles.count()).toBeLessThan(all);
  for (const section of await page.locator('.app-search-results__section').allInnerTexts()) {
    expect(section).toMatch(/^Help and contact/);
  }
  await expect(titles).toContainText(['Contact the Peer Development Team']);
});

test('the results page with results showing has no axe violations', async ({ page }) => {
  await page.goto('/search/?q=peer+support');
  await expect(page.locator('.app-search-results > li').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('open suggestions have no axe violations', async ({ page }) => {
  await page.goto('/');
  await typeInHeaderSearch(page, 'support');
  await page.keyboard.press('ArrowDown');
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

const HOSTILE = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "'; alert(1); //"];

for (const query of HOSTILE) {
  test(`a hostile query is shown as text: ${query}`, async ({ page }) => {
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('h1')).toHaveText(`Search results for ${query}`);
    await expect(page.locator('#search-field')).toHaveValue(query);
    await expect(page.locator('main img')).toHaveCount(0);
    // Only the site's own bundled scripts: nothing from the query.
    await expect(page.locator('main script:not([type="module"])')).toHaveCount(0);
    for (const script of await page.locator('main script').allTextContents()) expect(script).not.toContain('alert');
    // And typed into the header box.
    await typeInHeaderSearch(page, '').catch(() => undefined);
    await page.locator('#search-field').fill(query);
    await page.waitForTimeout(300);
    expect(dialog).toBe(false);
  });
}

test('a 2,000-character query is trimmed, not an error', async ({ page, consoleErrors }) => {
  const long = 'support '.repeat(250);
  await page.goto(`/search/?q=${encodeURIComponent(long)}`);
  const heading = await page.locator('h1').innerText();
  expect(heading.length).toBeLessThanOrEqual('Search results for '.length + 200);
  await expect(page.locator('#search-status')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('if the index cannot load, a clear message and the A to Z are shown', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/search/?q=crisis');
  await expect(page.locator('#search-status')).toHaveText(/Search is not working right now/);
  await expect(page.locator('#search-a-to-z')).toBeVisible();
  await expect(page.locator('#search-a-to-z a', { hasText: 'Help in a crisis' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form opens the results page, which lists every page A to Z', async ({ page }) => {
    await page.goto('/how-peer-support-workers-work/');
    await page.locator('#search-field').fill('crisis');
    await page.locator('#search-field').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=crisis$/);
    const aToZ = page.locator('#search-a-to-z');
    await expect(aToZ).toBeVisible();
    for (const title of ['Help in a crisis', 'Train to be a peer support worker', 'Contact the Peer Development Team', 'COVID-19: service changes and visiting']) {
      await expect(aToZ.getByRole('link', { name: title })).toBeVisible();
    }
    // A static page cannot read the address without JavaScript, so it says plainly why there are no
    // results, in <noscript>. (Playwright turns scripts off without turning the parser's scripting
    // flag off, so it never renders <noscript>: check the markup a browser without JavaScript shows.)
    expect(await page.locator('#search-results noscript').innerHTML()).toContain('Search needs JavaScript, which is turned off or not available in your browser.');
  });
});

test.describe('a query about a crisis', () => {
  // From the issue, the words people use when distressed, and typing mistakes (the full list is unit-tested).
  const CRISIS = ['crisis', 'crisis phone', 'crisis number', 'crisis team phone number', 'suicidal', 'kill myself', 'self harm', 'overdoes', 'want to die'];

  for (const query of CRISIS) {
    test(`"${query}" puts the crisis numbers above the results, and "Help in a crisis" first`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const callout = page.locator('#crisis-callout');
      await expect(callout).toBeVisible();
      // The callout holds a variant for each kind of query (CrisisHelp's "lead"); one shows.
      await expect(callout.locator('a[href="tel:999"]:visible')).toBeVisible();
      await expect(callout.locator('a[href="tel:111"]:visible')).toBeVisible();
      await expect(page.locator('#search-status')).not.toHaveText('Searching…');
      const results = page.locator('.app-search-results');
      const calloutBox = (await callout.boundingBox())!;
      expect((await results.boundingBox())!.y).toBeGreaterThan(calloutBox.y + calloutBox.height);
      // "Help in a crisis" comes first, whatever the index returned, and opens at the page's top, where the emergency card is.
      await expect(results.locator('h2 a').first()).toHaveText('Help in a crisis');
      await expect(results.locator('h2 a').first()).toHaveAttribute('href', '/help-in-a-crisis/');

      await page.locator('#search-field').fill('');
      await typeInHeaderSearch(page, query);
      await expect.poll(async () => (await suggestionTitles(page))[0]).toBe('Help in a crisis');
    });
  }

  test('an ordinary query shows no crisis callout', async ({ page }) => {
    await page.goto('/search/?q=training');
    await expect(page.locator('.app-search-results > li').first()).toBeVisible();
    await expect(page.locator('#crisis-callout')).toBeHidden();
  });

  test('the numbers show even when the search index cannot load', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto('/search/?q=suicidal');
    await expect(page.locator('#crisis-callout a[href="tel:999"]:visible')).toBeVisible();
    await expect(page.locator('#search-status')).toHaveText(/Search is not working right now/);
    await expect(page.locator('.app-search-results h2 a')).toHaveText(['Help in a crisis']);
    await page.locator('#search-field').fill('');
    await typeInHeaderSearch(page, 'kill myself');
    await expect.poll(async () => (await suggestionTitles(page))[0]).toBe('Help in a crisis');
  });

  test('"crisis team", "phone" and "number" do not rank the Peer Development Team above "Help in a crisis"', async ({ page }) => {
    for (const query of ['crisis team phone number', 'crisis phone', 'crisis number']) {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('.app-search-results > li').first()).toBeVisible();
      const titles = await page.locator('.app-search-results h2 a').allInnerTexts();
      const crisis = titles.indexOf('Help in a crisis');
      expect(crisis, query).toBeGreaterThanOrEqual(0);
      const team = titles.indexOf('Contact the Peer Development Team');
      if (team >= 0) expect(crisis, query).toBeLessThan(team);
    }
  });

  test('a query about loneliness leads with Samaritans and Shout, still with 999 and 111, and has no axe violations', async ({ page }) => {
    await page.goto('/search/?q=no+one+to+talk+to');
    const shown = page.locator('#crisis-callout [data-lead]:visible');
    await expect(shown).toHaveCount(1);
    await expect(shown.locator('h2')).toContainText('If you need to talk to someone now');
    expect(await shown.locator('li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['tel:116123', 'sms:85258', 'tel:999', 'tel:111']);
    await expect(page.locator('.app-search-results h2 a').first()).toHaveText('Help in a crisis');
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('the results page with the crisis callout has no axe violations', async ({ page }) => {
    await page.goto('/search/?q=crisis');
    await expect(page.locator('.app-search-results > li').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
