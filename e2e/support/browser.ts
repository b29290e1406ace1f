/**
 * Which Chromium the browser tests use: Playwright's own where it is
 * installed (a laptop); otherwise Debian's at CHROMIUM_PATH or
 * /usr/bin/chromium, which is what CI uses because Playwright cannot
 * download browsers there. Shared by the site's and the editor's test configs.
 */
import { existsSync } from 'node:fs';

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
