/**
 * Saving in the editor: Astro's dev server reloads open pages after content
 * changes. The editor page must not reload (a reload that lands before the
 * save's answer loses the save from view, and any other unsaved change);
 * an open preview of the page must still refresh itself with the change.
 */
import { test, expect, openEntry, save } from './editor.ts';

test('a save leaves the editor page in place, and an open preview refreshes with the change', async ({ editor }) => {
  await openEntry(editor, 'pages', 'video-consultations');
  const preview = await editor.context().newPage();
  await preview.goto('/video-consultations/');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Video consultations');
  await editor.evaluate(() => Object.assign(window, { pageBeforeSave: true }));

  await editor.getByRole('textbox', { name: 'Title' }).fill('Video appointments');
  const refreshed = preview.waitForEvent('load', { timeout: 60_000 });
  await save(editor);
  await refreshed;
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Video appointments');
  // The reload reached every open page at the same moment; the editor's page is the one it was.
  expect(await editor.evaluate(() => 'pageBeforeSave' in window)).toBe(true);
  await expect(editor.getByRole('textbox', { name: 'Title' })).toHaveValue('Video appointments');
});
