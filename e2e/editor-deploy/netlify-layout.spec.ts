/**
 * The editor's Netlify site as Netlify would deploy it (docs/developers.md "Deploying the
 * editor", docs/editor-deploy.md): built by Netlify Build with "Package
 * directory" `editor`, served by netlify-cli. Sign-in and Keystatic's API
 * must answer from the server function, with the editor's headers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { editorContentSecurityPolicy } from '../../src/lib/editor-headers.ts';
import { islandScripts } from '../../src/integrations/editor-island-scripts.ts';
import { GITHUB_MODE_ENV } from '../../playwright.editor-deploy.config.ts';

const policy = editorContentSecurityPolicy({ inlineScripts: islandScripts() });

test('Netlify Build packages the editor server function from the package directory', () => {
  const manifest = JSON.parse(readFileSync('editor/.netlify/functions/manifest.json', 'utf8')) as {
    functions: { name: string; generator: string; routes: { pattern: string }[] }[];
  };
  const ssr = manifest.functions.find((f) => f.generator.startsWith('@astrojs/netlify'));
  expect(ssr?.routes.map((r) => r.pattern)).toEqual(['/*']);
  // Nothing of the editor is left where the public site's build would deploy it.
  expect(existsSync('.netlify/v1/functions/ssr')).toBe(false);
});

test('/keystatic loads from the function, with the editor headers', async ({ request }) => {
  const response = await request.get('/keystatic');
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('astro-island');
  expect(response.headers()['content-security-policy']).toBe(policy);
  expect(response.headers()['x-robots-tag']).toBe('noindex, nofollow');
  expect(response.headers()['x-frame-options']).toBe('DENY');
});

test('GitHub sign-in answers from the function, with the editor headers', async ({ request, baseURL }) => {
  const response = await request.get('/api/keystatic/github/login', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  const location = new URL(response.headers()['location']!);
  expect(location.origin + location.pathname).toBe('https://github.com/login/oauth/authorize');
  expect(location.searchParams.get('client_id')).toBe(GITHUB_MODE_ENV.KEYSTATIC_GITHUB_CLIENT_ID);
  expect(location.searchParams.get('redirect_uri')).toBe(`${baseURL}/api/keystatic/github/oauth/callback`);
  expect(response.headers()['content-security-policy']).toBe(policy);
});

test('a refresh with no session is refused by the function', async ({ request, baseURL }) => {
  // As the editor sends it: a same-origin POST (Astro refuses cross-site ones).
  const response = await request.post('/api/keystatic/github/refresh-token', { headers: { origin: baseURL! } });
  expect(response.status()).toBe(401);
  expect(response.headers()['content-security-policy']).toBe(policy);
});

test('the files the build wrote get the editor headers too', async ({ request }) => {
  const response = await request.get('/');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-security-policy']).toBe(policy);
  expect(response.headers()['x-robots-tag']).toBe('noindex, nofollow');
});

test('the content report link answers from the function: without the branch deploys\' address it says what to set', async ({ request }) => {
  // GITHUB_MODE_ENV sets no PUBLIC_KEYSTATIC_PREVIEW_URL, so there is no branch deploy to send it to.
  const response = await request.get('/editor/report/?branch=content%2Fgroups', { maxRedirects: 0 });
  expect(response.status()).toBe(501);
  expect(await response.text()).toContain('PUBLIC_KEYSTATIC_PREVIEW_URL');
  expect(response.headers()['content-security-policy']).toBe(policy);
});
