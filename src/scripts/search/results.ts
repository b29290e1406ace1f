/** Runs a search and turns Pagefind's answer into what the pages show. */
import { BASE, loadPagefind, type PagefindResultData } from './pagefind.ts';
import { keepSavedWhenOffline } from '../offline/offline-search.ts';
import { crisisMatch } from './crisis.ts';
import { crisisPageFirst } from '../../lib/crisis-first.ts';
import { CRISIS_PAGE_ID, CRISIS_PAGE_TITLE, crisisSummary, type CrisisLead } from '../../data/crisis-page.ts';

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
  /**
   * Set when the query is about a crisis: the crisis numbers show first, with
   * these routes leading, and "Help in a crisis" is the first hit.
   */
  crisis: CrisisLead | undefined;
}

/** "Help in a crisis" as a hit of its own, for when the index did not return it (or returned nothing at all). */
export function crisisPageHit(lead: CrisisLead): SearchHit {
  return { url: CRISIS_PAGE_URL, title: CRISIS_PAGE_TITLE, section: '', excerpt: crisisSummary(lead) };
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
  // A detector that cannot load must not stop search: the results still come.
  const [match, pagefind] = await Promise.all([crisisMatch(query).catch(() => undefined), loadPagefind()]);
  const crisis = match?.kind;
  // Section counts come back only once Pagefind has loaded its filter index.
  if (options.withSections) await pagefind.filters();
  const filters = options.section ? { section: options.section } : undefined;
  const answer = await keepSavedWhenOffline(await pagefind.search(query, filters ? { filters } : {}), query, filters);
  const results = answer?.results ?? [];
  const wanted = results.slice(0, options.limit ?? 20);
  const hits = (await Promise.all(wanted.map((result) => result.data()))).map(toHit);
  const first = crisis ? crisisPageFirst(hits, CRISIS_PAGE_URL, () => crisisPageHit(crisis)) : hits;
  // Counted once: added only when every result was read and it was not among them (a page further down is already counted).
  const added = first.length > hits.length && wanted.length === results.length ? 1 : 0;
  return {
    total: results.length + added,
    sections: answer?.totalFilters?.section ?? answer?.filters?.section ?? {},
    crisis,
    hits: first,
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
