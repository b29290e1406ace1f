import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './e2e/support/browser.ts';

/**
 * The browser editor's tests (e2e/editor/), against the local editor in
 * Astro's dev server (`npm run edit`), offline: every request that would
 * leave the machine is aborted. One test at a time, since each saves into
 * content/ (and puts back what it changed; global-teardown.ts checks that
 * content/ ends as it started).
 */
const PORT = Number(process.env.EDITOR_PORT ?? 4331);

export default defineConfig({
  testDir: './e2e/editor',
  testMatch: /\.spec\.ts$/,
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  globalSetup: './e2e/editor/global-setup.ts',
  globalTeardown: './e2e/editor/global-teardown.ts',
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 900 },
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
    trace: 'off',
    serviceWorkers: 'block',
  },
  projects: [{ name: 'editor' }],
  webServer: {
    command: `node node_modules/astro/bin/astro.mjs dev --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/keystatic/`,
    env: { EDITOR: '1' },
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
