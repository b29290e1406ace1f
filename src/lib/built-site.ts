/**
 * The built site's files, as the steps that run after `astro build` read
 * them (link check, stylesheet, redirects, headers): one walk of the output
 * folder and one rule for the address each file is served at.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { mapLimit } from './map-limit.ts';

/**
 * Files open at once in any build step that reads the built site: enough to
 * keep the disk busy, few enough that thousands of pages never sit in memory
 * together, and far below any system's open-file limit (256 on macOS).
 */
export const FILES_AT_ONCE = 16;

/** Every file under the output folder, as full paths. */
export async function builtFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Every HTML page under the output folder, as full paths. */
export async function builtHtmlFiles(outDir: string): Promise<string[]> {
  return (await builtFiles(outDir)).filter((file) => file.endsWith('.html'));
}

/**
 * The address a built file is served at, the way static hosts serve folders:
 * dist/help/index.html is "/help/", dist/index.html is "/", dist/404.html is "/404.html".
 */
export function addressOf(outDir: string, file: string, base = '/'): string {
  return `${base}${relative(outDir, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Reads each page's HTML, a few at a time, and hands it to `visit`. */
export async function readEachPage(files: readonly string[], visit: (file: string, html: string) => void | Promise<void>): Promise<void> {
  await forEachFile(files, async (file) => visit(file, await readFile(file, 'utf8')));
}

/** Runs `task` (which may open the file) on each file, a few at a time; results in order. */
export function forEachFile<R>(files: readonly string[], task: (file: string) => Promise<R>): Promise<R[]> {
  return mapLimit(files, FILES_AT_ONCE, task);
}

/** The text of each file, in order, a few at a time. */
export function readTexts(files: readonly string[]): Promise<string[]> {
  return forEachFile(files, (file) => readFile(file, 'utf8'));
}

/**
 * A copy of text taken out of a page. What `match` and `slice` return point
 * into the page's string and keep all of it alive, so a step that keeps a few
 * words of every page would keep every page (5,000 pages: over 1 GB).
 * Joining forces V8 to make a new flat string; slicing that copies nothing more.
 */
export function detach(text: string): string {
  return ` ${text}`.slice(1);
}
