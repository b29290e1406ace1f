/**
 * The editor's page pickers list pages by title (with the titles of the
 * pages above them), never by file name, and save the file name, so content
 * files and the schema are unchanged.
 */
import { readFileSync } from 'node:fs';
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
