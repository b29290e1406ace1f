import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * npm run test:quick's browser tests: every journey at phone width (the phone-375
 * project), against scripts/serve.mjs only. The other widths, the Netlify parity
 * suite (its server takes up to 90 s to start) and the editor run in npm test.
 */
export default defineConfig({
  ...base,
  // Both cores: Playwright's default is half of them, which is one on a 2-core machine.
  workers: 2,
  projects: base.projects!.filter((project) => project.name === 'phone-375'),
  webServer: [base.webServer ?? []].flat().filter((server) => server.command.startsWith('node scripts/serve.mjs')),
});
