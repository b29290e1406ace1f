/** Keyboard users reach crisis help straight after the skip link, and the skip link works. */
import { test, expect } from './support/fixtures.ts';

test('the crisis link is the next tab stop after the skip link', async ({ page }) => {
  await page.goto('/train-to-be-a-peer-support-worker/');
  await page.keyboard.press('Tab');
  await expect(page.locator('a.nhsuk-skip-link')).toBeFocused();
  await page.keyboard.press('Tab');
  const crisis = page.getByRole('link', { name: /get help in a crisis/i }).first();
  await expect(crisis).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/help-in-a-crisis\/$/);
  await expect(page.locator('h1')).toHaveText('Help in a crisis');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/contact-the-peer-development-team/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#maincontent$/);
  await expect(page.locator('#maincontent')).toBeFocused();
});

test('a guide can be read in order with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  const next = page.locator('a[rel="next"]');
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toContainText('How peer support workers work');
  await expect(page.locator('.nhsuk-contents-list [aria-current="page"]')).toHaveText('How peer support workers work');
});
