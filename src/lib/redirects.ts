/** Redirect rules: checks that they make sense and the _redirects file they become. */

export interface RedirectRule {
  from: string;
  to: string;
}

/**
 * Problems with a set of redirects, as sentences for an editor: a redirect
 * from a page that exists (the page would win), to a page that does not, or
 * in a loop.
 */
export function redirectProblems(redirects: RedirectRule[], pages: Set<string>): string[] {
  const problems: string[] = [];
  const withSlash = (path: string) => (path.endsWith('/') || /\.\w+$/.test(path) ? path : `${path}/`);
  const froms = new Map(redirects.map((r) => [withSlash(r.from), withSlash(r.to)]));
  for (const [i, { from, to }] of redirects.entries()) {
    const entry = `redirect ${i + 1} (from ${from})`;
    if (pages.has(withSlash(from))) problems.push(`${entry}: ${from} is a page on the site, so the redirect would never be used. Remove the redirect, or the page.`);
    if (!/^https:/.test(to) && !pages.has(withSlash(to)) && !froms.has(withSlash(to))) problems.push(`${entry}: there is no page at ${to}. Check the address of the page it should go to.`);
    const seen = new Set([withSlash(from)]);
    for (let next = froms.get(withSlash(from)); next && froms.has(next); next = froms.get(next)) {
      if (seen.has(next)) {
        problems.push(`${entry}: it leads back to itself. Point it straight at a page.`);
        break;
      }
      seen.add(next);
    }
  }
  return problems;
}

/** The rules with their addresses under the site's base path (full https:// addresses stay as they are). */
export function underBase(redirects: RedirectRule[], base: string): RedirectRule[] {
  const at = (path: string) => (/^https:/.test(path) ? path : `${base}${path.replace(/^\//, '')}`);
  return redirects.map(({ from, to }) => ({ from: at(from), to: at(to) }));
}

/**
 * Why an address cannot be one field of a _redirects line, or undefined if it
 * can: the format has no quoting, so white space or a control character would
 * start another field or rule, and "*", "!" and ":name" are patterns and flags.
 */
export function redirectFieldProblem(value: string): string | undefined {
  if (value === '') return 'it is empty';
  if (/[\s\p{Cc}\p{Cf}\p{Z}]/u.test(value)) return 'it has white space or a control character in it';
  if (/[*!]|(^|\/):/.test(value)) return 'it has "*", "!" or a ":name" placeholder in it';
  if (!value.startsWith('/') && !value.startsWith('https://')) return 'it is neither a path nor an https:// address';
  return undefined;
}

/**
 * The rules as a _redirects file (Netlify's format), permanent, under the base
 * path. It refuses, rather than writes, a field that could add a rule: the
 * schema already refuses them; this holds even if a caller skips it.
 */
export function toRedirectsFile(redirects: RedirectRule[], base: string): string {
  const lines = underBase(redirects, base).map(({ from, to }, i) => {
    for (const [name, value] of [['from', from], ['to', to]] as const) {
      const problem = redirectFieldProblem(value);
      if (problem) throw new Error(`Redirect ${i + 1}: ${name} ${JSON.stringify(value)} cannot be written to _redirects: ${problem}.`);
    }
    return `${from} ${to} 301`;
  });
  return lines.join('\n') + (lines.length ? '\n' : '');
}

/**
 * Where an address finally leads, following one redirect after another as a
 * browser would (at most a few), or undefined when no rule matches. Like the
 * CDN, a rule matches with or without the address's last slash.
 */
export function redirectTarget(redirects: RedirectRule[], pathname: string): string | undefined {
  const bare = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path);
  const rules = new Map(redirects.map((r) => [bare(r.from), r.to]));
  let target: string | undefined;
  for (let next = rules.get(bare(pathname)), hops = 0; next !== undefined && hops < 10; next = rules.get(bare(next)), hops++) target = next;
  return target;
}

/** Reads a _redirects file back (the local server uses this to behave like the CDN). */
export function parseRedirectsFile(text: string): (RedirectRule & { status: number })[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from = '', to = '', status = '301'] = line.split(/\s+/);
      return { from, to, status: Number(status) };
    });
}
