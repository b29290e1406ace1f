/**
 * No build step that works on the finished pages opens more files at once
 * than FILES_AT_ONCE, however many pages there are: a step that opened every
 * page at once fails with EMFILE at a few hundred pages on macOS (256 open
 * files allowed) and a thousand on Linux.
 *
 * Node's file functions are wrapped to count the operations holding a file
 * open, and each step runs over a made-up built site of 150 pages. (The
 * search index step reads the pages and writes the index for Pagefind, whose
 * own process opens no file of the site; the CI build of 1,000 pages under
 * `ulimit -n 256` covers the whole build.)
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FILES_AT_ONCE } from '../../lib/built-site.ts';
import type { StepContext, StepLogger } from './index.ts';

// Counted before any step module is imported, so libraries that keep a reference
// to a file function (PurgeCSS's promisified readFile) get the counted one.
let open = 0;
let peak = 0;
const opened = () => {
  open++;
  peak = Math.max(peak, open);
};
const closed = () => open--;

function countPromised<A extends unknown[], R>(original: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    opened();
    try {
      return await original(...args);
    } finally {
      closed();
    }
  };
}
function countCallback(original: (...args: never[]) => void) {
  return (...args: unknown[]) => {
    const callback = args.at(-1);
    if (typeof callback !== 'function') return (original as (...a: unknown[]) => void)(...args);
    opened();
    return (original as (...a: unknown[]) => void)(...args.slice(0, -1), (...result: unknown[]) => {
      closed();
      (callback as (...r: unknown[]) => void)(...result);
    });
  };
}

const promisesOpen = fsPromises.open;
fsPromises.open = (async (...args: Parameters<typeof promisesOpen>) => {
  const handle = await promisesOpen(...args);
  opened();
  const close = handle.close.bind(handle);
  handle.close = () => close().finally(closed);
  return handle;
}) as typeof fsPromises.open;
for (const name of ['readFile', 'writeFile', 'appendFile', 'copyFile'] as const) {
  (fsPromises as Record<string, unknown>)[name] = countPromised(fsPromises[name] as (...args: unknown[]) => Promise<unknown>);
  (fs as unknown as Record<string, unknown>)[name] = countCallback(fs[name] as (...args: never[]) => void);
}
const callbackOpen = fs.open;
const callbackClose = fs.close;
(fs as unknown as Record<string, unknown>).open = (...args: unknown[]) => {
  const callback = args.at(-1) as (error: Error | null, fd?: number) => void;
  (callbackOpen as (...a: unknown[]) => void)(...args.slice(0, -1), (error: Error | null, fd?: number) => {
    if (!error) opened();
    callback(error, fd);
  });
};
(fs as unknown as Record<string, unknown>).close = (fd: number, callback?: (error: Error | null) => void) =>
  callbackClose(fd, (error) => {
    if (!error) closed();
    callback?.(error);
  });
syncBuiltinESMExports();

const PAGES = 150;
const quiet: StepLogger = { info() {}, warn() {}, error() {}, debug() {} };

/** A built site as Astro leaves it (each step then runs in a first build, and again in a build that has the first's manifest): pages linking a stylesheet and each other, with headings, scripts and documents. */
function makeBuiltSite(root: string): { outDir: string; contentDir: string } {
  const outDir = join(root, 'dist');
  const contentDir = join(root, 'content');
  // Emptied first, as Astro does.
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(join(outDir, '_astro'), { recursive: true });
  fs.mkdirSync(join(outDir, 'documents'), { recursive: true });
  fs.mkdirSync(contentDir, { recursive: true });
  fs.writeFileSync(join(outDir, '_astro', 'site.css'), 'body{margin:0}.nhsuk-main-wrapper{padding:1em}h1{font-size:2em}.unused-rule{color:red}');
  fs.writeFileSync(join(outDir, '_astro', 'page.js'), 'document.body.classList.add("js-enabled");');
  for (let i = 0; i < 5; i++) fs.writeFileSync(join(outDir, 'documents', `leaflet-${i}.pdf`), Buffer.alloc(2000, 32));
  const page = (i: number | string, links: string) =>
    `<!DOCTYPE html><html lang="en"><head><title>Page ${i}</title><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script><script>document.documentElement.className="js";</script></head>` +
    `<body><main class="nhsuk-main-wrapper" id="maincontent"><h1>Page ${i}</h1><h2 id="section-${i}">Section</h2><a href="#maincontent">Top</a>${links}</main></body></html>`;
  for (let i = 0; i < PAGES; i++) {
    fs.mkdirSync(join(outDir, 'bench', `page-${i}`), { recursive: true });
    const next = (i + 1) % PAGES;
    fs.writeFileSync(
      join(outDir, 'bench', `page-${i}`, 'index.html'),
      page(i, `<a href="/bench/page-${next}/">Next</a><a href="/bench/page-${next}/#section-${next}">Next section</a><a href="/documents/leaflet-${i % 5}.pdf">Leaflet</a><a href="/crisis/">Crisis</a>`),
    );
  }
  for (const name of ['offline', 'help-in-a-crisis']) {
    fs.mkdirSync(join(outDir, name), { recursive: true });
    fs.writeFileSync(join(outDir, name, 'index.html'), page(name, ''));
  }
  fs.writeFileSync(join(outDir, 'index.html'), page('home', '<a href="/bench/page-0/">First</a>'));
  fs.writeFileSync(join(contentDir, 'redirects.yaml'), '- from: /crisis/\n  to: /help-in-a-crisis/\n');
  return { outDir, contentDir };
}

