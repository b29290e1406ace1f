/**
 * A warm build (Astro's cache kept from the build before) must publish
 * exactly what a cold build of the same content publishes, after each kind
 * of change an editor makes: a page's text, a title (in every page's
 * navigation), a contact's number (shown by contact cards on other pages),
 * a document replaced (its size is shown where it is linked), a notice's
 * dates, a new page, a deleted page. Any cached HTML that missed one of
 * these would show here as a file that differs.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { buildSite } from '../../e2e/support/build-site.ts';

const work = mkdtempSync(join(process.cwd(), 'tests/build-cache/.work-'));
const content = join(work, 'content');
const publicDir = join(work, 'public');
const warmCache = join(work, 'cache-warm');
let step = 0;

/** Every file under `dir`, with a hash of its bytes. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return files;
}

async function build(outDir: string, cacheDir: string): Promise<void> {
  const result = await buildSite({ CONTENT_DIR: content, PUBLIC_DIR: publicDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir }, 180_000);
  assert.ok(result.ok, `the build failed:\n${result.output.slice(-3000)}`);
}

/** Builds warm (with the cache the previous builds left) and cold, and compares every file. */
async function warmEqualsCold(): Promise<void> {
  step += 1;
  const warm = join(work, `dist-warm-${step}`);
  const cold = join(work, `dist-cold-${step}`);
  await build(warm, warmCache);
  await build(cold, join(work, `cache-cold-${step}`));
  const a = tree(warm);
  const b = tree(cold);
  const differ = [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
  assert.deepEqual(differ, [], 'files that differ between the warm and the cold build');
  rmSync(join(work, `cache-cold-${step}`), { recursive: true, force: true });
  rmSync(cold, { recursive: true, force: true });
  rmSync(warm, { recursive: true, force: true });
}

const edit = (path: string, change: (text: string) => string) => {
  const file = join(content, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  assert.notEqual(after, before, `the test should change ${path}`);
  writeFileSync(file, after);
};

const pageFile = (slug: string) => join('pages', `${slug}.mdx`);

describe('a warm build publishes what a cold build publishes', { concurrency: 1 }, () => {
  before(async () => {
    cpSync('content', content, { recursive: true });
    if (existsSync('public')) cpSync('public', publicDir, { recursive: true });
    mkdirSync(join(publicDir, 'documents'), { recursive: true });
    // A document linked from a page, so replacing it changes the size the page shows.
    writeFileSync(join(publicDir, 'documents', 'visiting-guidance.pdf'), `%PDF-1.4\n${'a'.repeat(2_000)}\n%%EOF\n`);
    edit(pageFile('video-consultations'), (t) => `${t.trimEnd()}\n\n<Attachment href="/documents/visiting-guidance.pdf">Visiting guidance</Attachment>\n`);
    // The cache every warm build starts from.
    await build(join(work, 'dist-first'), warmCache);
    rmSync(join(work, 'dist-first'), { recursive: true, force: true });
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  test("after a page's text changes", async () => {
    edit(pageFile('how-peer-support-workers-work'), (t) => `${t.trimEnd()}\n\nPeer support workers meet you where it suits you.\n`);
    await warmEqualsCold();
  });

  test('after a title changes, which every page shows in its navigation', async () => {
    edit(pageFile('video-consultations'), (t) => t.replace(/^title: .*$/m, 'title: Video appointments'));
    await warmEqualsCold();
  });

  test("after a contact's number changes, which other pages show", async () => {
    edit(join('contacts', 'peer-development-team.yaml'), (t) => t.replace(/^phone: .*$/m, 'phone: 0115 969 1301'));
    await warmEqualsCold();
  });

  test('after a document is replaced by a larger one', async () => {
    writeFileSync(join(publicDir, 'documents', 'visiting-guidance.pdf'), `%PDF-1.4\n${'b'.repeat(200_000)}\n%%EOF\n`);
    await warmEqualsCold();
  });

  test("after a notice's dates change so that it has ended", async () => {
    edit(join('notices', 'service-changes-and-visiting.mdx'), (t) => t.replace(/^from: .*$/m, 'from: 2026-01-01\nuntil: 2026-02-01'));
    await warmEqualsCold();
  });

  test('after a page is added', async () => {
    copyFileSync(join(content, pageFile('video-consultations')), join(content, pageFile('phone-appointments')));
    edit(pageFile('phone-appointments'), (t) => t.replace(/^title: .*$/m, 'title: Phone appointments').replace(/^order: .*$/m, 'order: 99'));
    await warmEqualsCold();
  });

  test('after a page is deleted', async () => {
    rmSync(join(content, pageFile('phone-appointments')));
    await warmEqualsCold();
  });
});
