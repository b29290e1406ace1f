/**
 * A hash of the code that turns a content file into stored HTML: the loader's
 * own files and everything they import from src/ (found by following relative
 * imports), plus package-lock.json for the libraries. Part of every entry's
 * digest, so a change to a renderer, a remark plugin or a check re-renders
 * every page on the next build, even with Astro's data store kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every source file reachable from `entries` by relative imports, in a fixed order. */
export function sourceClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = entries.map((entry) => resolve(entry));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) queue.push(resolve(dirname(file), match[1]!));
  }
  return [...seen].sort();
}

export function codeVersion(root: string, entries: string[]): string {
  const hash = createHash('sha256');
  for (const file of [...sourceClosure(entries.map((entry) => join(root, entry))), join(root, 'package-lock.json')]) {
    if (!existsSync(file)) continue;
    hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
