/**
 * Addresses in content, judged as a browser would read them: character
 * references decoded (as in an HTML attribute), then the WHATWG URL parser,
 * which also drops tabs and line breaks inside a scheme ("java\tscript:").
 * A scheme is never matched as text.
 */
import { parseEntities } from 'parse-entities';

/** Stands for this site: an address that resolves to it is a path on the site. */
const SITE = new URL('https://site.invalid/');

/** Schemes a link may use. Everything else (javascript:, data:, vbscript:, file:...) is refused. */
const LINK_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:', 'sms:']);

/** Schemes that run code or carry a whole document, whatever the attribute. */
export const DANGEROUS_SCHEMES = new Set(['javascript:', 'data:', 'vbscript:']);

/** Control characters (tab and newline among them), which no address needs and which hide a scheme. */
const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/**
 * Decodes character references until nothing changes (a few rounds at most),
 * so "&amp;#106;" is read as "j" too: refusing too much is safe here.
 */
export function decodeReferences(value: string): string {
  let current = value;
  for (let round = 0; round < 4; round++) {
    const next = parseEntities(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** The address as a browser resolves it on this site, or undefined if it is not an address. */
export function resolveAddress(value: string): URL | undefined {
  try {
    return new URL(decodeReferences(value), SITE);
  } catch {
    return undefined;
  }
}

/** Why a link address cannot be used, or undefined if it can. */
export function linkProblem(value: string): string | undefined {
  if (CONTROL.test(decodeReferences(value))) return 'the address has a tab, line break or other hidden character in it.';
  const url = resolveAddress(value);
  if (!url) return 'it is not a valid address.';
  if (!LINK_SCHEMES.has(url.protocol)) {
    return `links can only go to web pages (https://), email (mailto:), phone numbers (tel:) or text messages (sms:), not "${url.protocol}".`;
  }
  return undefined;
}

/** Why an image (or anything else the browser loads by itself) cannot be used, or undefined if it can. */
export function imageProblem(value: string): string | undefined {
  const problem = linkProblem(value);
  if (problem) return problem;
  if (resolveAddress(value)!.origin !== SITE.origin) {
    return 'images must be files on this site: the site loads nothing from other websites.';
  }
  return undefined;
}

/** True when an address would run code or open a data: document, after a browser's decoding. */
export function hasDangerousScheme(value: string): boolean {
  const url = resolveAddress(value);
  return url !== undefined && DANGEROUS_SCHEMES.has(url.protocol);
}

/** True when a browser would load the address from another origin (for tests and the fuzz oracle). */
export function isOtherOrigin(value: string): boolean {
  const url = resolveAddress(value);
  return url === undefined || url.origin !== SITE.origin;
}
