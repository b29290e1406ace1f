/**
 * The content report (/editor/report/) in the public site's build, only on
 * Netlify branch deploys and deploy previews (src/lib/deploy-context.ts):
 * in GitHub mode an editor's `content/…` branch is built there, so the
 * report lists that branch's problems. A static page: noindex, out of the
 * sitemap and disallowed in robots.txt. Production and a build without
 * CONTEXT never have it (tests/deploy/editor-isolation.test.ts).
 */
import type { AstroIntegration } from 'astro';
import { REPORT_PATH, buildsContentReport } from '../lib/deploy-context.ts';

export function contentReport(): AstroIntegration {
  return {
    name: 'content-report',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, logger }) => {
        if (command !== 'build' || !buildsContentReport(process.env)) return;
        injectRoute({ pattern: REPORT_PATH, entrypoint: new URL('../editor-preview/ReportPage.astro', import.meta.url), prerender: true });
        logger.info(`A ${process.env.CONTEXT} build: the content report is at ${REPORT_PATH}/.`);
      },
    },
  };
}
