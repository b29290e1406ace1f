/**
 * Checks every link in every built page that points within the site: the
 * page must exist (or be a document, or a redirect), and a #fragment must
 * name a heading or section on it. A broken link fails the build, naming the
 * content file it is in (or the page, for pages made by code) and the link.
 * It reads the finished HTML, so it sees heading ids exactly as Astro made them.
 *
 * It keeps only what it needs of each page (its links, once each, and its
 * ids), so its memory and time grow with the pages, no faster; and it reads
 * only the pages that changed since the last build (./post-build/cache.ts),
 * taking the rest from the manifest.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addressOf, builtFiles } from '../lib/built-site.ts';
import { brokenLink, internalTarget, readPage, sourceCandidates, type BuiltSite } from '../lib/links.ts';
import { parseRedirectsFile } from '../lib/redirects.ts';
import { postBuildStep, type StepContext } from './post-build/index.ts';
import { StepCache, codeVersion } from './post-build/cache.ts';

const LINK_HELPERS = new URL('../lib/links.ts', import.meta.url).href;

interface Options {
  base: string;
  contentDir: string;
}

/** What the check needs of one page: each link once, the ids on it, and how many links it has. */
interface PageLinksFound {
  hrefs: string[];
  ids: string[];
  count: number;
}

/** Checks the links. Run by the post-build runner (./post-build/), after redirects. */
export async function checkLinks({ outDir, base, contentDir, logger, cache = new StepCache(undefined, outDir) }: Options & StepContext): Promise<void> {
  const toPath = (file: string) => addressOf(outDir, file, base);
  const all = await builtFiles(outDir);
  const htmlFiles = all.filter((file) => file.endsWith('.html'));
  // Each page's links and ids: from last build's manifest for pages that have not changed.
  const { results, reused } = await cache.perPage<PageLinksFound>('link-check', JSON.stringify([codeVersion(import.meta.url, LINK_HELPERS), base]), htmlFiles, (_, html) => {
    const { hrefs, ids } = readPage(html);
    return { hrefs: [...new Set(hrefs)], ids: [...ids], count: hrefs.length };
  });
  const pageOf = new Map(htmlFiles.map((file, i) => [toPath(file), results[i]!]));
  /** Each page's ids as a set, made when a link first asks. */
  const idSets = new Map<string, Set<string>>();
  const site: BuiltSite = {
    pages: new Set(pageOf.keys()),
    files: new Set(all.filter((file) => !file.endsWith('.html')).map(toPath)),
    redirects: new Set(parseRedirectsFile(await readFile(join(outDir, '_redirects'), 'utf8').catch(() => '')).map((r) => r.from)),
    hasId: (page, id) => {
      if (!idSets.has(page)) idSets.set(page, new Set(pageOf.get(page)?.ids));
      return idSets.get(page)!.has(id);
    },
  };

  const problems: string[] = [];
  let count = 0;
  for (const [page, { hrefs, count: links }] of pageOf) {
    count += links;
    for (const href of hrefs) {
      const target = internalTarget(href, page);
      const problem = target && brokenLink(target, page, site);
      if (!problem) continue;
      const source = sourceCandidates(page, base, contentDir).find((candidate) => existsSync(candidate));
      problems.push(`${source ?? `the page ${page} (made by code in src/)`}: the link "${href}" is broken: ${problem}.`);
    }
  }

  if (problems.length) {
    throw new Error(
      `Broken links:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  …and ${problems.length - 20} more` : ''}\n` +
        'Fix the address (links to pages are written from the site root, like /help-in-a-crisis/), or link to a heading that exists on that page.',
    );
  }
  logger.info(`${count} links checked in ${htmlFiles.length} pages (${htmlFiles.length - reused} read, ${reused} unchanged since the last build).`);
}

export function linkCheck({ base, contentDir }: Options): AstroIntegration {
  return postBuildStep('link-check', import.meta.url, checkLinks, { base, contentDir });
}
