import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addressOf, builtFiles, builtHtmlFiles } from './built-site.ts';

test('a built file is served at its folder address', () => {
  const out = join('/site', 'dist');
  assert.equal(addressOf(out, join(out, 'index.html')), '/');
  assert.equal(addressOf(out, join(out, 'help-in-a-crisis', 'index.html')), '/help-in-a-crisis/');
  assert.equal(addressOf(out, join(out, '404.html')), '/404.html');
  assert.equal(addressOf(out, join(out, 'documents', 'leaflet.pdf')), '/documents/leaflet.pdf');
  assert.equal(addressOf(out, join(out, 'training', 'index.html'), '/peer-support/'), '/peer-support/training/');
  assert.equal(addressOf(out, join(out, 'index.html'), '/peer-support/'), '/peer-support/');
});

test('lists every file, and the pages among them, however deep', async () => {
  const out = mkdtempSync(join(tmpdir(), 'built-site-'));
  try {
    mkdirSync(join(out, 'a', 'b'), { recursive: true });
    for (const file of ['index.html', 'a/index.html', 'a/b/index.html', 'a/b/file.pdf', '_headers']) writeFileSync(join(out, file), '');
    assert.deepEqual((await builtFiles(out)).map((file) => addressOf(out, file)).sort(), ['/', '/_headers', '/a/', '/a/b/', '/a/b/file.pdf']);
    assert.deepEqual((await builtHtmlFiles(out)).map((file) => addressOf(out, file)).sort(), ['/', '/a/', '/a/b/']);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
