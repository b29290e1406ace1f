/**
 * Prints the content style check and the pages due a review with the build,
 * and never fails it: an urgent fix to the crisis page must always publish.
 * The check runs in a worker thread from the start of the build, at the
 * lowest priority, and is reported at the end, so it adds little to the
 * build's time; a remark
 * plugin could not do this (Astro drops a plugin's file.message() output, and
 * it would run inside every page's compile).
 *
 * CONTENT_STYLE=off leaves it out (to measure what it costs).
 */
import type { AstroIntegration } from 'astro';
import { buildDay } from '../lib/dates.ts';
import { checkContentParallel } from '../content-style/parallel.ts';
import { countsText, formatMessages } from '../content-style/report.ts';
import { SPELLING_CACHE } from '../content-style/rules/spelling.ts';
import type { PageStyle } from '../content-style/check.ts';

interface Options {
  contentDir: string;
  base: string;
}

export function contentStyle({ contentDir, base }: Options): AstroIntegration {
  let pending: Promise<PageStyle[] | Error> | undefined;
  let started = 0;
  let finished = 0;
  return {
    name: 'content-style',
    hooks: {
      'astro:build:start': () => {
        if (process.env['CONTENT_STYLE'] === 'off') return;
        started = performance.now();
        pending = checkContentParallel({ contentDir, today: buildDay(), base, spellingCache: SPELLING_CACHE }, 1, true)
          .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))
          .finally(() => (finished = performance.now()));
      },
      'astro:build:done': async ({ logger }) => {
        if (!pending) return;
        const waited = performance.now();
        const pages = await pending;
        if (pages instanceof Error) {
          logger.warn(`The content style check could not run (${pages.message}). The site is built; run npm run lint:content to see why.`);
          return;
        }
        const done = ((finished - started) / 1000).toFixed(2);
        const wait = ((performance.now() - waited) / 1000).toFixed(2);
        const lines = formatMessages(pages);
        const summary =
          `Content style: ${pages.length} files checked alongside the build (done ${done} s after it started; waited ${wait} s for it here): ${countsText(pages)}. ` +
          'Style never stops the build; npm run content:report lists every page\'s reading age.';
        if (lines.length) logger.warn([summary, ...lines].join('\n'));
        else logger.info(summary);
      },
    },
  };
}
