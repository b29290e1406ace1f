/**
 * Whether two built sites have the same pages: every .html file in both, and
 * identical once white space is normalised (runs of white space are one
 * space, and white space between two tags is dropped). The MDX compile and
 * the content loader break lines differently between tags, which a browser
 * does not show; nothing else is normalised, so attribute order, escaping and
 * every character of text must match. The site's pages have no <pre> or
 * <textarea> with content, where white space would show.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function normaliseHtml(html: string): string {
  return html.replace(/\s+/g, ' ').replace(/> </g, '><').trim();
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.html'))
    .sort();
}

export interface Difference {
  at: number;
  before: string;
  after: string;
}

/** Where two strings first differ, with some context either side; undefined when they are equal. */
export function firstDifference(a: string, b: string, context = 120): Difference | undefined {
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - context);
  return { at: i, before: a.slice(from, i + context), after: b.slice(from, i + context) };
}

export interface PageProblem {
  page: string;
  problem: 'missing after' | 'new after' | 'differs';
  difference?: Difference;
}

export function compareSites(before: string, after: string): { pages: number; same: number; problems: PageProblem[] } {
  const a = new Set(htmlFiles(before));
  const b = new Set(htmlFiles(after));
  const problems: PageProblem[] = [];
  for (const page of a) if (!b.has(page)) problems.push({ page, problem: 'missing after' });
  for (const page of b) if (!a.has(page)) problems.push({ page, problem: 'new after' });
  let same = 0;
  for (const page of a) {
    if (!b.has(page)) continue;
    const difference = firstDifference(normaliseHtml(readFileSync(join(before, page), 'utf8')), normaliseHtml(readFileSync(join(after, page), 'utf8')));
    if (difference) problems.push({ page, problem: 'differs', difference });
    else same++;
  }
  return { pages: a.size, same, problems };
}
