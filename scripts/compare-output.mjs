#!/usr/bin/env node
/**
 * Compares the pages of two built sites (two dist/ folders): every .html file
 * must be in both and identical once white space is normalised (runs of white
 * space are one space, and white space between two tags is dropped: the MDX
 * compile and the content loader break lines differently, which a browser
 * does not show). Used to prove the content loader (src/content-loader/)
 * gives the pages the MDX compile gave.
 *
 *   node scripts/compare-output.mjs <before-dist> <after-dist>
 *
 * Exits 1 and prints the first difference of each page that differs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** White space as a browser reads it outside <pre>, <textarea> and <script>: the site's pages have no <pre>. */
export function normalise(html) {
  return html.replace(/\s+/g, ' ').replace(/>\s+</g, '><').trim();
}

export function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.html'))
    .sort();
}

/** Where two normalised pages first differ, with some context either side. */
export function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return undefined;
  const from = Math.max(0, i - 120);
  return { at: i, before: a.slice(from, i + 120), after: b.slice(from, i + 120) };
}

/** The differences between two dist folders' pages. */
export function compareDirs(before, after) {
  const a = new Set(htmlFiles(before));
  const b = new Set(htmlFiles(after));
  const problems = [];
  for (const name of a) if (!b.has(name)) problems.push({ name, problem: 'missing after' });
  for (const name of b) if (!a.has(name)) problems.push({ name, problem: 'new after' });
  let same = 0;
  for (const name of a) {
    if (!b.has(name)) continue;
    const difference = firstDifference(normalise(readFileSync(join(before, name), 'utf8')), normalise(readFileSync(join(after, name), 'utf8')));
    if (difference) problems.push({ name, problem: 'differs', ...difference });
    else same++;
  }
  return { pages: a.size, same, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [before, after] = process.argv.slice(2);
  if (!before || !after) {
    console.error('Usage: node scripts/compare-output.mjs <before-dist> <after-dist>');
    process.exit(2);
  }
  const { pages, same, problems } = compareDirs(before, after);
  for (const p of problems.slice(0, 20)) {
    console.log(`${p.name}: ${p.problem}`);
    if (p.problem === 'differs') console.log(`  before: …${p.before}…\n  after:  …${p.after}…`);
  }
  if (problems.length > 20) console.log(`… and ${problems.length - 20} more.`);
  console.log(`${same} of ${pages} pages identical (white space normalised); ${problems.length} differences.`);
  process.exit(problems.length ? 1 : 0);
}
