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
import { headerRules, reportEndpoint, sha256, toHeadersFile } from '../lib/security-headers.ts';
import { builtHtmlFiles, detach } from '../lib/built-site.ts';
import { postBuildStep, type StepContext } from './post-build/index.ts';
import { StepCache, codeVersion } from './post-build/cache.ts';

const HEADER_HELPERS = new URL('../lib/security-headers.ts', import.meta.url).href;

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
export async function writeHeaders({ outDir, base, formAction, reportUrl, logger, cache = new StepCache(undefined, outDir) }: Options & StepContext): Promise<void> {
  const pages = await builtHtmlFiles(outDir);
  // Each page's inline code, as the policy's hashes; from last build's manifest for pages that have not changed.
  // Pages share their inline code: each body is hashed once (a copy is kept: a slice would keep its page alive).
  const hashes = new Map<string, string>();
  const hashed = (body: string) => hashes.get(body) ?? hashes.set(detach(body), sha256(body)).get(body)!;
  const { results } = await cache.perPage('headers', JSON.stringify([codeVersion(import.meta.url, HEADER_HELPERS), base, formAction, reportUrl ?? '']), pages, (_, html) => {
    const found = inlineCode(html);
    return { scripts: found.scripts.map(hashed), styles: found.styles.map(hashed) };
  });
  // Pages share their inline code, so sets stay small however many pages there are.
  const scripts = new Set(results.flatMap((page) => page.scripts));
  const styles = new Set(results.flatMap((page) => page.styles));
  const rules = headerRules({ inlineScripts: [], inlineStyles: [], inlineScriptHashes: [...scripts], inlineStyleHashes: [...styles], formAction, base, reportTo: reportEndpoint(reportUrl) });
  await writeFile(join(outDir, '_headers'), toHeadersFile(rules));
  logger.info(`Headers for ${rules.length} path patterns written to _headers.`);
}

export function headers({ base, formAction, reportUrl }: Options): AstroIntegration {
  // A bad CSP_REPORT_URL stops the build before it starts, not after every page is built.
  reportEndpoint(reportUrl);
  return postBuildStep('headers', import.meta.url, writeHeaders, { base, formAction, reportUrl });
}
