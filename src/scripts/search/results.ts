/** Runs a search and turns Pagefind's answer into what the pages show. */
import { BASE, loadPagefind, type PagefindResultData } from './pagefind.ts';
import { keepSavedWhenOffline } from '../offline/offline-search.ts';
import { isCrisisQuery } from '../../lib/crisis-query.ts';
import { CRISIS_PAGE_ID } from '../../data/crisis-page.ts';

/** "Help in a crisis": its results link to its top, where the emergency card is, never to a heading below it. */
export const CRISIS_PAGE_URL = `${BASE}${CRISIS_PAGE_ID}/`;

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
  /** The query is about a crisis: show the crisis numbers first, and "Help in a crisis" first among the hits. */
  crisis: boolean;
}

/** Hits with "Help in a crisis" moved to the top, for a crisis query; otherwise as ranked. */
export function crisisPageFirst(hits: SearchHit[], crisis: boolean): SearchHit[] {
  if (!crisis) return hits;
  const at = hits.findIndex((hit) => hit.url === CRISIS_PAGE_URL);
  return at <= 0 ? hits : [hits[at]!, ...hits.slice(0, at), ...hits.slice(at + 1)];
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
  const crisis = isCrisisQuery(query);
  const pagefind = await loadPagefind();
  // Section counts come back only once Pagefind has loaded its filter index.
  if (options.withSections) await pagefind.filters();
  const filters = options.section ? { section: options.section } : undefined;
  const answer = await keepSavedWhenOffline(await pagefind.search(query, filters ? { filters } : {}), query, filters);
  if (!answer) return { total: 0, hits: [], sections: {}, crisis };
  const wanted = answer.results.slice(0, options.limit ?? 20);
  const data = await Promise.all(wanted.map((result) => result.data()));
  return {
    total: answer.results.length,
    sections: answer.totalFilters?.section ?? answer.filters?.section ?? {},
    crisis,
    hits: crisisPageFirst(data.map(toHit), crisis),
  };
}

function toHit(page: PagefindResultData): SearchHit {
  // The first match under a heading, except on "Help in a crisis", whose top is what a reader needs.
  const found = page.url === CRISIS_PAGE_URL ? undefined : page.sub_results.find((s) => s.anchor && s.anchor.element !== 'h1' && s.url !== page.url);
  const excerpt = found?.excerpt ?? page.excerpt;
  // Keywords sit after the last section, so a keyword-only match is not "in" that section.
  const keywordOnly = isKeywordExcerpt(plain(excerpt), page.meta.keywords);
  return {
    url: page.url,
    title: page.meta.title ?? page.url,
    section: page.meta.section ?? '',
    excerpt: keywordOnly ? (page.meta.description ?? '') : excerpt,
    heading: found && !keywordOnly ? { title: found.title, url: found.url } : undefined,
  };
}
