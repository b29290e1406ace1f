/**
 * The site's content checked as the build checks it, for the commands in
 * scripts/: the content folder, base path and day from the build's settings
 * (CONTENT_DIR, BASE_PATH, BUILD_DATE), and the spelling cache.
 */
import { site } from '../site.ts';
import { buildDay } from '../lib/dates.ts';
import { checkContentParallel } from './parallel.ts';
import { SPELLING_CACHE } from './rules/spelling.ts';
import type { PageStyle } from './check.ts';

export async function checkSiteContent(workers: number | 'auto' = 0): Promise<{ today: Date; pages: PageStyle[] }> {
  const today = buildDay();
  const pages = await checkContentParallel({ contentDir: site.contentDir, today, base: site.basePath, spellingCache: SPELLING_CACHE }, workers);
  return { today, pages };
}
