/**
 * The public address the build writes into canonical links, og:url, the
 * sitemap and printed links: a deploy without one fails, a local build
 * without one warns loudly, and a build with one uses it everywhere.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../e2e/support/build-site.ts';

/** The environment without any variable that carries an address or marks a deploy. */
const CLEAN = { SITE_URL: '', URL: '', VERCEL_PROJECT_PRODUCTION_URL: '', NETLIFY: '', CF_PAGES: '', VERCEL: '', RENDER: '', AWS_APP_ID: '' };

async function build(env: Record<string, string>) {
  const work = mkdtempSync(join(tmpdir(), 'site-url-'));
  try {
    const result = await buildSite({ ...CLEAN, OUT_DIR: join(work, 'dist'), ASTRO_CACHE_DIR: join(work, 'cache'), ...env });
    const read = (file: string) => readFileSync(join(work, 'dist', file), 'utf8');
    return { ...result, index: result.ok ? read('index.html') : '', sitemap: result.ok ? read('sitemap-0.xml') : '', print: result.ok ? read('print.css') : '' };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

test('a deploy on Netlify with no public address fails, saying what to set', async () => {
  const result = await build({ NETLIFY: 'true' });
  assert.equal(result.ok, false);
  assert.match(result.output, /This is a deploy on Netlify, and no public address is set/);
  assert.match(result.output, /Set SITE_URL/);
});

test('a local build with no public address says loudly that it uses localhost', async () => {
  const result = await build({});
  assert.equal(result.ok, true, result.output.slice(-2000));
  assert.match(result.output, /SITE_URL is not set, so canonical links, og:url, the sitemap and printed links say http:\/\/localhost:4321/);
});

test('the host\'s own address counts, and SITE_URL goes everywhere the address is needed', async () => {
  const result = await build({ NETLIFY: 'true', URL: 'https://peer-support.example.nhs.uk' });
  assert.equal(result.ok, true, result.output.slice(-2000));
  assert.doesNotMatch(result.output, /SITE_URL is not set/);
  assert.match(result.index, /<link rel="canonical" href="https:\/\/peer-support\.example\.nhs\.uk\/"/);
  assert.match(result.index, /<meta property="og:url" content="https:\/\/peer-support\.example\.nhs\.uk\/"/);
  assert.match(result.sitemap, /<loc>https:\/\/peer-support\.example\.nhs\.uk\/help-in-a-crisis\/<\/loc>/);
  assert.match(result.print, /https:\/\/peer-support\.example\.nhs\.uk/);
  assert.doesNotMatch(result.index + result.sitemap + result.print, /localhost/);
});
