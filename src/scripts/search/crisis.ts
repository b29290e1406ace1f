/**
 * The crisis detector (src/lib/crisis-query.ts) and its word lists, loaded
 * the first time someone searches, never with the page: most visits never
 * search, and the first view must stay small. The service worker saves this
 * chunk with the page's other scripts, so it works offline too.
 */
import type { CrisisMatch } from '../../lib/crisis-query.ts';

export type { CrisisMatch } from '../../lib/crisis-query.ts';

let loading: Promise<typeof import('../../lib/crisis-query.ts')> | undefined;

/** The crisis groups a query matches and which help leads, or undefined for an ordinary query. */
export async function crisisMatch(query: string): Promise<CrisisMatch | undefined> {
  loading ??= import('../../lib/crisis-query.ts');
  // A failed load can be tried again on the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return (await loading).detectCrisis(query);
}
