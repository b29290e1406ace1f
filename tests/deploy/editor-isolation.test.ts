/**
 * The browser editor stays out of the public site: the public build has no
 * editor route, no React, no editor code, and its headers do not relax for
 * the editor's needs (those live in the editor's own deploy).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles } from '../../src/lib/built-site.ts';

const dist = process.env.OUT_DIR ?? 'dist';
const files = await builtFiles(dist);

test('the public build has no editor page, API or code', () => {
  const relative = files.map((file) => file.slice(dist.length + 1));
  assert.deepEqual(relative.filter((file) => /keystatic|^api\//i.test(file)), []);
  for (const file of files.filter((name) => /\.(html|js|css|json|txt|xml|webmanifest)$/.test(name))) {
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /keystatic/i, `${file} mentions the editor`);
    assert.doesNotMatch(text, /react-dom|__reactFiber|createRoot\(/, `${file} has React in it`);
  }
});

test('the public build has no content report (only Netlify branch deploys and deploy previews do)', () => {
  assert.deepEqual(files.filter((file) => file.slice(dist.length + 1).startsWith('editor')), []);
  assert.doesNotMatch(readFileSync(join(dist, 'robots.txt'), 'utf8'), /Disallow/);
});

test("the public site's policy allows nothing the editor needs", () => {
  const headers = readFileSync(join(dist, '_headers'), 'utf8');
  for (const origin of ['fonts.googleapis.com', 'fonts.gstatic.com', 'api.github.com', 'github.com', "'unsafe-inline'", 'blob:', 'data:']) {
    assert.ok(!headers.includes(origin), `the public Content Security Policy allows ${origin}`);
  }
});
