/**
 * The pass over all content before the build (src/integrations/content-checks)
 * parses every page and notice for its checks, and renders each one that
 * passes from that same tree, in its worker thread. It offers the result
 * here; the content loader takes the HTML from it, so each file is parsed
 * once. The two run in one process but in different module graphs (Astro
 * loads the content config through Vite), so the promise is kept on
 * globalThis under a registered symbol.
 */
import type { ContentCheckResult, PreRendered } from '../content-checks/site.ts';

const KEY = Symbol.for('peer-support.content-pre-rendered');
type Holder = { [KEY]?: Promise<ContentCheckResult | Error> };

export function offerPreRendered(result: Promise<ContentCheckResult | Error>): void {
  (globalThis as Holder)[KEY] = result;
}

/** The pass's rendered files by absolute path; empty when it did not run (astro sync, astro check) or failed. */
export async function takePreRendered(): Promise<Map<string, PreRendered>> {
  const result = await (globalThis as Holder)[KEY];
  if (!result || result instanceof Error) return new Map();
  return new Map(result.rendered.map((file) => [file.filePath, file]));
}
