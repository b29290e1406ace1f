/**
 * Makes the service worker at the end of the build, after the search index:
 *  1. the core: the pages in `offline.corePages` (src/site.ts) and the crisis
 *     page, the files those pages load, and search's entry files (the whole
 *     search index too, while it is small enough to fit the budget);
 *  2. Workbox's getManifest gives each core file its revision (the scripts
 *     and styles Astro names by their content go to the worker's own cache
 *     for them instead, so that they outlive the deploy);
 *  3. esbuild bundles ./worker.ts with that list, the site's redirects and
 *     the limits in src/lib/precache.ts into dist/sw.js;
 *     and a copy of the crisis page cut down to its numbers, shown offline
 *     when nothing at all is saved (src/lib/crisis-fallback.ts);
 *  4. each guide's offline summary (offline-guides/*.json) gets its size.
 * The core is the same few files whatever the size of the site: only those
 * files are read or compressed here, and a core over budget fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress } from 'node:zlib';
import { getManifest } from 'workbox-build';
import { build, stop } from 'esbuild';
import {
  CORE_BUDGET,
  SAVED_ASSETS_LIMIT,
  SAVED_PAGES_LIMIT,
  SAVED_SEARCH_FILES_LIMIT,
  assetReferences,
  builtFileOf,
  coreBudgetError,
  isSearchEntryFile,
  isSearchIndexPart,
  moduleImports,
  sumOfLargest,
} from '../../lib/precache.ts';
import { underBase } from '../../lib/redirects.ts';
import { crisisFallbackPage } from '../../lib/crisis-fallback.ts';
import { FILES_AT_ONCE, builtFiles } from '../../lib/built-site.ts';
import { mapLimit } from '../../lib/map-limit.ts';
import { readRedirects } from '../redirects.ts';
import { postBuildStep } from '../post-build/index.ts';
import { childProcesses, newChildrenEnded } from '../post-build/processes.ts';
import { StepCache, hashOf } from '../post-build/cache.ts';

/** Sent compressed by a CDN; everything else (images, Pagefind's own gzipped files) as it is. */
const COMPRESSIBLE = /\.(html|css|m?js|json|svg|webmanifest|txt|xml)$/;

export interface OfflineReport {
  /** Core files, relative to the output folder. */
  files: string[];
  /** What the first visit downloads for the core, compressed. */
  downloadBytes: number;
  /** What the core takes up on the device. */
  storedBytes: number;
  /** sw.js, brotli. */
  workerBytes: number;
  /** Whether the whole search index is in the core (a small site) or only its entry files. */
  wholeSearchIndex: boolean;
  /** The most pages kept as they are read. */
  savedPagesLimit: number;
  /** The most each cache filled as pages are read can take up, in bytes. */
  readingBytes: { pages: number; assets: number; search: number };
}

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export interface ServiceWorkerOptions {
  outDir: string;
  /** The site's base path, "/" or "/peer-support/". */
  base: string;
  /** Where content/redirects.yaml is. */
  contentDir: string;
  /** Addresses under the base path of the pages every device saves ("" is the start page). */
  corePages: readonly string[];
  /** The page shown offline for an address not saved, under the base path. */
  offlinePage?: string;
  /** The crisis page's address under the base path: sw.js carries its numbers for when nothing is saved. */
  crisisPage?: string;
  logger: Logger;
  /** What the last build kept (../post-build/cache.ts): compressed sizes of files unchanged since. */
  cache?: StepCache | undefined;
}

const brotliSize = async (body: Buffer) => (await promisify(brotliCompress)(body)).length;

/** The core's files: its pages, what they load (following script imports), and search's entry files. */
async function coreFiles(outDir: string, base: string, pages: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  const visit = async (file: string) => {
    if (files.has(file) || !(await stat(join(outDir, file)).catch(() => undefined))?.isFile()) return;
    files.add(file);
    const code = /\.(html|m?js)$/.test(file) ? await readFile(join(outDir, file), 'utf8') : '';
    const from = `${base}${file}`;
    const references = file.endsWith('.html') ? assetReferences(code) : moduleImports(code);
    for (const reference of references) {
      const target = builtFileOf(reference, base, from);
      if (target) await visit(target);
    }
  };
  for (const page of pages) {
    const file = builtFileOf(`${base}${page}`, base);
    if (!file || !(await stat(join(outDir, file)).catch(() => undefined))?.isFile()) {
      throw new Error(
        `offline.corePages in src/site.ts lists "${page}", and the build made no page at ${base}${page}. ` +
          'List the address of a page the site has, under the base path, such as "" for the start page or "help-in-a-crisis/".',
      );
    }
    await visit(file);
  }
  const search = await readdir(join(outDir, 'pagefind')).catch(() => [] as string[]);
  for (const name of search) if (isSearchEntryFile(`pagefind/${name}`)) files.add(`pagefind/${name}`);
  return [...files];
}

