/**
 * The one list of the site's pages: content pages and current notices, with
 * their addresses and navigation. Routes, the A to Z and the notice banner
 * all read it, so they always agree. Worked out once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../site.ts';
import { buildNavigation, type NavNode } from '../lib/navigation.ts';
import { buildDay, isNoticeCurrent } from '../lib/dates.ts';
import { noticePath, pagePath } from '../lib/urls.ts';

export type PageEntry = CollectionEntry<'pages'>;
export type NoticeEntry = CollectionEntry<'notices'>;

export interface SitePage {
  kind: 'page' | 'notice';
  entry: PageEntry | NoticeEntry;
  nav: NavNode;
  /** Route parameter for [...slug]: undefined for the start page. */
  slug: string | undefined;
  /** The section search shows and filters by. */
  section: string;
}

export const SECTIONS = {
  guide: 'Peer support guide',
  notice: 'Service notices',
  other: 'Peer support',
  /** Pages about the site itself (A to Z, accessibility, privacy, feedback): not health information. */
  about: 'About these pages',
} as const;

export interface SiteModel {
  pages: SitePage[];
  byId: Map<string, SitePage>;
  currentNotices: NoticeEntry[];
}

const sourceFile = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;

async function load(): Promise<SiteModel> {
  const today = buildDay();
  const pages = await getCollection('pages');
  if (!pages.some((page) => page.id === 'index')) {
    throw new Error(`There is no start page: add ${site.contentDir}/pages/index.mdx (the section's first page).`);
  }
  // An expired or future notice is not published at all: no page, no banner.
  const currentNotices = (await getCollection('notices'))
    .filter((notice) => isNoticeCurrent(notice.data, today))
    .sort((a, b) => b.data.from.getTime() - a.data.from.getTime());

  const noticeId = (id: string) => `notices/${id}`;
  const nav = buildNavigation([
    ...pages.map((entry) => ({
      id: entry.id,
      file: sourceFile(entry),
      url: pagePath(entry.id, site.basePath),
      title: entry.data.title,
      parent: entry.data.parent,
      order: entry.data.order,
      guide: entry.data.guide,
      guideLabel: entry.data.guideLabel,
      noindex: entry.data.noindex,
    })),
    ...currentNotices.map((entry) => ({
      id: noticeId(entry.id),
      file: sourceFile(entry),
      url: noticePath(entry.id, site.basePath),
      title: entry.data.title,
      parent: 'index',
      order: 0,
    })),
  ]);

  const all: SitePage[] = [
    ...pages.map((entry): SitePage => ({
      kind: 'page',
      entry,
      nav: nav.get(entry.id)!,
      slug: entry.id === 'index' ? undefined : entry.id,
      section: entry.data.section ?? (entry.data.guide ? SECTIONS.guide : SECTIONS.other),
    })),
    ...currentNotices.map((entry): SitePage => ({
      kind: 'notice',
      entry,
      nav: nav.get(noticeId(entry.id))!,
      slug: noticeId(entry.id),
      section: SECTIONS.notice,
    })),
  ];
  return { pages: all, byId: new Map(all.map((p) => [p.nav.id, p])), currentNotices };
}

let cached: Promise<SiteModel> | undefined;

export function siteModel(): Promise<SiteModel> {
  cached ??= load();
  return cached;
}
