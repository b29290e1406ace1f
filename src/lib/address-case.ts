/**
 * Addresses typed from a poster in capitals (/CRISIS/, /Help-In-A-Crisis/)
 * lead to the page. Every page address on this site is lower case (Astro
 * makes page ids lower case), so a page address with capitals folds to its
 * lower-case form. Files keep their case: built scripts and search index
 * parts have mixed-case names that must match exactly.
 *
 * The local server (scripts/serve.mjs) and the service worker both fold with
 * foldPageAddress; the build writes caseVariants as redirects for hosts that
 * match case exactly (netlify dev does).
 */
import type { RedirectRule } from './redirects.ts';

/** True when the path's last part has no file extension: a page, not a file. */
const isPageAddress = (path: string) => !/\.[^/]*$/.test(path);

/**
 * The lower-case page address an address with capitals stands for, or undefined
 * when there is nothing to fold (no capitals, or a file). The base path is
 * kept as the site writes it, so a base with capitals still matches.
 * Only ASCII letters fold: anything else in a pathname is percent-encoded.
 */
export function foldPageAddress(pathname: string, base = '/'): string | undefined {
  if (!/[A-Z]/.test(pathname) || !isPageAddress(pathname)) return undefined;
  const underBase = pathname.slice(0, base.length).toLowerCase() === base.toLowerCase();
  const lower = underBase ? base + pathname.slice(base.length).toLowerCase() : pathname.toLowerCase();
  if (lower === pathname) return undefined;
  // Straight to the page: its address ends in a slash.
  return lower.endsWith('/') ? lower : `${lower}/`;
}

/**
 * The ways a lower-case page address is usually written in capitals: all
 * capitals, each word capitalised, and the first letter only. For the
 * redirects file of a host that matches case exactly: every mix of capitals
 * would be too many rules, and posters use these.
 */
export function caseVariants(path: string): string[] {
  if (!isPageAddress(path)) return [];
  const upper = path.toUpperCase();
  const words = path.replace(/(^|[/-])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
  const first = path.replace(/[a-z]/, (letter) => letter.toUpperCase());
  return [...new Set([upper, words, first])].filter((variant) => variant !== path);
}

/**
 * Redirects from the usual capitalised forms of the short addresses in
 * content/redirects.yaml (the ones printed on posters and leaflets) and of
 * the pages they lead to, each straight to its page.
 */
export function caseRedirects(redirects: RedirectRule[]): RedirectRule[] {
  const froms = new Set(redirects.map((rule) => rule.from));
  const pairs = redirects.flatMap(({ from, to }) => [
    ...caseVariants(from).map((variant) => ({ from: variant, to })),
    ...(/^https:/.test(to) ? [] : caseVariants(to).map((variant) => ({ from: variant, to }))),
  ]);
  const added: RedirectRule[] = [];
  for (const pair of pairs) {
    if (froms.has(pair.from)) continue;
    froms.add(pair.from);
    added.push(pair);
  }
  return added;
}