/** The rest of the search index: word lists, filters and result entries. */
async function searchIndexParts(outDir: string): Promise<string[]> {
  const parts: string[] = [];
  for (const folder of ['index', 'filter', 'fragment']) {
    const names = await readdir(join(outDir, 'pagefind', folder)).catch(() => [] as string[]);
    parts.push(...names.map((name) => `pagefind/${folder}/${name}`).filter(isSearchIndexPart));
  }
  return parts;
}

/**
 * Each file's size on the device and to download. Compressing at brotli's
 * best takes a second for the core's 700 KB, so a file's compressed size is
 * kept from the last build while its content is the same.
 */
async function sizes(outDir: string, files: string[], cache: StepCache): Promise<{ file: string; stored: number; download: number }[]> {
  const found = await mapLimit(files, FILES_AT_ONCE, async (file) => {
    const body = await readFile(join(outDir, file));
    // With the brotli version: another might compress to another size.
    return { file, stored: body.length, hash: COMPRESSIBLE.test(file) ? `${process.versions.brotli} ${hashOf(body)}` : undefined };
  });
  const compressible = found.filter(({ hash }) => hash !== undefined);
  const compressed = await cache.byKey('service-worker', compressible.map(({ hash }) => hash!), async (i) => brotliSize(await readFile(join(outDir, compressible[i]!.file))));
  const downloads = new Map(compressible.map(({ file }, i) => [file, compressed[i]!]));
  return found.map(({ file, stored }) => ({ file, stored, download: downloads.get(file) ?? stored }));
}

/**
 * Fills in each guide's offline summary (written by src/pages/offline-guides)
 * with what saving the guide stores and, estimated from how well the core's
 * pages compress, downloads. Only the guides' own pages are looked at.
 */
async function sizeGuides(outDir: string, base: string, compression: number): Promise<number> {
  const folder = join(outDir, 'offline-guides');
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.json'));
  await mapLimit(names, FILES_AT_ONCE, async (name) => {
    const summary = JSON.parse(await readFile(join(folder, name), 'utf8')) as { guide: string; pages: string[] };
    const bytes = (
      await mapLimit(summary.pages, FILES_AT_ONCE, async (page) => {
        const file = builtFileOf(page, base);
        return file ? (await stat(join(outDir, file))).size : 0;
      })
    ).reduce((a, b) => a + b, 0);
    await writeFile(join(folder, name), JSON.stringify({ ...summary, bytes, download: Math.round(bytes * compression) }));
  });
  return names.length;
}

/**
 * The most each cache filled as pages are read can take up on a device: its
 * limit's worth of the largest built files of its kind.
 */
async function readingBounds(outDir: string, pagesLimit: number): Promise<{ pages: number; assets: number; search: number }> {
  const kinds = { pages: [] as number[], assets: [] as number[], search: [] as number[] };
  const files = (await builtFiles(outDir)).map((file) => ({ file, path: relative(outDir, file).split(sep).join('/') }));
  const kindOf = (path: string) => (path.endsWith('.html') ? kinds.pages : path.startsWith('_astro/') ? kinds.assets : isSearchIndexPart(path) ? kinds.search : undefined);
  await mapLimit(files, FILES_AT_ONCE, async ({ file, path }) => kindOf(path)?.push((await stat(file)).size));
  return {
    pages: sumOfLargest(kinds.pages, pagesLimit),
    assets: sumOfLargest(kinds.assets, SAVED_ASSETS_LIMIT),
    search: sumOfLargest(kinds.search, SAVED_SEARCH_FILES_LIMIT),
  };
}

