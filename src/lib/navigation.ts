/**
 * The site's navigation, worked out once from the pages' frontmatter:
 * breadcrumbs from each page's parent, multi-page guides in order, and the A to Z.
 * Mistakes in parent or guide fields throw ContentError naming the file and field.
 */
import { ContentError } from './content-error.ts';

export interface NavInput {
  id: string;
  /** The content file, for error messages. */
  file: string;
  url: string;
  title: string;
  parent?: string | undefined;
  order: number;
  guide?: string | undefined;
  guideLabel?: string | undefined;
  noindex?: boolean;
}

export interface Crumb {
  title: string;
  url: string;
}

export interface GuideLink {
  label: string;
  url: string;
  current: boolean;
}

export interface GuidePosition {
  name: string;
  pages: GuideLink[];
  previous?: { label: string; url: string } | undefined;
  next?: { label: string; url: string } | undefined;
}

export interface NavNode extends NavInput {
  /** Ancestors from the start page down to the parent; empty on the start page. */
  breadcrumbs: Crumb[];
  guidePosition?: GuidePosition | undefined;
}

const byOrderThenTitle = (a: NavInput, b: NavInput) =>
  a.order - b.order || a.title.localeCompare(b.title, 'en-GB');

export function buildNavigation(pages: NavInput[]): Map<string, NavNode> {
  const byId = new Map(pages.map((page) => [page.id, page]));

  for (const page of pages) {
    if (page.parent !== undefined && !byId.has(page.parent)) {
      throw new ContentError(
        page.file,
        'parent',
        `there is no page "${page.parent}".`,
        `Use the file name of an existing page without .mdx: ${[...byId.keys()].sort().join(', ')}.`,
      );
    }
  }

  const ancestors = (page: NavInput): NavInput[] => {
    const chain: NavInput[] = [];
    const seen = new Set([page.id]);
    let current = page.parent === undefined ? undefined : byId.get(page.parent);
    while (current) {
      if (seen.has(current.id)) {
        throw new ContentError(page.file, 'parent', 'the pages\' parents form a loop.', 'Point parent at a page higher up the section, such as "index".');
      }
      seen.add(current.id);
      chain.unshift(current);
      current = current.parent === undefined ? undefined : byId.get(current.parent);
    }
    return chain;
  };

  const guides = new Map<string, NavInput[]>();
  for (const page of pages) {
    if (!page.guide) continue;
    const list = guides.get(page.guide) ?? [];
    const clash = list.find((other) => other.order === page.order);
    if (clash) {
      throw new ContentError(
        page.file,
        'order',
        `page "${clash.id}" in the guide "${page.guide}" has the same order (${page.order}).`,
        'Give each page in a guide its own order number.',
      );
    }
    list.push(page);
    guides.set(page.guide, list);
  }
  for (const list of guides.values()) list.sort(byOrderThenTitle);

  const nodes = new Map<string, NavNode>();
  for (const page of pages) {
    const guidePages = page.guide ? guides.get(page.guide) : undefined;
    let guidePosition: GuidePosition | undefined;
    if (page.guide && guidePages) {
      const index = guidePages.findIndex((p) => p.id === page.id);
      const link = (p: NavInput) => ({ label: p.guideLabel ?? p.title, url: p.url });
      guidePosition = {
        name: page.guide,
        pages: guidePages.map((p) => ({ ...link(p), current: p.id === page.id })),
        previous: index > 0 ? link(guidePages[index - 1]!) : undefined,
        next: index < guidePages.length - 1 ? link(guidePages[index + 1]!) : undefined,
      };
    }
    nodes.set(page.id, {
      ...page,
      breadcrumbs: ancestors(page).map((p) => ({ title: p.title, url: p.url })),
      guidePosition,
    });
  }
  return nodes;
}

/** Children of a page, in order: for lists of pages in a section. */
export function childrenOf(nodes: Map<string, NavNode>, id: string): NavNode[] {
  return [...nodes.values()].filter((n) => n.parent === id).sort(byOrderThenTitle);
}

export interface AtoZGroup {
  letter: string;
  pages: { title: string; url: string }[];
}

/** Every indexable page grouped by first letter, as an A to Z. */
export function aToZ(pages: { title: string; url: string; noindex?: boolean }[]): AtoZGroup[] {
  const groups = new Map<string, { title: string; url: string }[]>();
  const listed = pages
    .filter((p) => !p.noindex)
    .sort((a, b) => a.title.localeCompare(b.title, 'en-GB', { sensitivity: 'base' }));
  for (const page of listed) {
    const first = page.title.trim().charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    const list = groups.get(letter) ?? [];
    list.push({ title: page.title, url: page.url });
    groups.set(letter, list);
  }
  return [...groups.entries()].map(([letter, list]) => ({ letter, pages: list }));
}
