import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Tests run against the built site (npm test builds first), served by
 * scripts/serve.mjs as a CDN would serve it.
 *
 * Browsers: Playwright's own Chromium where it is installed (a laptop);
 * otherwise Debian's Chromium at CHROMIUM_PATH or /usr/bin/chromium, which is
 * what CI uses because Playwright cannot download browsers there.
 */
const PORT = Number(process.env.E2E_PORT ?? 4329);
/** Netlify's own local server, for the deploy-parity spec. */
const NETLIFY_PORT = Number(process.env.E2E_NETLIFY_PORT ?? 4359);
const OUT_DIR = process.env.OUT_DIR ?? 'dist';
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const useSystemChromium = Boolean(process.env.CHROMIUM_PATH) || (!process.env.PLAYWRIGHT_OWN_BROWSER && existsSync(systemChromium));

const launchOptions = useSystemChromium
  ? {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }
  : {};

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
    { name: 'phone-375', testIgnore: /deploy-parity\.spec\.ts$/, use: { ...desktop, viewport: { width: 375, height: 667 }, hasTouch: true } },
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
