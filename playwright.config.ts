import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './e2e/support/browser.ts';

/**
 * Tests run against the built site (npm test builds first), served by
 * scripts/serve.mjs as a CDN would serve it.
 *
 * Browsers: see e2e/support/browser.ts. The browser editor has its own
 * config (playwright.editor.config.ts), since it runs against Astro's dev
 * server and changes content/.
 */
const PORT = Number(process.env.E2E_PORT ?? 4329);
/** Netlify's own local server, for the deploy-parity spec. */
const NETLIFY_PORT = Number(process.env.E2E_NETLIFY_PORT ?? 4359);
const OUT_DIR = process.env.OUT_DIR ?? 'dist';
const desktop = devices['Desktop Chrome'];

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  ...(process.env.CI ? { workers: 2 } : {}),
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
    trace: 'off',
    // The offline worker would serve requests that tests intercept or count, so only
    // the offline spec (which turns it back on) runs with it.
    serviceWorkers: 'block',
  },
  // Every journey runs at phone width; every page is also checked at 320 px and on desktop.
  projects: [
    { name: 'phone-375', testIgnore: [/deploy-parity\.spec\.ts$/, /\/editor\//, /\/editor-deploy\//], use: { ...desktop, viewport: { width: 375, height: 667 }, hasTouch: true } },
    { name: 'phone-320', testMatch: /(pages|keyboard)\.spec\.ts$/, use: { ...desktop, viewport: { width: 320, height: 640 }, hasTouch: true } },
    { name: 'desktop', testMatch: /(pages|keyboard)\.spec\.ts$/, use: { ...desktop, viewport: { width: 1280, height: 800 } } },
    {
      name: 'netlify',
      testMatch: /deploy-parity\.spec\.ts$/,
      use: { ...desktop, viewport: { width: 375, height: 667 }, hasTouch: true, baseURL: `http://127.0.0.1:${NETLIFY_PORT}` },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // --offline and no edge functions: otherwise it tries to download Deno and stops.
      command: `netlify dev --offline --internal-disable-edge-functions --dir ${OUT_DIR} --port ${NETLIFY_PORT}`,
      url: `http://127.0.0.1:${NETLIFY_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 90_000,
      env: { NETLIFY_TELEMETRY_DISABLED: '1' },
    },
  ],
});
