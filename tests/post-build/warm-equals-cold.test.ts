/**
 * A build that reuses the last build's cache (Astro's cache folder, with the
 * post-build steps' manifests: src/integrations/post-build/cache.ts) writes
 * exactly what a build from an empty cache writes, byte for byte, after each
 * kind of change: a page's text, a new page, a deleted page, a title (which
 * changes the navigation on every page).
 *
 * Each change is built twice: warm, with the cache of a build of the content
 * before the change, and cold, with a new cache; the cold build's cache then
 * serves the next change's warm build. Seven builds of the real content.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSite } from '../../e2e/support/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'warm-equals-cold-'));
after(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
const publicDir = join(work, 'public');
cpSync('content', content, { recursive: true });
if (existsSync('public')) cpSync('public', publicDir, { recursive: true });
mkdirSync(join(publicDir, 'documents'), { recursive: true });

let builds = 0;
/** Builds the content as it now is with the given cache folder; returns the output folder and the log. */
async function build(cache: string): Promise<{ dist: string; output: string }> {
  const dist = join(work, `dist-${++builds}`);
  const { ok, output } = await buildSite({ CONTENT_DIR: content, PUBLIC_DIR: publicDir, OUT_DIR: dist, ASTRO_CACHE_DIR: join(work, cache) }, 180_000);
  assert.ok(ok, `build ${builds} failed:\n${output.slice(-3000)}`);
  return { dist, output };
}

/** Every file under a folder, by relative path. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

function assertSameOutput(warm: string, cold: string): void {
  const names = files(cold);
  assert.deepEqual(files(warm), names, 'the warm build wrote the same files');
  const different = names.filter((name) => !readFileSync(join(warm, name)).equals(readFileSync(join(cold, name))));
  assert.deepEqual(different, [], 'every file is the same, byte for byte');
}

/** The link check's count of pages it read, and of pages it took from the manifest. */
function linkCheckReads(output: string): { read: number; unchanged: number } {
  const match = /\[link-check\] \d+ links checked in \d+ pages \((\d+) read, (\d+) unchanged since the last build\)/.exec(output);
  assert.ok(match, `the link check reports what it read:\n${output.slice(-2000)}`);
  return { read: Number(match[1]), unchanged: Number(match[2]) };
}

const edit = (path: string, change: (text: string) => string) => {
  const file = join(content, path);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
};

describe('a warm build writes what a cold build writes', { concurrency: 1 }, () => {
  let previousCache = 'cache-0';

  /** Applies a change, builds warm (with the cache before it) and cold, and compares them. */
  async function afterChange(change: () => void): Promise<{ warm: string; pages: number }> {
    change();
    const warm = await build(previousCache);
    previousCache = `cache-${builds + 1}`;
    const cold = await build(previousCache);
    assertSameOutput(warm.dist, cold.dist);
    return { warm: warm.output, pages: files(cold.dist).filter((name) => name.endsWith('.html')).length };
  }

  test('the first build, with an empty cache, reads every page', async () => {
    const { output } = await build(previousCache);
    assert.equal(linkCheckReads(output).unchanged, 0);
  });

  test("a page's text: only that page is read again", async () => {
    const { warm, pages } = await afterChange(() =>
      edit('pages/video-consultations.mdx', (text) => text.replace('on a video call, not in person', 'on a video call, not face to face')),
    );
    const { read, unchanged } = linkCheckReads(warm);
    assert.equal(read, 1, 'the changed page');
    assert.equal(unchanged, pages - 1);
  });

  test('a new page', async () => {
    await afterChange(() => {
      const page = readFileSync(join(content, 'pages/video-consultations.mdx'), 'utf8')
        .replace(/^title: .*$/m, 'title: Phone appointments')
        .replace(/^order: .*$/m, 'order: 7')
        .replace(/video consultations?/gi, 'phone appointment');
      writeFileSync(join(content, 'pages/phone-appointments.mdx'), page);
    });
  });

  test('a deleted page, and a title (the navigation on every page)', async () => {
    await afterChange(() => {
      rmSync(join(content, 'pages/phone-appointments.mdx'));
      edit('pages/video-consultations.mdx', (text) => text.replace(/^title: .*$/m, 'title: Video appointments'));
    });
  });
});
