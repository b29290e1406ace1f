/**
 * Heading ids and the page's list of headings, as Astro's rehypeHeadingIds
 * (@astrojs/markdown-remark 7, MIT) gives them for an MDX file: every h1 to h6
 * in the tree, components' children included, gets a GitHub-style slug of its
 * text, numbered when repeated. Ported because importing
 * @astrojs/markdown-remark loads Shiki (about a second, in every build's
 * content pass). Astro's version also reads {frontmatter.x} expressions in
 * headings; content cannot hold expressions (the checks refuse code), so
 * that part is left out. The unit test compares the two.
 */
import Slugger from 'github-slugger';
import type { HastNode } from './serialize.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

const TEXT_TYPES = new Set(['text', 'raw', 'mdxTextExpression']);

function textOf(node: HastNode): string {
  let text = '';
  for (const child of node.children ?? []) {
    // Raw HTML that is a tag alone is left out, as Astro leaves it out.
    if (child.type === 'raw' && /^\n?<.*>\n?$/.test(child.value ?? '')) continue;
    if (TEXT_TYPES.has(child.type) && typeof child.value === 'string') text += child.value;
    text += textOf(child);
  }
  return text;
}

export function addHeadingIds(tree: HastNode): Heading[] {
  const slugger = new Slugger();
  const headings: Heading[] = [];
  const visit = (node: HastNode) => {
    const depth = node.type === 'element' ? /^h([1-6])$/.exec(node.tagName ?? '')?.[1] : undefined;
    if (depth) {
      const text = textOf(node);
      node.properties ??= {};
      if (typeof node.properties.id !== 'string') node.properties.id = slugger.slug(text);
      headings.push({ depth: Number(depth), slug: node.properties.id as string, text });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return headings;
}
