/**
 * The manifest of the steps on the finished pages (./cache.ts): a page whose
 * hash is unchanged gets last build's result without being computed again;
 * a changed or new page is computed; a deleted page drops out; and anything
 * in the key (the step's code or options, how earlier steps rewrote the
 * pages) starts the step's manifest afresh.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StepCache } from './cache.ts';

const root = mkdtempSync(join(tmpdir(), 'post-build-cache-'));
after(() => rmSync(root, { recursive: true, force: true }));
const outDir = join(root, 'dist');
const cacheDir = join(root, 'cache');

/** Writes the built site: page name to its text. */
function site(pages: Record<string, string>): string[] {
  rmSync(outDir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(pages)) {
    mkdirSync(join(outDir, name), { recursive: true });
    writeFileSync(join(outDir, name, 'index.html'), text);
  }
  return Object.keys(pages).map((name) => join(outDir, name, 'index.html'));
}

/** Runs a step that records which pages it read, in a new build (a new cache object, as each build's process makes). */
async function build(files: string[], key = 'v1', rewrite?: string) {
  const cache = new StepCache(cacheDir, outDir);
  await cache.pageHashes();
  if (rewrite) cache.pagesRewritten(rewrite);
  const read: string[] = [];
  const { results, reused } = await cache.perPage('words', key, files, (file, html) => {
    read.push(file.slice(outDir.length + 1));
    return { words: html.split(' ').length, first: html.split(' ')[0]! };
  });
  return { results, reused, read: read.sort() };
}

test('a build reuses unchanged pages, and reads changed and new ones; results are as a cold build gives them', async () => {
  let files = site({ a: 'alpha one', b: 'beta two words', c: 'gamma' });
  const cold = await build(files);
  assert.deepEqual(cold.read, ['a/index.html', 'b/index.html', 'c/index.html']);
  assert.equal(cold.reused, 0);

  // b changes, c is deleted, d is new.
  files = site({ a: 'alpha one', b: 'beta changed', d: 'delta new page' });
  const warm = await build(files);
  assert.deepEqual(warm.read, ['b/index.html', 'd/index.html']);
  assert.equal(warm.reused, 1);
  assert.deepEqual(warm.results, [
    { words: 2, first: 'alpha' },
    { words: 2, first: 'beta' },
    { words: 3, first: 'delta' },
  ]);
  // The deleted page is gone from the manifest.
  assert.doesNotMatch(readFileSync(join(cacheDir, 'post-build-manifest', 'words.json'), 'utf8'), /c\/index\.html/);

  // Nothing changed: nothing is read, and the results are the same.
  const again = await build(files);
  assert.deepEqual(again.read, []);
  assert.deepEqual(again.results, warm.results);
});

test("a different key (the step's code or options) or a different rewrite of the pages reads every page", async () => {
  const files = site({ a: 'alpha one', b: 'beta two' });
  await build(files);
  assert.deepEqual((await build(files, 'v2')).read, ['a/index.html', 'b/index.html']);
  assert.deepEqual((await build(files, 'v2')).read, []);
  assert.deepEqual((await build(files, 'v2', 'stylesheet inline abc')).read, ['a/index.html', 'b/index.html']);
  assert.deepEqual((await build(files, 'v2', 'stylesheet inline abc')).read, []);
});

test('a page is known by its content as Astro wrote it, before a step rewrites it', async () => {
  const files = site({ a: 'alpha one' });
  await build(files, 'v3');
  // This build's first step rewrites the page after the hashes are taken: the next build still knows it.
  const cache = new StepCache(cacheDir, outDir);
  await cache.pageHashes();
  writeFileSync(files[0]!, 'rewritten by a step');
  assert.equal((await cache.perPage('words', 'v3', files, () => ({ words: 0, first: '' }))).reused, 1);
});

test('an unreadable manifest counts as none', async () => {
  const files = site({ a: 'alpha one' });
  await build(files, 'v4');
  writeFileSync(join(cacheDir, 'post-build-manifest', 'words.json'), '{"format":1,"key":');
  assert.deepEqual((await build(files, 'v4')).read, ['a/index.html']);
});

test('a result that depends on no single page is kept while its key is the same', async () => {
  let computed = 0;
  const compute = async () => ({ n: ++computed });
  const remember = (key: string) => new StepCache(cacheDir, outDir).remember('whole', key, compute);
  assert.deepEqual(await remember('k1'), { n: 1 });
  assert.deepEqual(await remember('k1'), { n: 1 });
  assert.deepEqual(await remember('k2'), { n: 2 });
});
