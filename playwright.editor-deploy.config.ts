import { defineConfig } from '@playwright/test';
import { editorSuite } from './e2e/support/browser.ts';

/**
 * The editor's production deploy, as far as this machine allows: the editor
 * site built by Netlify Build with "Package directory" `editor` and served by
 * netlify-cli's local server (scripts/editor-netlify.mjs), in GitHub mode,
 * with GitHub itself answered by a stub inside the browser (e2e/editor-deploy/).
 */
const PORT = Number(process.env.EDITOR_NETLIFY_PORT ?? Number(process.env.EDITOR_PORT ?? 4331) + 2);

/** What the editor's Netlify site would have in its environment settings; made-up values, for this test only. */
export const GITHUB_MODE_ENV = {
  PUBLIC_KEYSTATIC_GITHUB_REPO: 'test-owner/test-repo',
  PUBLIC_KEYSTATIC_GITHUB_APP_SLUG: 'test-editor-app',
  KEYSTATIC_GITHUB_CLIENT_ID: 'Iv1.testclientid',
  KEYSTATIC_GITHUB_CLIENT_SECRET: 'test-client-secret',
  KEYSTATIC_SECRET: 'test-secret-at-least-thirty-two-characters-long',
  SITE_URL: `http://127.0.0.1:${PORT}`,
};

export default defineConfig({
  ...editorSuite(PORT),
  testDir: './e2e/editor-deploy',
  testMatch: /\.spec\.ts$/,
  timeout: 60_000,
  projects: [{ name: 'editor-deploy' }],
  webServer: {
    command: `node scripts/editor-netlify.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    env: GITHUB_MODE_ENV,
    // Always a fresh build: the test is that this build works.
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
  },
});
