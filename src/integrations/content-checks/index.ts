/**
 * Content is data, never code. The rules live in src/content-checks/ as pure
 * functions over a parsed file; this module runs them twice:
 *  - `contentChecks()`: before the build renders anything, over all content,
 *    so one run reports every broken file (`astro dev` prints them and goes on)
 *  - `remarkContentChecks`: on each MDX file as it compiles, on the build's
 *    own tree (it catches a file edited while `astro dev` runs), and adds each
 *    <Attachment>'s type and size, which only the compile can do.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import { checkMdx, stringAttribute } from '../../content-checks/mdx.ts';
import { problemsMessage, toContentError } from '../../content-checks/problem.ts';
import { checkAllContent, displayPath, siteContext } from '../../content-checks/site.ts';
import { walk, type ContentNode } from '../../content-checks/tree.ts';

interface Options {
  contentDir: string;
  publicDir: string;
}

/** Checks all content before the build; a problem stops `astro build`. */
export function contentChecks({ contentDir, publicDir }: Options): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const started = performance.now();
        const { files, problems } = checkAllContent(contentDir, publicDir);
        const took = ((performance.now() - started) / 1000).toFixed(2);
        if (!problems.length) {
          logger.info(`${files} content files checked in ${took} s: no code, no unsafe addresses.`);
          return;
        }
        const message = problemsMessage(problems);
        if (command === 'build') throw new Error(message);
        logger.error(message);
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
