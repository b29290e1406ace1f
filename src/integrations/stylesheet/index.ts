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
import { glob, readdir, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { brotliCompressSync } from 'node:zlib';
import { PurgeCSS, type UserDefinedOptions } from 'purgecss';
import { linkedStylesheets, missingRules, replaceStylesheets, styleElement } from '../../lib/stylesheet.ts';
import { builtHtmlFiles, forEachFile, readEachPage, readTexts } from '../../lib/built-site.ts';
import { postBuildStep, type StepContext } from '../post-build/index.ts';
import { StepCache, codeVersion, hashOf } from '../post-build/cache.ts';

const STYLESHEET_HELPERS = new URL('../../lib/stylesheet.ts', import.meta.url).href;
/** PurgeCSS's own version: an update may prune differently. */
const PURGECSS_VERSION = createRequire(import.meta.url).resolve('purgecss/package.json');

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

/** The files matching some patterns, as one hash of their names and contents. */
async function filesVersion(patterns: string[]): Promise<string> {
  const files: string[] = [];
  for (const pattern of patterns) for await (const file of glob(pattern)) files.push(file);
  files.sort();
  return hashOf(JSON.stringify([files, await readTexts(files)]));
}

/** Marks where a page's stylesheet goes while it is rewritten: a NUL, which HTML never has. */
const STYLE_HERE = '\u0000stylesheet\u0000';

/** Words as PurgeCSS's default extractor sees them. */
const WORD = /[A-Za-z0-9_-]+/g;

export async function prune(css: string, content: UserDefinedOptions['content']): Promise<string> {
  const [result] = await new PurgeCSS().purge({ content, css: [{ raw: css }], safelist: SAFELIST, variables: true, keyframes: true, fontFace: true });
  return result?.css ?? '';
}

/**
 * Which of a page's words can matter to PurgeCSS, given every stylesheet Astro
 * wrote: a word it would look for (a class, id, element or attribute name or
 * value is a word of the stylesheet itself), or one an attribute selector
 * matches by part ([class^="…"], [href$="…"], [class*="…"]). Other words
 * change nothing PurgeCSS decides, so the step need not keep them.
 */
export function wordsThatMatter(css: string): (word: string) => boolean {
  const tokens = new Set(css.match(WORD) ?? []);
  const parts = [...new Set([...css.matchAll(/\[[^\]=]*[\^$*]=\s*["']?([^"'\]\s]+)/g)].map(([, value]) => value!))];
  return (word) => tokens.has(word) || parts.some((part) => word.includes(part));
}

/** What the step needs of one page: the stylesheets it links, in order, and its words that matter. */
interface PageStyles {
  links: string[];
  words: string[];
}

/** The step, run by the post-build runner (../post-build/) after Astro has written the pages. */
export async function pruneAndInlineStylesheet({ outDir, root, logger, cache = new StepCache(undefined, outDir) }: StepContext): Promise<void> {
  const pages = await builtHtmlFiles(outDir);
  // Astro names its stylesheets by their content: their names stand for their text.
  const stylesheets = (await readdir(join(outDir, '_astro')).catch(() => [] as string[])).filter((name) => name.endsWith('.css')).sort();
  const matters = wordsThatMatter((await readTexts(stylesheets.map((name) => join(outDir, '_astro', name)))).join('\n'));
  // First pass: which stylesheets pages link, and their words (what PurgeCSS would
  // extract) that matter; from last build's manifest for pages that have not changed.
  const { results, reused } = await cache.perPage<PageStyles>('stylesheet', JSON.stringify([codeVersion(import.meta.url, STYLESHEET_HELPERS), stylesheets]), pages, (_, text) => ({
    links: linkedStylesheets(text),
    words: [...new Set(text.match(WORD) ?? [])].filter(matters).sort(),
  }));
  // In the order of the pages, so the joined stylesheet is the same on every build.
  const linked = new Set<string>();
  const words = new Set<string>();
  for (const page of results) {
    for (const href of page.links) linked.add(href);
    for (const word of page.words) words.add(word);
  }
  const hrefs = [...linked];
  if (hrefs.length === 0) return;
  const cssFile = (href: string) => join(outDir, href.replace(/^.*?\/_astro\//, '_astro/'));
  const full = (await readTexts(hrefs.map(cssFile))).join('\n');

  // remark plugins add classes to content (the call button), so they count as code.
  const code = [`${root}src/**/*.astro`, `${root}src/{components,layouts,scripts,pages}/**/*.ts`, `${root}src/integrations/remark-*.ts`];
  const scripts = `${outDir}/_astro/*.js`;
  const wordList = [...words].sort().join(' ');
  // The same stylesheet, code, scripts and words give the same result: kept from the last build.
  const inputs = [codeVersion(import.meta.url, STYLESHEET_HELPERS, PURGECSS_VERSION), full, await filesVersion(code), await filesVersion([scripts]), wordList];
  const { shipped, missing, brotliBytes } = await cache.remember('stylesheet', hashOf(JSON.stringify(inputs)), async () => {
    const shipped = await prune(full, code);
    const needed = await prune(full, [{ raw: wordList, extension: 'txt' }, scripts]);
    return { shipped, missing: missingRules(needed, shipped), brotliBytes: brotliCompressSync(shipped).length };
  });
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
  // The <style> element is encoded once and written into each page between its two halves
  // (encoding 80 KB of CSS again for each of thousands of pages was a second at 5,000 pages).
  const tag = Buffer.from(external ? `<link rel="stylesheet" href="${sharedHref}">` : styleElement(shipped));
  await readEachPage(pages, async (file, text) => {
    const marked = replaceStylesheets(text, STYLE_HERE);
    if (marked === text) return;
    const at = marked.indexOf(STYLE_HERE);
    await writeFile(file, [Buffer.from(marked.slice(0, at)), tag, Buffer.from(marked.slice(at + STYLE_HERE.length))]);
  });
  await forEachFile(hrefs.filter((href) => href !== sharedHref).map(cssFile), (file) => rm(file, { force: true }));
  // Every page now carries this stylesheet (or its link): the later steps' manifests depend on it.
  cache.pagesRewritten(`stylesheet ${external ? `link ${sharedHref}` : `inline ${hashOf(shipped)}`}`);

  const kb = (n: number) => (n / 1024).toFixed(1);
  logger.info(
    `Stylesheet pruned from ${kb(full.length)} KB to ${kb(shipped.length)} KB (${kb(brotliBytes)} KB brotli), ${external ? `shared as ${sharedHref}` : `inlined in ${pages.length} pages`}; ` +
      `${pages.length - reused} pages read for the check, ${reused} unchanged since the last build.`,
  );
}

export function stylesheet(): AstroIntegration {
  return postBuildStep('stylesheet', import.meta.url, pruneAndInlineStylesheet, {});
}
