/**
 * One MDX content file to HTML, from the parse the content checks use
 * (src/content-checks/parse.ts): the content checks, then the steps the MDX
 * compile ran, in its order: MDX's unravelling, smart punctuation, the base
 * path, phone links, mdast to hast, heading ids (as Astro's plugin gives
 * them) and HTML. The remark plugins are the ones the MDX compile ran
 * (src/integrations/remark-*.ts), called directly.
 */
import { toHast } from 'mdast-util-to-hast';
import { VFile } from 'vfile';
import { unified } from 'unified';
import type { RenderOptions } from '../components/render/index.ts';
import { checkMdx, type CheckContext } from '../content-checks/mdx.ts';
import { parseContentFile, type ParsedFile } from '../content-checks/parse.ts';
import { whereOf, type Problem } from '../content-checks/problem.ts';
import { remarkBasePath } from '../integrations/remark-base-path.ts';
import { remarkPhoneLinks } from '../integrations/remark-phone-links.ts';
import { remarkSmartPunctuation } from '../integrations/remark-smart-punctuation.ts';
import { toHtml, type HastNode } from './serialize.ts';
import { addHeadingIds, type Heading } from './heading-ids.ts';
import { PROBLEM_COMPONENT, slotHtml } from './slots.ts';
import { unravel } from './unravel.ts';

export type { Heading };

export interface Rendered {
  html: string;
  headings: Heading[];
  /** The file had a problem: the HTML is a placeholder that throws it. */
  problem?: true;
}

export interface RenderFileOptions extends RenderOptions {
  /** What the content checks need (src/content-checks/site.ts, siteContext). */
  context: CheckContext;
}

// MDX's node types, which mdast-util-to-hast passes through for the serializer (as @mdx-js/mdx does).
const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] as const;

type Transformer = (tree: unknown, file: VFile) => void;
const processor = unified();
const plugin = (attacher: unknown, ...options: unknown[]) => (attacher as (this: unknown, ...o: unknown[]) => Transformer).call(processor, ...options);

/**
 * A problem renders as a placeholder that the page throws when it is built,
 * as the MDX compile threw: the pass over all content before the build has
 * already reported it, with every other problem, and in `astro dev` only the
 * broken page fails.
 */
const problemHtml = (problem: Problem): Rendered => ({
  html: slotHtml(PROBLEM_COMPONENT, { where: whereOf(problem), field: problem.field, problem: problem.problem, fix: problem.fix }, ''),
  headings: [],
  problem: true,
});

/** The problem MDX reports for a file it cannot parse, as the check before the build words it. */
export function syntaxProblem(path: string, error: unknown): Problem {
  const { line, reason } = error as { line?: number; reason?: string };
  return { file: path, line, field: 'the MDX', problem: `could not be read (${reason ?? (error as Error).message}).`, fix: 'Check for a tag that is not closed, or a { or < that should be written as \\{ or \\<.' };
}

/**
 * HTML from a parsed file whose checks have passed. Changes the tree: MDX's
 * unravelling, smart punctuation, the base path and phone links, in the
 * order the MDX compile ran them (the checks ran after smart punctuation
 * there; they read nothing it changes).
 * @param filePath the file's absolute path (for the plugins' file)
 */
export function renderParsed(parsed: ParsedFile, filePath: string, options: RenderOptions): Rendered {
  const file = new VFile({ path: filePath, value: parsed.text });
  const tree = parsed.tree;
  unravel(tree);
  plugin(remarkSmartPunctuation)(tree, file);
  plugin(remarkBasePath, { base: options.base })(tree, file);
  plugin(remarkPhoneLinks)(tree, file);
  const hast = toHast(tree as never, { allowDangerousHtml: true, passThrough: [...MDX_NODE_TYPES] });
  const headings = addHeadingIds(hast as unknown as HastNode);
  return { html: toHtml(hast as unknown as HastNode, options), headings };
}

/**
 * Parses, checks and renders one file: what the loader does itself when the
 * pass before the build has not rendered the file (astro dev after an edit, a
 * file that changed since, a file with a problem).
 * @param path the file as an editor names it (for messages)
 * @param text the whole file, frontmatter included
 */
export function renderMdx(path: string, filePath: string, text: string, options: RenderFileOptions): Rendered {
  let parsed;
  try {
    parsed = parseContentFile(path, text);
  } catch (error) {
    return problemHtml(syntaxProblem(path, error));
  }
  const [problem] = checkMdx(parsed, options.context);
  if (problem) return problemHtml(problem);
  return renderParsed(parsed, filePath, options);
}
