/**
 * Content is data, never code. The rules live in src/content-checks/ as pure
 * functions over a parsed file; this module runs them over all content before
 * anything is rendered, so one run reports every broken file (`astro dev`
 * prints them and goes on). The same pass renders each page and notice that
 * passes, from the tree its checks read, for the content loader
 * (src/content-loader/), which checks a file again itself only when it renders
 * it (a file edited while `astro dev` runs): a problem there fails that page.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { problemsMessage } from '../../content-checks/problem.ts';
import { checkAllContentInWorker, type ContentCheckResult } from '../../content-checks/site.ts';
import { offerPreRendered } from '../../content-loader/handoff.ts';

interface Options {
  contentDir: string;
  publicDir: string;
  /** The site's base path: the pass renders the pages it checks, for the content loader. */
  basePath: string;
}

/**
 * Checks all content before the build renders anything. The check starts with
 * the build, in a worker thread, and `astro build` waits for it before Vite
 * builds anything; the content loader waits for its rendered pages.
 * A problem stops the build; `astro dev` prints problems and goes on.
 */
export function contentChecks({ contentDir, publicDir, basePath }: Options): AstroIntegration {
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
