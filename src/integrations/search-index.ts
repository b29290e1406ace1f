/**
 * Builds the Pagefind search index inside `astro build`, from the finished
 * HTML, so one command makes the whole site. Only each page's main content
 * (marked data-pagefind-body in the layout) is indexed; header, footer,
 * breadcrumbs, review dates and banners are not.
 */
import type { AstroIntegration } from 'astro';
import { dirname, join, relative, sep } from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { FILES_AT_ONCE, builtHtmlFiles, forEachFile, readTexts } from '../lib/built-site.ts';
import { postBuildStep, type StepContext } from './post-build/index.ts';
import { childProcesses, newChildrenEnded } from './post-build/processes.ts';

const UNUSED_UI = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/**
 * Hands Pagefind every page, in order of address, reading a few pages ahead.
 * (Pagefind's own addDirectory opens every page at once and retries when the
 * system refuses, and numbers pages in the order the folder lists them.) In
 * a fixed order, the index is the same on every machine, and so is the
 * service worker's list of its files.
 */
async function addPages(index: PagefindIndex, outDir: string): Promise<number> {
  const files = (await builtHtmlFiles(outDir)).map((file) => relative(outDir, file).split(sep).join('/')).sort();
  const errors: string[] = [];
  let adding: Promise<unknown> = Promise.resolve();
  for (let at = 0; at < files.length; at += FILES_AT_ONCE) {
    const batch = files.slice(at, at + FILES_AT_ONCE);
    // Read while Pagefind works on the batch before; it takes pages in the order they are sent.
    const texts = await readTexts(batch.map((file) => join(outDir, file)));
    await adding;
    adding = Promise.all(
      batch.map(async (sourcePath, i) => {
        const added = await index.addHTMLFile({ sourcePath, content: texts[i]! });
        errors.push(...added.errors.map((error) => `${sourcePath}: ${error}`));
      }),
    );
  }
  await adding;
  if (errors.length) throw new Error(`Pagefind could not index the site: ${errors.slice(0, 10).join('; ')}`);
  return files.length;
}

/**
 * Writes the index's files a few at a time. (Pagefind's own writeFiles opens
 * every file at once: 5,000 at 5,000 pages, and retries while the system
 * refuses.) The site draws its own NHS.UK-styled search, so Pagefind's
 * ready-made UIs are left out.
 */
async function writeIndex(index: PagefindIndex, folder: string): Promise<void> {
  const { files, errors } = await index.getFiles();
  if (errors.length) throw new Error(`Pagefind could not write the index: ${errors.join('; ')}`);
  const contents = new Map(files.filter((file) => !UNUSED_UI.includes(file.path)).map((file) => [join(folder, file.path), file.content]));
  for (const subfolder of new Set([...contents.keys()].map((path) => dirname(path)))) await mkdir(subfolder, { recursive: true });
  await forEachFile([...contents.keys()], (path) => writeFile(path, contents.get(path)!));
}

/**
 * The step, run by the post-build runner (./post-build/) first, on the pages
 * as Astro wrote them: the stylesheet step then puts 80 KB of CSS into each,
 * which Pagefind would be sent and would skip. (Pagefind's own addDirectory
 * reads the files in its process, which saves 0.3 s of CPU at 1,000 pages,
 * but see addPages.)
 */
export async function buildSearchIndex({ outDir, logger }: StepContext): Promise<void> {
  const started = performance.now();
  const before = childProcesses();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const pageCount = await addPages(index, outDir);
    await writeIndex(index, join(outDir, 'pagefind'));
    logger.info(`Indexed ${pageCount} pages for search in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    await pagefind.close();
    await newChildrenEnded(before);
  }
}

export function searchIndex(): AstroIntegration {
  return postBuildStep('search-index', import.meta.url, buildSearchIndex, {});
}
