/**
 * Redirects, in content/redirects.yaml: an address that sends people on to a page.
 * Each becomes one line of _redirects ("from to 301"), a format with no quoting:
 * white space would start a new field or rule, and "*", "!" and ":name" are
 * patterns and flags, so all of these are refused, never escaped.
 */
import { z } from 'astro/zod';

/** White space (any kind), control and invisible format characters. */
const HIDDEN = /[\s\p{Cc}\p{Cf}\p{Z}]/u;
/** Netlify's splats, forced flag and placeholders. */
const PATTERN = /[*!]|(^|\/):/;
const SITE = 'https://site.invalid';

/** True for a path on this site as the browser would keep it: "/", "/crisis/" (no "?", "#", "//", "..", "\"). */
export function isSitePath(value: string): boolean {
  if (!value.startsWith('/') || HIDDEN.test(value) || PATTERN.test(value) || value.includes(':')) return false;
  try {
    const url = new URL(value, SITE);
    return url.origin === SITE && url.pathname === value && !url.search && !url.hash;
  } catch {
    return false;
  }
}

/** True for a full https:// address with nothing the _redirects format would read as more than one field. */
export function isHttpsAddress(value: string): boolean {
  if (!value.startsWith('https://') || HIDDEN.test(value) || /[*!]/.test(value) || value.slice('https:'.length).includes(':')) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.username && !url.password && url.hostname.includes('.');
  } catch {
    return false;
  }
}

const HOW = 'with no spaces, line breaks, "?", "#", "*", "!" or ":"';

export const redirectSchema = z
  .object({
    from: z
      .string({ error: 'Add from: an address on this site, starting with "/", for example "/crisis/".' })
      .trim()
      .refine(isSitePath, { message: `from must be an address on this site starting with "/", ${HOW}.` }),
    to: z
      .string({ error: 'Add to: the page to send people to, starting with "/", for example "/help-in-a-crisis/".' })
      .trim()
      .refine((value) => isSitePath(value) || isHttpsAddress(value), {
        message: `to must be an address on this site starting with "/", or a full https:// address, ${HOW} (other than in "https://").`,
      }),
  })
  .strict();

export const redirectsSchema = z.array(redirectSchema, { error: 'The file must be a list of redirects, each with "from" and "to".' }).default([]);

export type Redirect = z.infer<typeof redirectSchema>;
