/**
 * Keystatic's preview link for a page (previewUrl in keystatic.config.tsx):
 * in `npm run edit` it opens the page on the local preview, by way of
 * /editor/preview/, which maps the entry's slug to the page's address.
 */
import { test, expect, openEntry } from './editor.ts';

test("a page's preview link in the editor opens its local preview", async ({ editor }) => {
  await openEntry(editor, 'pages', 'feedback/thank-you');
  // Keystatic shows it among the entry's actions (a link with the role of a button).
  const item = editor.getByRole('button', { name: 'Preview', exact: true });
  await expect(item).toBeVisible();
  const [preview] = await Promise.all([editor.context().waitForEvent('page'), item.click()]);
  await preview.waitForLoadState();
  expect(new URL(preview.url()).pathname).toBe('/feedback/thank-you/');
  await expect(preview.getByRole('heading', { level: 1 })).toBeVisible();
});
