/**
 * Checks every link in every built page that points within the site: the
 * page must exist (or be a document, or a redirect), and a #fragment must
 * name a heading or section on it. A broken link fails the build, naming the
 * content file it is in (or the page, for pages made by code) and the link.
 * It reads the finished HTML, so it sees heading ids exactly as Astro made them.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addressOf, builtFiles, readEachPage } from '../lib/built-site.ts';
import { brokenLink, internalTarget, readPage, sourceCandidates } from '../lib/links.ts';
import { parseRedirectsFile } from '../lib/redirects.ts';

interface Options {
  base: string;
  contentDir: string;
}

export function linkCheck({ base, contentDir }: Options): AstroIntegration {
  return {
    name: 'link-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const toPath = (file: string) => addressOf(outDir, file, base);
        const all = await builtFiles(outDir);
        const htmlFiles = all.filter((file) => file.endsWith('.html'));
        const files = new Set(all.filter((file) => !file.endsWith('.html')).map(toPath));
        const redirects = new Set(parseRedirectsFile(await readFile(join(outDir, '_redirects'), 'utf8').catch(() => '')).map((r) => r.from));

        const pages = new Map<string, Set<string>>();
        const links = new Map<string, string[]>();
        await readEachPage(htmlFiles, (file, html) => {
          const { hrefs, ids } = readPage(html);
          pages.set(toPath(file), ids);
          links.set(toPath(file), hrefs);
        });

        const problems: string[] = [];
        for (const [page, hrefs] of links) {
          for (const href of new Set(hrefs)) {
            const target = internalTarget(href, page);
            const problem = target && brokenLink(target, page, pages, files, redirects);
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
        logger.info(`${[...links.values()].reduce((n, hrefs) => n + hrefs.length, 0)} links checked in ${links.size} pages.`);
      },
    },
  };
}
