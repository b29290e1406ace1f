/**
 * Writes dist/_headers: the security and cache headers for every response
 * (src/lib/security-headers.ts), with the Content Security Policy allowing
 * exactly the inline scripts and styles the built pages contain, by hash.
 * Runs last, when every page is final. scripts/netlify-headers.mjs copies the
 * same rules into netlify.toml.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { headerRules, reportEndpoint, toHeadersFile } from '../lib/security-headers.ts';
import { builtHtmlFiles, detach, readEachPage } from '../lib/built-site.ts';
import { postBuildStep, type StepContext } from './post-build/index.ts';

interface Options {
  base: string;
  formAction: string;
  /** CSP_REPORT_URL: where browsers report violations; checked when the build starts. */
  reportUrl?: string | undefined;
}

/** Bodies of inline <script> (not JSON data blocks, which never run) and <style> elements. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/type="application\/(ld\+)?json"/.test(attributes ?? ''))
    .map(([, , body]) => body ?? '');
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) => body ?? '');
  return { scripts, styles };
}

/** Writes dist/_headers. Run by the post-build runner (./post-build/), last. */
export async function writeHeaders({ outDir, base, formAction, reportUrl, logger }: Options & StepContext): Promise<void> {
  const pages = await builtHtmlFiles(outDir);
  // Pages share their inline code, so sets stay small however many pages there are.
  const scripts = new Set<string>();
  const styles = new Set<string>();
  await readEachPage(pages, (_, html) => {
    const found = inlineCode(html);
    // Copied when new: a slice would keep its page alive.
    for (const body of found.scripts) if (!scripts.has(body)) scripts.add(detach(body));
    for (const body of found.styles) if (!styles.has(body)) styles.add(detach(body));
  });
  const rules = headerRules({ inlineScripts: [...scripts], inlineStyles: [...styles], formAction, base, reportTo: reportEndpoint(reportUrl) });
  await writeFile(join(outDir, '_headers'), toHeadersFile(rules));
  logger.info(`Headers for ${rules.length} path patterns written to _headers.`);
}

export function headers({ base, formAction, reportUrl }: Options): AstroIntegration {
  // A bad CSP_REPORT_URL stops the build before it starts, not after every page is built.
  reportEndpoint(reportUrl);
  return postBuildStep('headers', import.meta.url, writeHeaders, { base, formAction, reportUrl });
}
