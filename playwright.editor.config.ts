import { defineConfig } from '@playwright/test';
import { editorSuite } from './e2e/support/browser.ts';

/**
 * The browser editor's tests (e2e/editor/), against the local editor in
 * Astro's dev server (`npm run edit`), offline: every request that would
 * leave the machine is aborted. One test at a time, since each saves into
 * content/ (and puts back what it changed; global-teardown.ts checks that
 * content/ ends as it started).
 */
const PORT = Number(process.env.EDITOR_PORT ?? 4331);

export default defineConfig({
  ...editorSuite(PORT),
  testDir: './e2e/editor',
  testMatch: /\.spec\.ts$/,
  fullyParallel: false,
  timeout: 180_000,
  globalSetup: './e2e/editor/global-setup.ts',
  globalTeardown: './e2e/editor/global-teardown.ts',
  projects: [{ name: 'editor' }],
  webServer: {
    command: `node node_modules/astro/bin/astro.mjs dev --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/keystatic/`,
    env: { EDITOR: '1' },
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
