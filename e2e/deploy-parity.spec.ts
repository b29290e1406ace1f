/**
 * Deploy parity: the built site served by Netlify's own local server
 * (netlify-cli, offline), which applies netlify.toml, _headers and
 * _redirects as Netlify does. Every page must arrive with the security
 * headers and run with no CSP violation or console error; search, the
 * feedback form and the service worker must work under the policy.
 *
 * Locally, Netlify's server sends its own Cache-Control, so cache headers are
 * checked against scripts/serve.mjs in e2e/headers.spec.ts instead.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { builtPages } from './support/site.ts';
import { headersFor, parseHeadersFile } from '../src/lib/security-headers.ts';

const rules = parseHeadersFile(readFileSync(`${process.env.OUT_DIR ?? 'dist'}/_headers`, 'utf8'));
const SECURITY_HEADERS = [
  'Content-Security-Policy',
  'Strict-Transport-Security',
  'X-Content-Type-Options',
  'Referrer-Policy',
  'Permissions-Policy',
  'Cross-Origin-Opener-Policy',
  'X-Frame-Options',
];

/** Collects Content Security Policy violations the page reports. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('Netlify applies the policy (a sanity check of the setup)', async ({ request }) => {
  const response = await request.get('/');
  expect(response.headers()['server']).toBe('Netlify');
  expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
});

for (const path of builtPages().filter((p) => p !== '/404.html')) {
  test(`${path} has the security headers and no CSP violation or console error`, async ({ page, consoleErrors }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const expected = headersFor(rules, path);
    const actual = await response!.allHeaders();
    for (const name of SECURITY_HEADERS) expect(actual[name.toLowerCase()], name).toBe(expected[name]);
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

test('an unknown address answers 404 with the page-not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('redirects from content/redirects.yaml are permanent', async ({ request }) => {
  const response = await request.get('/crisis/', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/help-in-a-crisis/');
});

test('the crisis page\'s addresses in capitals, as printed on posters, reach the page', async ({ page }) => {
  for (const address of ['/CRISIS/', '/Crisis', '/Help-In-A-Crisis/', '/HELP-IN-A-CRISIS/']) {
    const response = await page.goto(address);
    expect(response?.status(), address).toBe(200);
    expect(new URL(page.url()).pathname, address).toBe('/help-in-a-crisis/');
    await expect(page.locator('h1')).toContainText('Help in a crisis');
  }
});

test('search works under the policy: suggestions and the results page', async ({ page, consoleErrors }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await page.locator('#search-field').click();
  await page.locator('#search-field').pressSequentially('crisis', { delay: 20 });
  await expect(page.locator('#search-suggestions [role="option"]').first()).toContainText('Help in a crisis');
  await page.goto('/search/?q=training');
  await expect(page.locator('.app-search-results h2 a').first()).toHaveText('Train to be a peer support worker');
  expect(await violations()).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('the feedback form posts under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/feedback/');
  await page.locator('main').getByLabel('Yes', { exact: true }).check();
  // Netlify's local server does not run Netlify Forms (it answers 405); what matters
  // here is that the browser sends the POST, which form-action would otherwise block.
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST'),
    page.locator('main').getByRole('button', { name: 'Send feedback' }).click(),
  ]);
  expect(new URL(request.url()).pathname).toBe('/feedback/thank-you/');
  expect(new URLSearchParams(request.postData() ?? '').get('form-name')).toBe('feedback');
  expect(await violations()).toEqual([]);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });
  test('the offline worker installs under the policy', async ({ page, consoleErrors }) => {
    const violations = await watchViolations(page);
    await page.goto('/');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/');
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
