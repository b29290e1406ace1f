/** What the e2e tests know about the built site: read from dist/, never listed by hand. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { addressOf } from '../../src/lib/built-site.ts';

const DIST = process.env.OUT_DIR ?? 'dist';

/** Every HTML page in the built site, as URL paths ("/", "/help-in-a-crisis/", "/404.html"). */
export function builtPages(dir = DIST): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (!name.startsWith('_') && name !== 'assets' && name !== 'pagefind') walk(path);
      } else if (name.endsWith('.html')) {
        found.push(addressOf(dir, path));
      }
    }
  };
  walk(dir);
  if (found.length === 0) throw new Error(`No pages in ${dir}/: run npm run build first.`);
  return found.sort();
}

/** Pages that are not content pages: no breadcrumbs or review dates expected. */
export const UTILITY_PAGES = new Set(['/404.html', '/search/', '/offline/']);
