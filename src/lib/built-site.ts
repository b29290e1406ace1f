/**
 * The built site's files, as the steps that run after `astro build` read
 * them (link check, stylesheet, redirects, headers): one walk of the output
 * folder and one rule for the address each file is served at.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { mapLimit } from './map-limit.ts';

/** Pages held at once: enough to keep the disk busy, few enough that thousands never sit in memory together. */
const PAGES_AT_ONCE = 16;

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
  await mapLimit(files, PAGES_AT_ONCE, async (file) => visit(file, await readFile(file, 'utf8')));
}
