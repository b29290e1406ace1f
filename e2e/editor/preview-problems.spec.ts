/**
 * The problems panel on a page's preview in `npm run edit`: a style mistake
 * saved in the editor shows at the top of the page with its sentence quoted;
 * a field the build would refuse shows the error (file, field as the editor
 * labels it, what to do) instead of the last version of the page; the panel
 * has no serious or critical accessibility problem.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, openEntry, save, typeNewLine } from './editor.ts';

const FILE = 'content/pages/video-consultations.mdx';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test('a style mistake and an invalid field show in the page preview', async ({ editor }) => {
  await openEntry(editor, 'pages', 'video-consultations');
  await typeNewLine(editor, 'You can join the call e.g. from home.');
  await save(editor);

  // The preview in a tab of its own, as the editor's preview link opens it.
  const preview = await editor.context().newPage();
  await preview.goto('/video-consultations/');
  const panel = preview.locator('[data-editor-problems="panel"]');
  await expect(panel.getByRole('heading', { name: /style message/ })).toBeVisible();
  await expect(panel.locator('q', { hasText: 'You can join the call e.g. from home.' })).toBeVisible();
  await expect(panel).toContainText('instead of "e.g."');
  // The page itself is still shown under the panel.
  await expect(preview.getByRole('heading', { level: 1, name: 'Video consultations' })).toBeVisible();
  const { violations } = await new AxeBuilder({ page: preview }).include('[data-editor-problems="panel"]').withTags(TAGS).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // A description the build refuses, as a change made outside the editor would leave it.
  const text = readFileSync(FILE, 'utf8');
  writeFileSync(FILE, text.replace(/^description:[\s\S]*?(?=^parent:)/m, 'description: Too short.\n'));
  await preview.waitForTimeout(1500);
  await preview.goto('/video-consultations/');
  const errors = preview.locator('[data-editor-problems="errors"]');
  await expect(errors.getByRole('alert')).toContainText(FILE);
  await expect(errors).toContainText('"Description"');
  await expect(errors).toContainText('The description is under 50 characters');
  await expect(errors.getByRole('link', { name: `Edit ${FILE}` })).toHaveAttribute('href', '/keystatic/collection/pages/item/video-consultations');
  // Not the last version that built: the page's own text is gone.
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(`Problems in ${FILE}`);
  await expect(preview.getByText('Some of our services offer video consultations')).toHaveCount(0);
  const again = await new AxeBuilder({ page: preview }).include('main').withTags(TAGS).analyze();
  expect(again.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
