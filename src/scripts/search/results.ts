/** Runs a search and turns Pagefind's answer into what the pages show. */
import { loadPagefind } from './pagefind.ts';
import { keepSavedWhenOffline } from '../offline/offline-search.ts';

export interface SearchHit {
  url: string;
  title: string;
  section: string;
  excerpt: string;
  /** The heading the match was found under, when it is not the top of the page. */
  heading?: { title: string; url: string } | undefined;
}

export interface SearchAnswer {
  total: number;
  hits: SearchHit[];
  /** Results per section for the unfiltered query, for the section filter. */
  sections: Record<string, number>;
}

/**
 * A match found only in a page's hidden keywords gives an excerpt of the
 * keyword list; show the page's description instead.
 */
export function isKeywordExcerpt(plainExcerpt: string, keywords: string | undefined): boolean {
  if (!keywords) return false;
  const list = keywords.split(/,\s*/).filter(Boolean);
  const text = plainExcerpt.replace(/\s+/g, ' ');
  if (list.length === 1) return text.trim().endsWith(list[0]!);
  return list.some((word, i) => i + 1 < list.length && text.includes(`${word}, ${list[i + 1]}`));
}

const plain = (excerpt: string) => excerpt.replace(/<\/?mark>/g, '');

export async function search(
  query: string,
  options: { section?: string | undefined; limit?: number; withSections?: boolean } = {},
): Promise<SearchAnswer> {
  const pagefind = await loadPagefind();
  // Section counts come back only once Pagefind has loaded its filter index.
  if (options.withSections) await pagefind.filters();
  const filters = options.section ? { section: options.section } : undefined;
  const answer = await keepSavedWhenOffline(await pagefind.search(query, filters ? { filters } : {}), query, filters);
  if (!answer) return { total: 0, hits: [], sections: {} };
  const wanted = answer.results.slice(0, options.limit ?? 20);
  const data = await Promise.all(wanted.map((result) => result.data()));
  return {
    total: answer.results.length,
    sections: answer.totalFilters?.section ?? answer.filters?.section ?? {},
    hits: data.map((page) => {
      const found = page.sub_results.find((s) => s.anchor && s.anchor.element !== 'h1' && s.url !== page.url);
      const excerpt = found?.excerpt ?? page.excerpt;
      // Keywords sit after the last section, so a keyword-only match is not "in" that section.
      const keywordOnly = isKeywordExcerpt(plain(excerpt), page.meta.keywords);
      const heading = found && !keywordOnly ? { title: found.title, url: found.url } : undefined;
      return {
        url: page.url,
        title: page.meta.title ?? page.url,
        section: page.meta.section ?? '',
        excerpt: keywordOnly ? (page.meta.description ?? '') : excerpt,
        heading,
      };
    }),
  };
}
