/**
 * netlify.toml and dist/_headers must hold the same header rules, so Netlify
 * and any other CDN send the same headers. Needs a default build (npm test
 * builds first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { parseHeadersFile } from '../../src/lib/security-headers.ts';

test('netlify.toml has exactly the header rules of the build', () => {
  const built = parseHeadersFile(readFileSync(`${process.env.OUT_DIR ?? 'dist'}/_headers`, 'utf8'));
  const config = parse(readFileSync('netlify.toml', 'utf8')) as { headers?: { for: string; values: Record<string, string> }[] };
  assert.deepEqual(
    JSON.parse(JSON.stringify(config.headers ?? [])),
    built,
    'netlify.toml is out of date with the build: run `npm run build && npm run headers:netlify` and commit netlify.toml.',
  );
});

test('netlify.toml publishes dist/ built by npm run build', () => {
  const config = parse(readFileSync('netlify.toml', 'utf8')) as { build: { command: string; publish: string } };
  assert.equal(config.build.command, 'npm run build');
  assert.equal(config.build.publish, 'dist');
});
