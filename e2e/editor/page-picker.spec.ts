/**
 * The editor's page pickers list pages by title (with the titles of the
 * pages above them), never by file name, and save the file name, so content
 * files and the schema are unchanged.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { frontmatterBlock } from '../../src/lib/frontmatter.ts';
import { pageLabels } from '../../src/lib/page-labels.ts';
import { readLabelledPages } from '../../src/integrations/editor-page-labels.ts';
import { test, expect, openEntry, save } from './editor.ts';

const labels = pageLabels(readLabelledPages('content'));

test('the parent picker lists every page by title and saves the chosen page\'s file name', async ({ editor }) => {
  const file = 'content/pages/feedback/thank-you.mdx';
  await openEntry(editor, 'pages', 'feedback/thank-you');
  // The current parent (feedback) shows as its title.
  await expect(editor.getByRole('combobox', { name: 'Parent page' })).toHaveValue('Rate this page or report a problem');
  await editor.getByRole('button', { name: 'Show suggestions Parent page' }).click();
  const listbox = editor.getByRole('listbox');
  await expect(listbox.getByRole('option').first()).toBeVisible();
  const shown = await listbox.getByRole('option').allTextContents();
  expect(shown).toEqual(Object.values(labels).sort((a, b) => a.localeCompare(b)));
  expect(shown).toContain('Rate this page or report a problem › Thank you for your feedback');
  expect(shown).not.toContain('help-in-a-crisis');
  await listbox.getByRole('option', { name: 'Help in a crisis', exact: true }).click();
  await save(editor);
  const saved = parse(frontmatterBlock(readFileSync(file, 'utf8'))!) as { parent?: string };
  expect(saved.parent).toBe('help-in-a-crisis');
});

test('a page added while the editor runs is listed by its title on the editor\'s next load', async ({ editor }) => {
  // A title no earlier run used, so labels the server kept from before cannot pass the test.
  const title = `Groups near you ${Date.now()}`;
  // The editor loaded first, so the labels were read before the page existed.
  await openEntry(editor, 'pages', 'feedback/thank-you');
  // As a save in the editor, or a change in the files, would add it (content/ is put back after the test).
  writeFileSync(
    'content/pages/groups-near-you.mdx',
    readFileSync('content/pages/video-consultations.mdx', 'utf8').replace(/^title: .*$/m, `title: ${title}`),
  );
  await editor.waitForTimeout(1500);
  await openEntry(editor, 'pages', 'feedback/thank-you');
  await editor.getByRole('button', { name: 'Show suggestions Parent page' }).click();
  await expect(editor.getByRole('listbox').getByRole('option', { name: title, exact: true })).toBeVisible();
  await expect(editor.getByRole('listbox').getByRole('option', { name: 'groups-near-you', exact: true })).toHaveCount(0);
});

test('"Link to a page" links selected text to a page chosen by title, saved as <PageLink page="…">', async ({ editor }) => {
  const file = 'content/pages/video-consultations.mdx';
  await openEntry(editor, 'pages', 'video-consultations');
  // A new last paragraph: "Read the crisis page."
  await editor.locator('.ProseMirror').click();
  await editor.keyboard.press('Control+End');
  await editor.keyboard.press('Enter');
  await editor.keyboard.type('Read the crisis page.', { delay: 60 });
  // Select "the crisis page", before the full stop.
  await editor.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'the crisis page'.length; i++) await editor.keyboard.press('Shift+ArrowLeft');
  await editor.getByRole('toolbar', { name: 'Formatting options' }).getByRole('checkbox', { name: 'Link to a page', exact: true }).click();
  // The text is now a link to a page with none chosen yet; in it, the link's pop-up has Edit.
  await editor.locator('.ProseMirror a', { hasText: 'the crisis page' }).click();
  // Keystatic's pop-up for the link: two buttons with no names (Keystatic 0.6.9), Edit then Remove.
  await editor.getByRole('dialog').getByRole('button').first().click();
  const dialog = editor.getByRole('dialog', { name: 'Edit Link to a page' });
  await dialog.getByRole('button', { name: 'Show suggestions Page' }).click();
  const listbox = editor.getByRole('listbox');
  expect(await listbox.getByRole('option').allTextContents()).toEqual(Object.values(labels).sort((a, b) => a.localeCompare(b)));
  await listbox.getByRole('option', { name: 'Help in a crisis', exact: true }).click();
  await expect(dialog.getByRole('combobox', { name: 'Page' })).toHaveValue('Help in a crisis');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await save(editor);
  expect(readFileSync(file, 'utf8')).toContain('Read <PageLink page="help-in-a-crisis">the crisis page</PageLink>.');
  // The page shows a plain link to the page's address.
  const html = await (await editor.request.get('/video-consultations/')).text();
  expect(html).toContain('Read <a href="/help-in-a-crisis/">the crisis page</a>.');
});
