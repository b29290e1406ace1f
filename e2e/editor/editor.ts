/**
 * Driving the local browser editor (Keystatic) in tests: a fresh browser
 * context per test with every request that would leave the machine aborted,
 * and content/ put back after each test.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { restoreSnapshot, takeSnapshot } from './content-snapshot.ts';

export const test = base.extend<{ editor: Page }>({
  editor: async ({ browser }, use) => {
    const snapshot = takeSnapshot();
    // Unsaved drafts persist in browser storage, so every test starts in a new context.
    const context = await browser.newContext();
    await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
    const page = await context.newPage();
    try {
      await use(page);
    } finally {
      await context.close();
      restoreSnapshot(snapshot);
    }
  },
});

export { expect };

/**
 * The one Content Security Policy violation the editor is allowed: Keystatic
 * 0.6.9 hard-codes a Google Fonts stylesheet, which the editor's policy blocks
 * (no third party), so its font falls back to the system's.
 */
export const GOOGLE_FONTS_BLOCKED = /^Loading the stylesheet 'https:\/\/fonts\.googleapis\.com\/[^']*' violates .* The action has been blocked\.$/;

/** Opens an entry and waits until its form has loaded. */
export async function openEntry(page: Page, collection: string, slug: string): Promise<void> {
  await page.goto(`/keystatic/collection/${collection}/item/${encodeURIComponent(slug)}`);
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: collection === 'contacts' ? 'Name' : 'Title' })).not.toHaveValue('');
  // The editor is ready for typing a moment after its fields appear.
  await page.waitForTimeout(1500);
}

/** Clicks Save and waits for the editor to write the files. */
export async function save(page: Page, button = 'Save'): Promise<void> {
  // A minute, not the test's three: if the save never reaches the server, say so here.
  const written = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/api/keystatic/update'), { timeout: 60_000 });
  await page.getByRole('button', { name: button, exact: true }).click();
  expect((await written).ok()).toBe(true);
  // Let the dev server take the change into its content store before the test reads on.
  await page.waitForTimeout(1500);
}

/** Every POST the editor makes from now on, to prove nothing was written. */
export function watchWrites(page: Page): string[] {
  const writes: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') writes.push(request.url());
  });
  return writes;
}

/** Types into the rich-text body at the end of its last paragraph, on a new line. */
export async function typeNewLine(page: Page, text: string): Promise<void> {
  await page.locator('.ProseMirror > p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text, { delay: 60 });
}
