/**
 * Which Chromium the browser tests use: Playwright's own where it is
 * installed (a laptop); otherwise Debian's at CHROMIUM_PATH or
 * /usr/bin/chromium, which is what CI uses because Playwright cannot
 * download browsers there. Shared by the site's and the editor's test configs.
 */
import { existsSync } from 'node:fs';
import { devices } from '@playwright/test';

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const useSystemChromium = Boolean(process.env.CHROMIUM_PATH) || (!process.env.PLAYWRIGHT_OWN_BROWSER && existsSync(systemChromium));

export const launchOptions = useSystemChromium
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

/** The browser both editor suites use: a desktop window, one test at a time, no service worker. */
export function editorSuite(port: number) {
  return {
    workers: 1,
    forbidOnly: Boolean(process.env.CI),
    retries: 0,
    expect: { timeout: 15_000 },
    reporter: 'list' as const,
    use: {
      ...devices['Desktop Chrome'],
      viewport: { width: 1280, height: 900 },
      // 127.0.0.1, not localhost: Keystatic moves a GitHub-mode editor from localhost to the loopback address.
      baseURL: `http://127.0.0.1:${port}`,
      launchOptions,
      trace: 'off' as const,
      serviceWorkers: 'block' as const,
    },
  };
}
