/**
 * Compressed sizes for the performance budgets (scripts/check-budgets.mjs),
 * as a CDN sends them: brotli at quality 11 and gzip at level 9.
 *
 * Brotli at quality 11 takes about 0.1 s for a page with its stylesheet
 * inside (80 KB), so compressing every page of a 5,000-page site would take
 * ten minutes. Files many pages share are compressed once and remembered, and
 * a page is compressed exactly only when a quick upper bound does not settle
 * whether it is within budget.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Brotli, quality 11 (the highest). */
export function brotliSize(bytes: Uint8Array): number {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** Gzip, level 9. */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Brotli at quality 5: about 80 times faster than 11, and a few percent larger. */
function quickBrotliSize(bytes: Uint8Array): number {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length;
}

/** Brotli sizes of things many pages share, each compressed once. */
export class SharedSizes {
  readonly #sizes = new Map<string, number>();

  /** The brotli size of `bytes`, remembered under `key` (a file's path, or the text itself). */
  brotli(key: string, bytes: () => Uint8Array): number {
    let size = this.#sizes.get(key);
    if (size === undefined) {
      size = brotliSize(bytes());
      this.#sizes.set(key, size);
    }
    return size;
  }
}

export interface PageParts {
  /** The page and its render-blocking stylesheets, as the browser receives them. */
  whole: Uint8Array;
  /** Parts of `whole` that many pages share (an inline stylesheet's text, a linked stylesheet), by a key for each. */
  shared: { key: string; bytes: Uint8Array }[];
  /** The rest of `whole`: the page without its shared parts. */
  own: Uint8Array;
}

/**
 * An upper bound on `brotliSize(whole)`: the shared parts compressed apart
 * at quality 11 (once for all pages), plus the page's own bytes at quality 5.
 * Compressed apart, the parts cannot borrow repeats from each other, and
 * quality 5 compresses less than 11, so the sum is above the exact size (by
 * about 3 % on this site's pages; the test checks it on realistic pages).
 */
export function brotliUpperBound(parts: PageParts, shared: SharedSizes): number {
  return parts.shared.reduce((sum, part) => sum + shared.brotli(part.key, () => part.bytes), 0) + quickBrotliSize(parts.own);
}

/**
 * The page's brotli size for a budget check: exact when `exact` is set or
 * when the bound is over `limit`; otherwise the bound, which is then known to
 * be within the limit.
 */
export function firstViewBrotli(parts: PageParts, shared: SharedSizes, limit: number, exact: boolean): { bytes: number; exact: boolean } {
  if (!exact) {
    const bound = brotliUpperBound(parts, shared);
    if (bound <= limit) return { bytes: bound, exact: false };
  }
  return { bytes: brotliSize(parts.whole), exact: true };
}
