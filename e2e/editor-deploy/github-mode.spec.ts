/**
 * The deployed editor in GitHub mode (the Netlify build of
 * playwright.editor-deploy.config.ts), signed in, with GitHub answered by a
 * stub (github-stub.ts): for a private and for a public repository it lists
 * the pages and opens one, under the editor's own Content Security Policy;
 * its parent picker lists the branch's pages by title.
 */
import { test, expect } from '@playwright/test';
import { GITHUB_MODE_ENV } from '../../playwright.editor-deploy.config.ts';
import { GOOGLE_FONTS_BLOCKED } from '../editor/editor.ts';
import { stubGitHub } from './github-stub.ts';

for (const isPrivate of [true, false]) {
  test(`a ${isPrivate ? 'private' : 'public'} repository: the pages are listed and one opens, with no policy violation`, async ({ context, page, baseURL }) => {
    const stub = await stubGitHub(context, { repo: GITHUB_MODE_ENV.PUBLIC_KEYSTATIC_GITHUB_REPO, isPrivate });
    // Signed in: the cookie Keystatic's GitHub callback sets (the token itself only ever goes to GitHub, here the stub).
    await context.addCookies([{ name: 'keystatic-gh-access-token', value: 'test-access-token', url: baseURL! }]);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text()) && !GOOGLE_FONTS_BLOCKED.test(message.text())) violations.push(message.text());
    });

    await page.goto('/keystatic/branch/main/collection/pages');
    const pages = page.getByRole('grid', { name: 'Pages' });
    await expect(pages.getByRole('row', { name: 'help-in-a-crisis Help in a crisis' })).toBeVisible();
    await expect(pages.getByRole('row', { name: /^video-consultations / })).toBeVisible();
    await pages.getByRole('row', { name: 'help-in-a-crisis Help in a crisis' }).click();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Help in a crisis');
    await expect(page.getByText('Call 111 and choose the mental health option if:')).toBeVisible();
    // The parent picker lists the branch's pages by title (the labels built into the editor).
    await expect(page.getByRole('combobox', { name: 'Parent page' })).toHaveValue('Peer support');
    await page.getByRole('button', { name: 'Show suggestions Parent page' }).click();
    await expect(page.getByRole('listbox').getByRole('option', { name: 'Rate this page or report a problem › Thank you for your feedback' })).toBeVisible();
    await page.keyboard.press('Escape');

    expect(stub.calls).toContain('graphql GitHubAppShell');
    // Where Keystatic reads the file from depends on whether the repository is public.
    const read = isPrivate ? /^GET \/repos\/test-owner\/test-repo\/git\/blobs\// : /^GET raw \/test-owner\/test-repo\/[0-9a-f]{40}\/content\/pages\/help-in-a-crisis\.mdx$/;
    expect(stub.calls.filter((call) => read.test(call)).length, stub.calls.join('\n')).toBeGreaterThan(0);
    expect(stub.unknown).toEqual([]);
    expect(violations).toEqual([]);
  });
}
