/**
 * The parts of the editor this project adds (keystatic.config.tsx): the
 * toolbar buttons of its marks, its component previews and its component
 * dialogs. Each has a name and a visible icon, and axe finds no serious or
 * critical problem in them. Keystatic's own screens are not checked here
 * (their known defects are listed in docs/editor-deploy.md).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openEntry } from './editor.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function seriousProblems(page: Page, include: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(include).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the toolbar buttons for action links, document links and links to a page are named and show an icon', async ({ editor }) => {
  await openEntry(editor, 'pages', 'help-in-a-crisis');
  for (const name of ['Action link', 'Document link', 'Link to a page']) {
    // Keystatic's formatting toolbar makes each mark a toggle (role checkbox).
    const button = editor.getByRole('toolbar', { name: 'Formatting options' }).getByRole('checkbox', { name, exact: true });
    await expect(button).toBeVisible();
    // The icon is drawn: SVG shapes with a size, not HTML inside an <svg>, which shows nothing.
    const shape = button.locator('svg path').first();
    await expect(shape).toBeAttached();
    const box = await shape.boundingBox();
    expect(box && box.width > 4 && box.height > 4, `${name} draws its icon`).toBe(true);
  }
});

test('component previews and a component dialog have no serious or critical accessibility problem', async ({ editor }) => {
  await openEntry(editor, 'pages', 'help-in-a-crisis');
  await expect(editor.locator('[data-editor-preview]').first()).toBeVisible();
  expect(await seriousProblems(editor, '[data-editor-preview]')).toEqual([]);

  await editor.getByRole('button', { name: 'Edit' }).first().click();
  const dialog = editor.getByRole('dialog', { name: 'Edit Care card' });
  await expect(dialog).toBeVisible();
  for (const control of await dialog.getByRole('button').all()) expect(await control.getAttribute('aria-label') ?? (await control.innerText()).trim()).not.toBe('');
  expect(await seriousProblems(editor, '[role="dialog"]')).toEqual([]);
});
