/**
 * What the sitemap needs to know about each page, read from the content
 * files' frontmatter when the config loads (the sitemap integration only sees
 * addresses): when it was last reviewed, and whether it is kept out of
 * search engines. Pages made by code that are never for search engines are
 * listed here too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { frontmatterBlock } from '../lib/frontmatter.ts';
import { noticePath, pagePath } from '../lib/urls.ts';

/** Pages made by code (src/pages) that search engines should not list: they are noindex. */
export const UNLISTED_CODE_PAGES = ['search/', 'offline/', '404.html', '404/', 'editor/report/'];

export interface SitemapPage {
  lastReviewed?: Date;
  noindex: boolean;
}

function frontmatter(file: string): Record<string, unknown> {
  const block = frontmatterBlock(readFileSync(file, 'utf8'));
  try {
    return (block && (parse(block) as Record<string, unknown>)) || {};
  } catch {
    // The content checks report bad frontmatter with a clear message; the sitemap just skips it.
    return {};
  }
}

/** Every content page and notice by address ("/help-in-a-crisis/"). */
export function sitemapPages(contentDir: string, base: string): Map<string, SitemapPage> {
  const pages = new Map<string, SitemapPage>();
  const read = (folder: string, toPath: (id: string) => string) => {
    let names: string[] = [];
    try {
      names = readdirSync(join(contentDir, folder), { recursive: true }).map(String);
    } catch {
      return;
    }
    for (const name of names.filter((n) => n.endsWith('.mdx'))) {
      const data = frontmatter(join(contentDir, folder, name));
      const reviewed = data['lastReviewed'];
      pages.set(toPath(name.replace(/\.mdx$/, '').replace(/\\/g, '/')), {
        ...(reviewed instanceof Date || typeof reviewed === 'string' ? { lastReviewed: new Date(reviewed) } : {}),
        noindex: data['noindex'] === true,
      });
    }
  };
  read('pages', (id) => pagePath(id, base));
  read('notices', (id) => noticePath(id, base));
  return pages;
}

/** Whether an absolute page URL belongs in the sitemap. */
export function isListed(url: string, base: string, pages: Map<string, SitemapPage>): boolean {
  const path = new URL(url).pathname;
  if (UNLISTED_CODE_PAGES.some((page) => path === `${base}${page}`)) return false;
  return pages.get(path)?.noindex !== true;
}
