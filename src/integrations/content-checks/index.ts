/**
 * Content is data, never code. The rules live in src/content-checks/ as pure
 * functions over a parsed file; this module runs them twice:
 *  - `contentChecks()`: over all content before any MDX is compiled, so one
 *    run reports every broken file (`astro dev` prints them and goes on)
 *  - `remarkContentChecks`: on each MDX file as it compiles, on the build's
 *    own tree (it catches a file edited while `astro dev` runs), and adds each
 *    <Attachment>'s type and size, which only the compile can do.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFileSync } from 'node:fs';
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import { checkMdx, stringAttribute } from '../../content-checks/mdx.ts';
import { problemsMessage, toContentError } from '../../content-checks/problem.ts';
import { checkAllContentInWorker, displayPath, siteContext, type ContentCheckResult } from '../../content-checks/site.ts';
import { walk, type ContentNode } from '../../content-checks/tree.ts';
import { offerPreRendered } from '../../content-loader/handoff.ts';

interface Options {
  contentDir: string;
  publicDir: string;
}

interface PassOptions extends Options {
  /** The site's base path: the pass renders the pages it checks, for the content loader. */
  basePath: string;
}

/**
 * Checks all content before the build renders anything. The check starts with
 * the build, in a worker thread, and `astro build` waits for it before it
 * compiles any MDX: until then Astro reads only frontmatter, which is data.
 * A problem stops the build; `astro dev` prints problems and goes on.
 */
export function contentChecks({ contentDir, publicDir, basePath }: PassOptions): AstroIntegration {
  let pending: Promise<ContentCheckResult | Error> | undefined;
  let started = 0;
  let took = '';
  const report = (result: ContentCheckResult, logger: AstroIntegrationLogger): string | undefined => {
    if (!result.problems.length) {
      logger.info(`${result.files} content files checked in ${took} s: no code, no unsafe addresses.`);
      return undefined;
    }
    return problemsMessage(result.problems);
  };
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        started = performance.now();
        pending = checkAllContentInWorker(contentDir, publicDir, { base: basePath })
          .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))
          .finally(() => (took = ((performance.now() - started) / 1000).toFixed(2)));
        // The content loader takes the pages rendered from the checks' parse (src/content-loader/handoff.ts).
        offerPreRendered(pending);
        if (command === 'dev') {
          void pending.then((result) => {
            const message = result instanceof Error ? `The content check could not run: ${result.message}` : report(result, logger);
            if (message) logger.error(message);
          });
        }
      },
      'astro:build:start': async ({ logger }) => {
        if (!pending) return;
        const result = await pending;
        if (result instanceof Error) throw new Error(`The content check could not run, so nothing was built: ${result.message}`);
        // The content loader has taken the HTML by now (content sync comes first): let it go.
        result.rendered = [];
        const message = report(result, logger);
        if (message) throw new Error(message);
      },
    },
  };
}

export const remarkContentChecks: RemarkPlugin<[Options]> = function ({ contentDir, publicDir }) {
  return function transformer(root, file) {
    // MDX node types are not in mdast's Root type; the checks read them by shape.
    const tree = root as unknown as ContentNode;
    const path = displayPath(file.path ?? file.history[0] ?? 'an MDX file');
    // The build blanks the frontmatter; the date rule reads it from the file.
    const text = file.path ? readFileSync(file.path, 'utf8') : String(file.value);
    const context = siteContext(contentDir, publicDir);
    const [problem] = checkMdx({ path, text, tree }, context);
    if (problem) throw toContentError(problem);

    walk(tree, (node) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Attachment') return;
      // The checks above made sure there is a document at href.
      const info = context.document(stringAttribute(node, 'href')!);
      node.attributes = [
        ...(node.attributes ?? []).filter((a) => a.name !== 'fileType' && a.name !== 'fileSize'),
        { type: 'mdxJsxAttribute', name: 'fileType', value: info.fileType },
        { type: 'mdxJsxAttribute', name: 'fileSize', value: info.fileSize },
      ];
    });
  };
};
