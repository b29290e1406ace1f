import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { addressOf, builtFiles, builtHtmlFiles, detach, readEachPage } from './built-site.ts';

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

test('hands every page and its HTML to the visitor, never more than a few at once', async () => {
  const out = mkdtempSync(join(tmpdir(), 'built-site-'));
  try {
    const files = Array.from({ length: 40 }, (_, i) => join(out, `page-${i}.html`));
    files.forEach((file, i) => writeFileSync(file, `<h1>Page ${i}</h1>`));
    const seen = new Map<string, string>();
    let open = 0;
    let most = 0;
    await readEachPage(files, async (file, html) => {
      most = Math.max(most, ++open);
      await new Promise((resolve) => setTimeout(resolve, 2));
      seen.set(file, html);
      open--;
    });
    assert.equal(seen.size, 40);
    assert.equal(seen.get(files[7]!), '<h1>Page 7</h1>');
    assert.ok(most > 1 && most <= 16, `at most 16 pages at once, saw ${most}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('a word kept from a page is a copy that does not keep the page in memory', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  /** Memory still in use after keeping one long word from each of 40 pages of 1 MB. */
  const retained = (keep: (word: string) => string) => {
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept: string[] = [];
    for (let i = 0; i < 40; i++) {
      const page = `<h2 id="section-heading-${i}">x</h2>${'<p>Peer support workers listen.</p>'.repeat(30_000)}`;
      kept.push(keep(/id="([^"]+)"/.exec(page)![1]!));
    }
    gc();
    const after = process.memoryUsage().heapUsed;
    assert.equal(kept[3], 'section-heading-3');
    return (after - before) / 1024 / 1024;
  };
  // Without a copy, each word is a slice of its page, which stays alive: the test can see that.
  assert.ok(retained((word) => word) > 30, 'slices keep their pages');
  assert.ok(retained(detach) < 5, 'copies do not');
});
