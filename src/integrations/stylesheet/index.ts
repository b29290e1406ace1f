/**
 * Ships the smallest stylesheet that styles every page, and by default puts
 * it inside each page, so a first view needs one network round trip (the
 * HTML) instead of two (the HTML, then the CSS it links).
 *
 * At the end of `astro build`:
 *  1. the stylesheets Astro made (nhsuk-frontend's partials and the
 *     components' styles) are joined and pruned by PurgeCSS to the selectors
 *     the site's code (src/) can produce. Pruning against code, not content,
 *     means an editor's change never changes the CSS, so the Content Security
 *     Policy's hash for it stays true;
 *  2. as a safety net, the same CSS is pruned against the built pages; any
 *     rule they need that step 1 dropped fails the build, naming it;
 *  3. each page's <link rel="stylesheet"> becomes one <style> (or, with
 *     CSS_DELIVERY=external, one shared file, for comparison).
 */
import type { AstroIntegration } from 'astro';
import { rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { PurgeCSS, type UserDefinedOptions } from 'purgecss';
import { inlineStylesheet, linkedStylesheets, missingRules, replaceStylesheets } from '../../lib/stylesheet.ts';
import { builtHtmlFiles, detach, forEachFile, readEachPage, readTexts } from '../../lib/built-site.ts';
import { postBuildStep, type StepContext } from '../post-build/index.ts';

/**
 * Selectors the code builds from variables, which PurgeCSS cannot see in the
 * source, and the elements Markdown content can produce.
 */
const SAFELIST: NonNullable<UserDefinedOptions['safelist']> = {
  standard: [
    /^nhsuk-card--care--/, // CareCard: `nhsuk-card--care--${type}`
    /^nhsuk-icon--/, // Icon: `nhsuk-icon--${name}`
    // nhsuk-frontend's Firefox hack (`.nhsuk-fieldset,x:-moz-any-link`) only works whole.
    'x',
    // The pages' scripts say `var` (as code, not an element); keeping its one tiny rule is simpler than telling them apart.
    'var',
    ...['h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'b', 'i', 'blockquote', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'abbr', 'dl', 'dt', 'dd', 'sub', 'sup', 'code', 'pre', 'img', 'br'],
  ],
};

/** Words as PurgeCSS's default extractor sees them. */
const WORD = /[A-Za-z0-9_-]+/g;

async function prune(css: string, content: UserDefinedOptions['content']): Promise<string> {
  const [result] = await new PurgeCSS().purge({ content, css: [{ raw: css }], safelist: SAFELIST, variables: true, keyframes: true, fontFace: true });
  return result?.css ?? '';
}

/** The step, run by the post-build runner (../post-build/) after Astro has written the pages. */
export async function pruneAndInlineStylesheet({ outDir, root, logger }: StepContext): Promise<void> {
  const pages = await builtHtmlFiles(outDir);
  // First pass: which stylesheets pages link, and every word in them (what PurgeCSS
  // would extract), kept as one set so thousands of pages are never all in memory
  // (each new word is copied: a slice of a page would keep the whole page alive).
  const linked = new Set<string>();
  const words = new Set<string>();
  await readEachPage(pages, (_, text) => {
    for (const href of linkedStylesheets(text)) if (!linked.has(href)) linked.add(detach(href));
    for (const word of text.match(WORD) ?? []) if (!words.has(word)) words.add(detach(word));
  });
  const hrefs = [...linked];
  if (hrefs.length === 0) return;
  const cssFile = (href: string) => join(outDir, href.replace(/^.*?\/_astro\//, '_astro/'));
  const full = (await readTexts(hrefs.map(cssFile))).join('\n');

  // remark plugins add classes to content (the call button), so they count as code.
  const shipped = await prune(full, [`${root}src/**/*.astro`, `${root}src/{components,layouts,scripts,pages}/**/*.ts`, `${root}src/integrations/remark-*.ts`]);
  const needed = await prune(full, [{ raw: [...words].join(' '), extension: 'txt' }, `${outDir}/_astro/*.js`]);
  const missing = missingRules(needed, shipped);
  if (missing.length) {
    throw new Error(
      `The built pages use CSS rules that pruning removed from the stylesheet:\n  ${missing.slice(0, 10).map((rule) => JSON.stringify(rule)).join('\n  ')}\n` +
        'A class built from a variable is invisible to the pruner: add a pattern for it to SAFELIST in src/integrations/stylesheet/index.ts.',
    );
  }

  const external = process.env.CSS_DELIVERY === 'external';
  let sharedHref = '';
  if (external) {
    const hash = createHash('sha256').update(shipped).digest('base64url').slice(0, 10);
    sharedHref = hrefs[0]!.replace(/[^/]*$/, `site.${hash}.css`);
    await writeFile(cssFile(sharedHref), shipped);
  }
  await readEachPage(pages, async (file, text) => {
    const updated = external ? replaceStylesheets(text, `<link rel="stylesheet" href="${sharedHref}">`) : inlineStylesheet(text, shipped);
    if (updated !== text) await writeFile(file, updated);
  });
  await forEachFile(hrefs.filter((href) => href !== sharedHref).map(cssFile), (file) => rm(file, { force: true }));

  const kb = (n: number) => (n / 1024).toFixed(1);
  logger.info(
    `Stylesheet pruned from ${kb(full.length)} KB to ${kb(shipped.length)} KB (${kb(brotliCompressSync(shipped).length)} KB brotli), ${external ? `shared as ${sharedHref}` : `inlined in ${pages.length} pages`}.`,
  );
}

export function stylesheet(): AstroIntegration {
  return postBuildStep('stylesheet', import.meta.url, pruneAndInlineStylesheet, {});
}
