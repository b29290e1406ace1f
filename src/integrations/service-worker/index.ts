/**
 * Makes the service worker at the end of `astro build`, after the search
 * index exists, from the files actually built:
 *  1. Workbox's getManifest lists every file to save with a revision hash
 *     (files under _astro/ are already hashed by name);
 *  2. esbuild bundles ./worker.ts with that list into dist/sw.js.
 * The precache's size is reported and a build over budget fails.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { getManifest } from 'workbox-build';
import { build } from 'esbuild';
import { DEFAULT_PRECACHE_BUDGET_KB, isPrecached, precacheBudgetError } from '../../lib/precache.ts';
import { forEachFile } from '../../lib/built-site.ts';
import { postBuildStep, type StepContext } from '../post-build/index.ts';

interface Options {
  /** The site's base path, "/" or "/peer-support/". */
  base: string;
}

/** Writes dist/sw.js. Run by the post-build runner (../post-build/), after the search index. */
export async function writeServiceWorker({ outDir, base, logger }: Options & StepContext): Promise<void> {
  const budgetKb = Number(process.env.PRECACHE_BUDGET_KB ?? DEFAULT_PRECACHE_BUDGET_KB);
  const { manifestEntries = [], size, count, warnings } = await getManifest({
    globDirectory: outDir,
    globPatterns: ['**/*'],
    // The caller's list decides; Workbox's own size cap is set above any single file we keep.
    maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
    // Astro puts a content hash in these names, so the name is the revision.
    dontCacheBustURLsMatching: /^_astro\//,
    manifestTransforms: [
      async (entries) => ({
        // Paths are relative to dist/ here; the worker needs them under the base path.
        manifest: entries
          .filter((entry) => isPrecached({ path: entry.url, size: entry.size }))
          .map((entry) => ({ ...entry, url: `${base}${entry.url}` })),
        warnings: [],
      }),
    ],
  });
  const offlinePage = `${base}offline/index.html`;
  if (!manifestEntries.some((entry) => entry.url === offlinePage)) {
    throw new Error(`The service worker needs the offline page at ${offlinePage}, and the build did not make it. Check src/pages/offline.astro.`);
  }
  for (const warning of warnings) logger.warn(warning);
  // What visitors download is the compressed size (CDNs compress text); gzip is a fair, fast estimate.
  const download = (
    await forEachFile(
      manifestEntries.map(({ url }) => join(outDir, url.slice(base.length))),
      async (file) => {
        const body = await readFile(file);
        return /\.(html|css|js|json|svg|webmanifest|txt|xml)$/.test(file) ? gzipSync(body).length : body.length;
      },
    )
  ).reduce((sum, n) => sum + n, 0);
  const overBudget = precacheBudgetError(download, budgetKb);
  if (overBudget) throw new Error(overBudget);

  await build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    outfile: join(outDir, 'sw.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    logLevel: 'warning',
    define: {
      __PRECACHE_MANIFEST__: JSON.stringify(manifestEntries),
      __OFFLINE_PAGE__: JSON.stringify(offlinePage),
      // Workbox logs only in development builds.
      'process.env.NODE_ENV': '"production"',
    },
  });
  logger.info(
    `Service worker saves ${count} files for offline reading: ${Math.ceil(download / 1024)} KB to download (budget ${budgetKb} KB), ${Math.ceil(size / 1024)} KB stored.`,
  );
}

export function serviceWorker({ base }: Options): AstroIntegration {
  return postBuildStep('service-worker', import.meta.url, writeServiceWorker, { base });
}
