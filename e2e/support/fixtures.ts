/** Page fixtures that collect console errors, failed requests and error responses for tests to check. */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[]; failedResponses: string[] }>({
  /** Every response with an error status (4xx, 5xx) the page received. */
  failedResponses: async ({ page }, use) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await use(failed);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('requestfailed', (request) => {
      // Leaving a page cancels its in-flight requests; that is not a failure.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
    });
    await use(errors);
  },
});

export { expect };

/** axe's rules for WCAG 2.2 AA, and its best practices (every element inside a landmark, and so on). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
