/**
 * Checks every link in every built page that points within the site: the
 * page must exist (or be a document, or a redirect), and a #fragment must
 * name a heading or section on it. A broken link fails the build, naming the
 * content file it is in (or the page, for pages made by code) and the link.
 * It reads the finished HTML, so it sees heading ids exactly as Astro made them.
 *
 * It keeps only what it needs, so its memory and time grow with the pages, no
 * faster: the list of built files says which pages exist, so most links are
 * checked as each page is read and nothing of the page is kept. Only links to
 * a heading on another page wait, and those pages are read again at the end
 * for just the ids that links ask for.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addressOf, builtFiles, detach, readEachPage } from '../lib/built-site.ts';
import { brokenLink, internalTarget, pageAt, readPage, sourceCandidates, type BuiltSite } from '../lib/links.ts';
import { parseRedirectsFile } from '../lib/redirects.ts';
import { postBuildStep, type StepContext } from './post-build/index.ts';

interface Options {
  base: string;
  contentDir: string;
}

/** A link to a heading on another page, waiting for that page's ids. */
interface WaitingLink {
  page: string;
  href: string;
  target: { path: string; fragment: string };
}

/** Checks the links. Run by the post-build runner (./post-build/), after redirects. */
export async function checkLinks({ outDir, base, contentDir, logger }: Options & StepContext): Promise<void> {
  const toPath = (file: string) => addressOf(outDir, file, base);
  const all = await builtFiles(outDir);
  const htmlFiles = all.filter((file) => file.endsWith('.html'));
  const fileOf = new Map(htmlFiles.map((file) => [toPath(file), file]));
  /** The ids some link asks for, by page; filled in as pages are read. */
  const wantedIds = new Map<string, Set<string>>();
  let current = { page: '', ids: new Set<string>() };
  const site: BuiltSite = {
    pages: new Set(fileOf.keys()),
    files: new Set(all.filter((file) => !file.endsWith('.html')).map(toPath)),
    redirects: new Set(parseRedirectsFile(await readFile(join(outDir, '_redirects'), 'utf8').catch(() => '')).map((r) => r.from)),
    hasId: (page, id) => (page === current.page ? current.ids.has(id) : (wantedIds.get(page)?.has(id) ?? false)),
  };

  const problems: string[] = [];
  const report = (page: string, href: string, problem: string) => {
    const source = sourceCandidates(page, base, contentDir).find((candidate) => existsSync(candidate));
    problems.push(`${source ?? `the page ${page} (made by code in src/)`}: the link "${href}" is broken: ${problem}.`);
  };
  const waiting: WaitingLink[] = [];
  const wanted = new Map<string, Set<string>>();
  let count = 0;
  await readEachPage(htmlFiles, (file, html) => {
    const { hrefs, ids } = readPage(html);
    current = { page: toPath(file), ids };
    count += hrefs.length;
    for (const href of new Set(hrefs)) {
      const target = internalTarget(href, current.page);
      if (!target) continue;
      const targetPage = pageAt(target.path, site.pages);
      if (target.fragment && targetPage && targetPage !== current.page) {
        // Copied: a slice of the page would keep the whole page alive until the end.
        waiting.push({ page: current.page, href: detach(href), target });
        if (!wanted.has(targetPage)) wanted.set(targetPage, new Set());
        wanted.get(targetPage)!.add(target.fragment);
        continue;
      }
      const problem = brokenLink(target, current.page, site);
      if (problem) report(current.page, href, problem);
    }
  });
  current = { page: '', ids: new Set() };

  // Pages with headings that other pages link to, read again for just those ids.
  await readEachPage(
    [...wanted.keys()].map((page) => fileOf.get(page)!),
    (file, html) => {
      const page = toPath(file);
      const { ids } = readPage(html);
      wantedIds.set(page, new Set([...wanted.get(page)!].filter((id) => ids.has(id))));
    },
  );
  for (const { page, href, target } of waiting) {
    const problem = brokenLink(target, page, site);
    if (problem) report(page, href, problem);
  }

  if (problems.length) {
    throw new Error(
      `Broken links:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  …and ${problems.length - 20} more` : ''}\n` +
        'Fix the address (links to pages are written from the site root, like /help-in-a-crisis/), or link to a heading that exists on that page.',
    );
  }
  logger.info(`${count} links checked in ${htmlFiles.length} pages.`);
}

export function linkCheck({ base, contentDir }: Options): AstroIntegration {
  return postBuildStep('link-check', import.meta.url, checkLinks, { base, contentDir });
}
