import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOCAL_URL, resolveSiteUrl } from './site-url.ts';

test('SITE_URL wins, then the host\'s own address', () => {
  assert.deepEqual(resolveSiteUrl({ SITE_URL: 'https://www.example.nhs.uk/', URL: 'https://x.netlify.app', NETLIFY: 'true' }), { url: 'https://www.example.nhs.uk', from: 'SITE_URL' });
  assert.deepEqual(resolveSiteUrl({ URL: 'https://peer-support.netlify.app', NETLIFY: 'true' }), { url: 'https://peer-support.netlify.app', from: 'URL' });
  assert.deepEqual(resolveSiteUrl({ VERCEL_PROJECT_PRODUCTION_URL: 'peer.example.nhs.uk', VERCEL: '1' }), { url: 'https://peer.example.nhs.uk', from: 'VERCEL_PROJECT_PRODUCTION_URL' });
});

test('a local build without an address warns loudly and uses localhost', () => {
  const result = resolveSiteUrl({});
  assert.equal(result.url, LOCAL_URL);
  assert.equal(result.error, undefined);
  assert.match(result.warning!, /SITE_URL is not set/);
});

test('a deploy without an address fails, naming the host and what to set', () => {
  for (const [signal, host] of [['NETLIFY', 'Netlify'], ['CF_PAGES', 'Cloudflare Pages'], ['VERCEL', 'Vercel']] as const) {
    const result = resolveSiteUrl({ [signal]: '1' });
    assert.match(result.error!, new RegExp(`deploy on ${host}`));
    assert.match(result.error!, /Set SITE_URL/);
  }
});

test('an address that is not one fails', () => {
  assert.match(resolveSiteUrl({ SITE_URL: 'https://exa mple' }).error!, /not a web address/);
  assert.match(resolveSiteUrl({ SITE_URL: 'https://example.nhs.uk/?q=1' }).error!, /not a web address/);
});
