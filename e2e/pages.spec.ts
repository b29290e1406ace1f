/**
 * Every page of the built site, at 320 px, 375 px and desktop widths:
 * one h1, breadcrumbs and review dates on content pages, no sideways
 * scrolling, no console errors, no requests to other origins, and axe
 * (WCAG 2.2 AA and best practices) reports nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS, test, expect } from './support/fixtures.ts';
import { builtPages, UTILITY_PAGES } from './support/site.ts';


for (const path of builtPages()) {
  test.describe(path, () => {
    test('renders with one h1, navigation and no errors', async ({ page, consoleErrors, baseURL }) => {
      const origins = new Set<string>();
      page.on('request', (request) => origins.add(new URL(request.url()).origin));
      const response = await page.goto(path);
      expect(response?.status()).toBe(path === '/404.html' ? 200 : 200);

      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('main#maincontent')).toHaveCount(1);
      // Crisis help one tap away: the crisis page, or on that page the 999 number itself.
      await expect(page.locator('.app-crisis-bar a')).toHaveAttribute('href', path === '/help-in-a-crisis/' ? 'tel:999' : '/help-in-a-crisis/');

      if (!UTILITY_PAGES.has(path)) {
        await expect(page.getByText(/^Page last reviewed: \d{1,2} \w+ \d{4}$/)).toBeVisible();
        await expect(page.getByText(/^Next review due: \d{1,2} \w+ \d{4}$/)).toBeVisible();
        if (path === '/') {
          await expect(page.locator('nav.nhsuk-breadcrumb')).toHaveCount(0);
        } else {
          await expect(page.locator('nav.nhsuk-breadcrumb')).toHaveCount(1);
          await expect(page.locator('nav.nhsuk-breadcrumb a').first()).toHaveAttribute('href', '/');
        }
      }

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);

      expect([...origins].filter((origin) => origin !== new URL(baseURL!).origin)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });

    test('has no axe violations (WCAG 2.2 AA and best practices)', async ({ page }) => {
      await page.goto(path);
      // Open folded content so axe checks it too.
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}

test('an unknown address answers 404 with the page-not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});
