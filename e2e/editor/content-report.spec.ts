/**
 * The editor's content report (/editor/report/ in `npm run edit`): a page
 * whose review falls due within 30 days and a style mistake in the local
 * files are listed, each linking to the page's preview and its editor screen,
 * with no serious or critical accessibility problem. The editor links to it.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './editor.ts';
import { isoDay } from '../../src/lib/dates.ts';

const FILE = 'content/pages/video-consultations.mdx';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test('the content report lists a review due soon and a style mistake, linking to preview and editor', async ({ editor }) => {
  const soon = isoDay(new Date(Date.now() + 10 * 86_400_000));
  const text = readFileSync(FILE, 'utf8');
  writeFileSync(FILE, `${text.replace(/^nextReview: .*$/m, `nextReview: ${soon}`).trimEnd()}\n\nYou can join the call e.g. from home.\n`);

  await editor.goto('/editor/report/');
  await expect(editor.getByRole('heading', { level: 1, name: 'Content report' })).toBeVisible();
  const reviews = editor.locator('[data-editor-report="reviews"]');
  await expect(reviews).toContainText('(content/pages/video-consultations.mdx): this page is due a review');
  await expect(reviews.getByRole('link', { name: 'Video consultations', exact: true })).toHaveAttribute('href', '/video-consultations/');
  await expect(reviews.getByRole('link', { name: 'Edit Video consultations' })).toHaveAttribute('href', '/keystatic/collection/pages/item/video-consultations');

  const style = editor.locator('[data-editor-report="style"]');
  await expect(style.getByRole('heading', { level: 3, name: 'Video consultations' })).toBeVisible();
  await expect(style).toContainText('instead of "e.g."');

  const { violations } = await new AxeBuilder({ page: editor }).include('main').withTags(TAGS).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // The link opens the preview.
  await reviews.getByRole('link', { name: 'Video consultations', exact: true }).click();
  await expect(editor.getByRole('heading', { level: 2, name: 'Review due soon' })).toBeVisible();
});

test('the editor links to the content report beside its name', async ({ editor }) => {
  await editor.goto('/keystatic');
  const link = editor.getByRole('link', { name: 'Content report' });
  await expect(link).toBeVisible();
  const [report] = await Promise.all([editor.context().waitForEvent('page'), link.click()]);
  await report.waitForLoadState();
  expect(new URL(report.url()).pathname).toBe('/editor/report/');
  await expect(report.getByRole('heading', { level: 1, name: 'Content report' })).toBeVisible();
});
