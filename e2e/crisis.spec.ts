/**
 * The reader in crisis comes first. On a 320 x 568 phone, the smallest in
 * common use: every page shows its heading and a way to crisis help on the
 * first screen; "Help in a crisis" has a 999 link there (phone-links.spec.ts
 * checks every number's 44 x 44 pixel tap target); and the crisis page gives its
 * help in order: emergency, NHS 111's mental health option, Samaritans, Shout.
 */
import { test, expect } from './support/fixtures.ts';
import { builtPages } from './support/site.ts';

const SCREEN = { width: 320, height: 568 };
test.use({ viewport: SCREEN, hasTouch: true });

/** Where an element is on the page, in CSS pixels from the top, with the page scrolled to the top. */
async function box(page: import('@playwright/test').Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on the page`);
  return found;
}

for (const path of builtPages()) {
  test(`${path}: the heading and crisis help are on the first screen`, async ({ page }) => {
    await page.goto(path);
    const heading = await box(page, 'h1');
    expect(heading.y + heading.height, 'the h1 ends inside the first screen').toBeLessThanOrEqual(SCREEN.height);
    const crisis = await box(page, '.app-crisis-bar a');
    expect(crisis.y + crisis.height).toBeLessThanOrEqual(SCREEN.height);

  });
}

test('"Help in a crisis": 999 is on the first screen, in the crisis bar and the first care card', async ({ page }) => {
  await page.goto('/help-in-a-crisis/');
  const bar = page.locator('.app-crisis-bar a');
  await expect(bar).toHaveAttribute('href', 'tel:999');
  const barBox = (await bar.boundingBox())!;
  expect(barBox.y + barBox.height).toBeLessThanOrEqual(SCREEN.height);
  // No notice comes between the reader and the emergency card.
  await expect(page.locator('.app-notice-line')).toHaveCount(0);

  const content = page.locator('main .app-content');
  const first = content.locator('> *').first();
  await expect(first).toHaveClass(/nhsuk-card--care--emergency/);
  await expect(first.locator('a[href="tel:999"]')).toHaveText('Call 999');
});

test('"Help in a crisis": 999 and the h1 on the first screen, NHS 111, Samaritans and Shout within two screens', async ({ page }) => {
  await page.goto('/help-in-a-crisis/');
  // Where each route first starts on the page, in CSS pixels from the top.
  const tops = await page.evaluate(() =>
    Object.fromEntries(
      ['tel:999', 'tel:111', 'tel:116123', 'sms:85258'].map((href) => {
        const link = [...document.querySelectorAll(`a[href="${href}"]`)].find((a) => a.getClientRects().length > 0);
        return [href, link ? link.getBoundingClientRect().top + window.scrollY : Infinity];
      }),
    ),
  );
  console.log(`Crisis page routes at 320 x 568, top in px: ${JSON.stringify(tops)}`);
  const call999 = (await page.locator('a[href="tel:999"]').first().boundingBox())!;
  expect(call999.y + call999.height, 'the first 999 link ends on the first screen').toBeLessThanOrEqual(SCREEN.height);
  const heading = (await page.locator('h1').boundingBox())!;
  expect(heading.y + heading.height, 'the h1 ends on the first screen').toBeLessThanOrEqual(SCREEN.height);
  for (const href of ['tel:111', 'tel:116123', 'sms:85258']) {
    expect(tops[href], `${href} starts within two screens`).toBeLessThanOrEqual(2 * SCREEN.height);
  }
});

for (const reading of ['offline', 'a saved copy on a slow connection'] as const) {
  test(`"Help in a crisis", ${reading}: the notice keeps the emergency card on the first screen and its distance from the h1`, async ({ page, context }) => {
    if (reading === 'a saved copy on a slow connection') {
      // The service worker marks a saved copy it serves this way; its notice is the longest.
      await page.route('**/help-in-a-crisis/', async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace('<html', '<html data-saved-copy="2026-12-01T10:00:00Z"');
        await route.fulfill({ response, body });
      });
    }
    await page.goto('/help-in-a-crisis/');
    if (reading === 'offline') await context.setOffline(true);
    const notice = page.locator('#offline-notice');
    await expect(notice).not.toBeEmpty();
    const noticeBox = (await notice.boundingBox())!;
    const heading = (await page.locator('h1').boundingBox())!;
    expect(heading.y - (noticeBox.y + noticeBox.height), 'space between the notice and the h1').toBeGreaterThanOrEqual(24);
    const card = (await page.locator('main .nhsuk-card--care--emergency .nhsuk-card__heading').boundingBox())!;
    expect(card.y + card.height, '"Call 999 or go to A&E now if:" ends on the first screen').toBeLessThanOrEqual(SCREEN.height);
    const call999 = (await page.locator('a[href="tel:999"]').first().boundingBox())!;
    expect(call999.y + call999.height).toBeLessThanOrEqual(SCREEN.height);
  });
}

test('"Help in a crisis" gives 999, then NHS 111\'s mental health option, then Samaritans and Shout, each a link', async ({ page }) => {
  await page.goto('/help-in-a-crisis/');
  const content = page.locator('main .app-content');
  const order = await content.locator('a[href^="tel:"], a[href^="sms:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const firstOf = (href: string) => order.indexOf(href);
  expect(firstOf('tel:999')).toBe(0);
  expect(firstOf('tel:111')).toBeGreaterThan(firstOf('tel:999'));
  expect(firstOf('tel:116123')).toBeGreaterThan(firstOf('tel:111'));
  expect(firstOf('sms:85258')).toBeGreaterThan(firstOf('tel:116123'));
  const text = (await content.innerText()).replace(/\s+/g, ' ');
  expect(text).toContain('choose the mental health option');
  expect(text).toContain('24 hours a day, 7 days a week');
  // The source's "contact our crisis team" comes with the way to reach urgent help.
  expect(text).toMatch(/Our crisis team [^.]*\. To get urgent NHS mental health help, call 111 and choose the mental health option\./);
});

test('no sentence on a help page names help without a way to reach it', async ({ page }) => {
  for (const path of ['/help-in-a-crisis/', '/notices/service-changes-and-visiting/', '/offline/']) {
    await page.goto(path);
    const sentences = await page.locator('main p:visible, main li:visible').evaluateAll((elements) =>
      elements.map((element) => ({ text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(), links: element.querySelectorAll('a').length })),
    );
    for (const { text, links } of sentences) {
      if (/\b(call|text|phone|contact|go to)\b.*\b(999|111|Samaritans|SHOUT|crisis team)\b/i.test(text) && !/^Only go to/.test(text)) {
        expect(links, `${path}: "${text}" has a link`).toBeGreaterThan(0);
      }
    }
  }
});

test('the offline page and the crisis bar lead to the same help', async ({ page }) => {
  await page.goto('/offline/');
  const help = page.locator('main .app-crisis-help');
  for (const href of ['tel:999', 'tel:111', 'tel:116123', 'sms:85258', '/help-in-a-crisis/']) {
    await expect(help.locator(`a[href="${href}"]`)).toHaveCount(1);
  }
  await expect(page.locator('.app-crisis-bar a')).toHaveAttribute('href', '/help-in-a-crisis/');
});

test.describe('printed', () => {
  test('a page prints its content with links in full, without the crisis bar, notices, search or feedback', async ({ page }) => {
    await page.goto('/how-a-peer-support-worker-can-support-you/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.app-crisis-bar', '.app-notice-line', '.nhsuk-header__search', '.app-page-feedback', '.nhsuk-pagination', '.nhsuk-contents-list', '.nhsuk-breadcrumb']) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    await expect(page.locator('h1')).toBeVisible();
    // The site's public address comes from the build (SITE_URL); here it is the default.
    const siteUrl = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
    const printed = (link: string) => page.locator(`main a[href="${link}"]`).first().evaluate((a) => getComputedStyle(a, '::after').content);
    await page.goto('/help-in-a-crisis/');
    await page.emulateMedia({ media: 'print' });
    expect(await printed('https://111.nhs.uk')).toBe('" (Link: https://111.nhs.uk)"');
    expect(await page.locator('main a[href="tel:999"]').first().evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
    await page.goto('/notices/service-changes-and-visiting/');
    await page.emulateMedia({ media: 'print' });
    expect(await printed('/help-in-a-crisis/')).toBe(`" (Link: ${siteUrl}/help-in-a-crisis/)"`);
    await page.emulateMedia({ media: 'screen' });
    expect(await printed('/help-in-a-crisis/')).toBe('none');
  });
});