describe('build steps on the finished pages', { concurrency: 1 }, () => {
  const root = fs.mkdtempSync(join(tmpdir(), 'open-files-'));
  let { outDir, contentDir } = makeBuiltSite(root);
  const cacheDir = join(root, 'cache');
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  /** Each step in build order, as astro.config.mjs lists them (each works on what the one before wrote), with a new build's cache. */
  async function steps(): Promise<[string, () => Promise<void>][]> {
    const { pruneAndInlineStylesheet } = await import('../stylesheet/index.ts');
    const { buildSearchIndex } = await import('../search-index.ts');
    const { writeServiceWorker } = await import('../service-worker/index.ts');
    const { writeRedirects } = await import('../redirects.ts');
    const { checkLinks } = await import('../link-check.ts');
    const { writeHeaders } = await import('../headers.ts');
    const { StepCache } = await import('./cache.ts');
    const cache = new StepCache(cacheDir, outDir);
    const context: StepContext = { outDir, root: `${process.cwd()}/`, logger: quiet, cache };
    return [
      ['page hashes', () => cache.pageHashes().then(() => undefined)],
      ['search-index', () => buildSearchIndex(context)],
      ['stylesheet', () => pruneAndInlineStylesheet(context)],
      ['service-worker', () => writeServiceWorker({ ...context, base: '/', contentDir, corePages: ['', 'help-in-a-crisis/'] }).then(() => undefined)],
      ['redirects', () => writeRedirects({ ...context, base: '/', contentDir })],
      ['link-check', () => checkLinks({ ...context, base: '/', contentDir })],
      ['headers', () => writeHeaders({ ...context, base: '/', formAction: '/feedback/thank-you/' })],
    ];
  }

  test('the count sees files held open at once (reading every page together goes far over the bound)', async () => {
    peak = 0;
    const pages = fs.readdirSync(join(outDir, 'bench')).map((name) => join(outDir, 'bench', name, 'index.html'));
    await Promise.all(pages.map((file) => fsPromises.readFile(file, 'utf8')));
    assert.ok(peak > FILES_AT_ONCE * 2, `counted ${peak} open at once`);
  });

  // The second build finds the first's manifest, and reuses its results.
  for (const build of ['a first build', 'a build with the manifest of the one before']) {
    test(`in ${build}, each step holds at most ${FILES_AT_ONCE} files open at once`, async () => {
      if (build !== 'a first build') ({ outDir, contentDir } = makeBuiltSite(root));
      for (const [name, run] of await steps()) {
        peak = 0;
        await run();
        assert.equal(open, 0, `${name} left files open`);
        assert.ok(peak >= 1, `${name} read or wrote files, and the count saw them`);
        assert.ok(peak <= FILES_AT_ONCE, `${name} held ${peak} files open at once; the bound is ${FILES_AT_ONCE}`);
      }
      // The steps did their work on every page.
      assert.match(fs.readFileSync(join(outDir, 'bench', 'page-7', 'index.html'), 'utf8'), /<style>/);
      assert.ok(fs.existsSync(join(outDir, 'sw.js')) && fs.existsSync(join(outDir, '_headers')) && fs.existsSync(join(outDir, '_redirects')));
      assert.ok(fs.readdirSync(join(cacheDir, 'post-build-manifest')).length >= 3, 'the steps kept their manifests');
    });
  }
});
