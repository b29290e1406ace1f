/**
 * Content files parsed as the build parses them: Markdown with MDX (the
 * @mdx-js/mdx "mdx" format) and GitHub-flavoured Markdown (Astro's default),
 * plus the frontmatter block, which the build blanks out line for line, so
 * line numbers here match the build's. The checks and, later, the renderer
 * read this one tree.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { ContentNode } from './tree.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter).freeze();

export interface ParsedFile {
  /** The file as an editor names it (relative to the repository). */
  path: string;
  /** Its text, for the few checks that need the source (frontmatter dates). */
  text: string;
  tree: ContentNode;
}

/** A syntax error (an unclosed tag, a stray brace) throws, with MDX's own line and column. */
export function parseContentFile(path: string, text: string): ParsedFile {
  return { path, text, tree: parser.parse(text) as unknown as ContentNode };
}