export async function writeServiceWorker({ outDir, base, contentDir, corePages, offlinePage = 'offline/', crisisPage, logger, cache = new StepCache(undefined, outDir) }: ServiceWorkerOptions): Promise<OfflineReport> {
  const started = performance.now();
  const savedPagesLimit = Number(process.env.OFFLINE_SAVED_PAGES_LIMIT ?? SAVED_PAGES_LIMIT);
  if (!Number.isInteger(savedPagesLimit) || savedPagesLimit < 1) {
    throw new Error(`OFFLINE_SAVED_PAGES_LIMIT must be a whole number of pages, 1 or more; it is "${process.env.OFFLINE_SAVED_PAGES_LIMIT}".`);
  }
  const pages = [...new Set([offlinePage, ...corePages])];
  const core = await sizes(outDir, await coreFiles(outDir, base, pages), cache);

  // A small site's whole search index joins the core while the core stays in
  // budget with it, so search works fully offline after one visit. A large
  // site's word lists and results are saved as they are used.
  const parts = await searchIndexParts(outDir);
  const total = (list: { download: number }[]) => list.reduce((sum, f) => sum + f.download, 0);
  let wholeSearchIndex = parts.length === 0;
  if (parts.length && core.length + parts.length <= CORE_BUDGET.files) {
    const partSizes = await sizes(outDir, parts, cache);
    if (total(core) + total(partSizes) <= CORE_BUDGET.bytes) {
      core.push(...partSizes);
      wholeSearchIndex = true;
    }
  }

  const { manifestEntries = [], warnings } = await getManifest({
    globDirectory: outDir,
    // Exactly the core's files: nothing else in the output is read.
    globPatterns: core.map(({ file }) => file.replace(/[*?[\]{}()!]/g, '\\$&')),
    // The budget is on the core as a whole, checked below; no single file is left out.
    maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
    // Astro and Pagefind put a content hash in these names, so the name is the revision.
    dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(index|filter|fragment)\/)/,
    manifestTransforms: [async (entries) => ({ manifest: entries.map((entry) => ({ ...entry, url: `${base}${entry.url}` })), warnings: [] })],
  });
  for (const warning of warnings) logger.warn(warning);
  if (manifestEntries.length !== core.length) {
    throw new Error(`The service worker's list has ${manifestEntries.length} files, and the core ${core.length}: Workbox left some out. Check the warnings above.`);
  }

  const redirects = underBase(await readRedirects(contentDir), base);
  const crisisFile = crisisPage === undefined ? undefined : join(outDir, builtFileOf(`${base}${crisisPage}`, base) ?? '');
  const crisisFallback = crisisFile ? crisisFallbackPage(await readFile(crisisFile, 'utf8'), relative(process.cwd(), crisisFile)) : null;
  const workerFile = join(outDir, 'sw.js');
  const before = childProcesses();
  await build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    outfile: workerFile,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    logLevel: 'warning',
    define: {
      // Scripts and styles named by their content's hash go to the cache that outlives a deploy (see worker.ts).
      __PRECACHE_MANIFEST__: JSON.stringify(manifestEntries.filter(({ url }) => !url.startsWith(`${base}_astro/`))),
      __CORE_ASSETS__: JSON.stringify(manifestEntries.filter(({ url }) => url.startsWith(`${base}_astro/`)).map(({ url }) => url)),
      __OFFLINE_PAGE__: JSON.stringify(`${base}${offlinePage}index.html`),
      __BASE__: JSON.stringify(base),
      __REDIRECTS__: JSON.stringify(redirects),
      __SAVED_PAGES_LIMIT__: String(savedPagesLimit),
      __CRISIS_FALLBACK__: JSON.stringify(crisisFallback),
      // Workbox logs only in development builds.
      'process.env.NODE_ENV': '"production"',
    },
  });
  // esbuild's process is not needed again in this build.
  await stop();
  await newChildrenEnded(before);
  const workerBytes = await brotliSize(await readFile(workerFile));

  const downloadBytes = total(core);
  const storedBytes = core.reduce((sum, f) => sum + f.stored, 0);
  const overBudget = coreBudgetError({ files: core.length, bytes: downloadBytes, workerBytes });
  if (overBudget) throw new Error(overBudget);

  const corePagesOnly = core.filter(({ file }) => file.endsWith('.html'));
  const compression = total(corePagesOnly) / Math.max(1, corePagesOnly.reduce((sum, f) => sum + f.stored, 0));
  const guides = await sizeGuides(outDir, base, compression);
  const readingBytes = await readingBounds(outDir, savedPagesLimit);
  const most = storedBytes + readingBytes.pages + readingBytes.assets + readingBytes.search;

  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  logger.info(
    `First visit saves ${core.length} files for offline reading (budget ${CORE_BUDGET.files}): ${kb(downloadBytes)} to download (budget ${kb(CORE_BUDGET.bytes)}), ` +
      `${kb(storedBytes)} stored; ${wholeSearchIndex ? 'the whole search index' : "search's entry files only"}. ` +
      `sw.js ${kb(workerBytes)} brotli (budget ${kb(CORE_BUDGET.workerBytes)}). ` +
      `Pages read are saved too, at most ${savedPagesLimit}: ${mb(readingBytes.pages)} at most, with ${kb(readingBytes.assets)} of scripts and ${mb(readingBytes.search)} of search index; ` +
      `${mb(most)} at most on a device in all. ${guides} guide(s) can be saved whole. ` +
      `Done in ${Math.round(performance.now() - started)} ms.`,
  );
  return {
    files: core.map(({ file }) => file),
    downloadBytes,
    storedBytes,
    workerBytes,
    wholeSearchIndex,
    savedPagesLimit,
    readingBytes,
  };
}

/** The Astro integration: writeServiceWorker on the finished pages, in the post-build process (../post-build/). */
export function serviceWorker(options: Omit<ServiceWorkerOptions, 'outDir' | 'logger' | 'cache'>): AstroIntegration {
  return postBuildStep('service-worker', import.meta.url, writeServiceWorker, options);
}
