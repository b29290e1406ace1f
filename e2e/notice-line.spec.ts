/**
 * The notice line under the header: one line on a desktop; on a 320 px phone
 * a long title may wrap to a second line (as docs/developers.md says), lined up after
 * the "Notice" label, never more.
 */
import { test, expect } from './support/fixtures.ts';

/** The lines the notice's link takes: the left edge and top of each. */
async function linkLines(page: import('@playwright/test').Page) {
  const item = page.locator('.app-notice-line__item').first();
  await expect(item).toBeVisible();
  return item.evaluate((p) => {
    const link = p.querySelector('a')!;
    const label = p.querySelector('.app-notice-line__label')!.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(link);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
    const tops = [...new Set(rects.map((rect) => Math.round(rect.top)))];
    const lefts = tops.map((top) => Math.min(...rects.filter((rect) => Math.round(rect.top) === top).map((rect) => rect.left)));
    return { lines: tops.length, lefts, labelRight: label.right };
  });
}

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 568 } });
  test('the notice takes at most two lines, lined up after its label', async ({ page }) => {
    await page.goto('/');
    const { lines, lefts, labelRight } = await linkLines(page);
    expect(lines).toBeLessThanOrEqual(2);
    for (const left of lefts) expect(left, 'each line of the title starts after the label').toBeGreaterThanOrEqual(labelRight);
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('the notice is one line', async ({ page }) => {
    await page.goto('/');
    expect((await linkLines(page)).lines).toBe(1);
  });
});
