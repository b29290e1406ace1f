/**
 * Offline, search shows only the pages saved on this device: the rest could
 * not be opened. The code that finds them (./saved-pages.ts) loads only then,
 * so searching online costs nothing more.
 */
import type { SearchAnswer } from './saved-pages.ts';

export async function keepSavedWhenOffline<R extends { data(): Promise<{ url: string; filters?: Record<string, string[]> }> }, A extends SearchAnswer<R>>(
  answer: A | null,
  query: string,
  filters?: Record<string, string>,
): Promise<A | null> {
  if (!answer || navigator.onLine) return answer;
  return (await import('./saved-pages.ts')).onlySavedPages<R, A>(answer, query, filters);
}
