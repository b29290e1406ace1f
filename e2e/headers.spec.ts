/**
 * Cache and security headers as the CDN sends them (scripts/serve.mjs applies
 * dist/_headers as Netlify and other CDNs do): hashed files are cached for a
 * year, files whose names never change are checked on every visit.
 */
import { readdirSync } from 'node:fs';
import { test, expect } from './support/fixtures.ts';

const dist = process.env.OUT_DIR ?? 'dist';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

test('hashed assets are immutable for a year', async ({ request }) => {
  const asset = readdirSync(`${dist}/_astro`)[0];
  const fragment = readdirSync(`${dist}/pagefind/fragment`)[0];
  expect((await request.get(`/_astro/${asset}`)).headers()['cache-control']).toBe(IMMUTABLE);
  expect((await request.get(`/pagefind/fragment/${fragment}`)).headers()['cache-control']).toBe(IMMUTABLE);
});

test('pages, the service worker and the search entry files are revalidated on every visit', async ({ request }) => {
  for (const path of ['/', '/help-in-a-crisis/', '/sw.js', '/manifest.webmanifest', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind']) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe(REVALIDATE);
  }
});

test('every response carries the security headers', async ({ request }) => {
  for (const path of ['/', '/_astro/' + readdirSync(`${dist}/_astro`)[0], '/no-such-page/']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/);
    expect(headers['content-security-policy'], path).not.toContain('unsafe-inline');
    expect(headers['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains; preload');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=(), ');
    expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
  }
});

test('a redirect in content/redirects.yaml sends people on, permanently', async ({ page, request }) => {
  const response = await request.get('/training/', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/train-to-be-a-peer-support-worker/');
  await page.goto('/training/');
  await expect(page.locator('h1')).toContainText('Train to be a peer support worker');
});
