import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { entryId, listMdxFiles, mdxLoader } from './index.ts';

test('entry ids are the ones glob() gave: slugged path segments, index for the start page, nested pages kept', () => {
  assert.equal(entryId('index.mdx'), 'index');
  assert.equal(entryId('help-in-a-crisis.mdx'), 'help-in-a-crisis');
  assert.equal(entryId('feedback/thank-you.mdx'), 'feedback/thank-you');
  assert.equal(entryId('guide/index.mdx'), 'guide');
  assert.equal(entryId('Visiting Times.mdx'), 'visiting-times');
  assert.equal(entryId('anything.mdx', 'chosen/slug'), 'chosen/slug', 'a frontmatter slug wins, as in glob()');
});

test('the loader lists .mdx files as glob() did: sub-folders only when asked, no dot files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mdx-list-'));
  try {
    mkdirSync(join(dir, 'feedback'));
    mkdirSync(join(dir, '.hidden'));
    for (const name of ['index.mdx', 'feedback/thank-you.mdx', '.draft.mdx', '.hidden/x.mdx', 'notes.md']) writeFileSync(join(dir, name), '');
    assert.deepEqual(listMdxFiles(dir, true), ['feedback/thank-you.mdx', 'index.mdx']);
    assert.deepEqual(listMdxFiles(dir, false), ['index.mdx']);
    assert.deepEqual(listMdxFiles(join(dir, 'missing'), true), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A content folder and a fake Astro loader context whose store counts what is rendered and stored. */
function fakeSite() {
  const root = mkdtempSync(join(tmpdir(), 'mdx-loader-'));
  mkdirSync(join(root, 'content/pages/feedback'), { recursive: true });
  mkdirSync(join(root, 'content/contacts'), { recursive: true });
  mkdirSync(join(root, 'public'), { recursive: true });
  const entries = new Map<string, { id: string; digest?: string | number; filePath?: string; rendered?: { html: string } }>();
  const sets: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string }) => (sets.push(entry.id), entries.set(entry.id, entry), true),
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
    logger: { warn() {}, info() {}, error() {} },
  };
  const loader = mdxLoader({ base: 'content/pages', recursive: true, contentDir: join(root, 'content'), publicDir: join(root, 'public'), basePath: '/' });
  const page = (name: string, body: string) => writeFileSync(join(root, 'content/pages', name), `---\ntitle: T\n---\n\n${body}\n`);
  return { root, entries, sets, page, load: async () => (sets.length = 0, await loader.load(context as never)), done: () => rmSync(root, { recursive: true, force: true }) };
}

test('the loader renders a file only when its text changed, and forgets deleted files', async () => {
  const site = fakeSite();
  try {
    site.page('index.mdx', 'Hello');
    site.page('feedback/thank-you.mdx', '<CareCard type="urgent" heading="A">\n\nB\n\n</CareCard>');
    await site.load();
    assert.deepEqual(site.sets.sort(), ['feedback/thank-you', 'index']);
    assert.equal(site.entries.get('index')?.rendered?.html, '<p>Hello</p>');
    assert.equal(site.entries.get('feedback/thank-you')?.filePath, 'content/pages/feedback/thank-you.mdx');
    await site.load();
    assert.deepEqual(site.sets, [], 'nothing changed, nothing rendered');
    site.page('index.mdx', 'Hello again');
    await site.load();
    assert.deepEqual(site.sets, ['index']);
    assert.equal(site.entries.get('index')?.rendered?.html, '<p>Hello again</p>');
    rmSync(join(site.root, 'content/pages/feedback/thank-you.mdx'));
    await site.load();
    assert.deepEqual([...site.entries.keys()], ['index']);
  } finally {
    site.done();
  }
});

test('a page stored with a problem from outside its file is checked again on the next build, not reused', async () => {
  const site = fakeSite();
  try {
    site.page('index.mdx', '<ContactCard contact="peer-development-team" />');
    await site.load();
    assert.match(site.entries.get('index')?.rendered?.html ?? '', /data-component="content-problem"/, 'no such contact yet');
    assert.equal(site.entries.get('index')?.digest, undefined);
    // The contact is added; the page's text is the same.
    writeFileSync(join(site.root, 'content/contacts/peer-development-team.yaml'), 'name: Peer Development Team\n');
    await site.load();
    assert.deepEqual(site.sets, ['index']);
    assert.match(site.entries.get('index')?.rendered?.html ?? '', /data-component="ContactCard"/);
  } finally {
    site.done();
  }
});
