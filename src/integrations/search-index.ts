/**
 * Builds the Pagefind search index inside `astro build`, from the finished
 * HTML, so one command makes the whole site. Only each page's main content
 * (marked data-pagefind-body in the layout) is indexed; header, footer,
 * breadcrumbs, review dates and banners are not.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { forEachFile } from '../lib/built-site.ts';
import { postBuildStep, type StepContext } from './post-build/index.ts';

const UNUSED_UI = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The step, run by the post-build runner (./post-build/) after the stylesheet step. */
export async function buildSearchIndex({ outDir, logger }: StepContext): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    // The site draws its own NHS.UK-styled search; Pagefind's ready-made UIs are never loaded.
    await forEachFile(UNUSED_UI.map((name) => join(outDir, 'pagefind', name)), (file) => rm(file, { force: true }));
    logger.info(`Indexed ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    await pagefind.close();
  }
}

export function searchIndex(): AstroIntegration {
  return postBuildStep('search-index', import.meta.url, buildSearchIndex, {});
}
