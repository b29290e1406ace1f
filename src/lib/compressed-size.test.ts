import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SharedSizes, brotliSize, brotliUpperBound, firstViewBrotli, type PageParts } from './compressed-size.ts';

// nhsuk-frontend's stylesheet, cut to the size of the site's pruned one (80 KB), inside each page as the build puts it.
const css = readFileSync(createRequire(import.meta.url).resolve('nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css'), 'utf8').slice(0, 80_000);

let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const words = 'peer support recovery worker team crisis listening hope experience ward visit carer family training wellbeing appointment community'.split(' ');
const prose = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');

function page(paragraphs: number): PageParts {
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${prose(4)}</title><style>`;
  const body =
    `</style></head><body class="nhsuk-frontend-supported"><header class="nhsuk-header"><div class="nhsuk-header__container nhsuk-width-container"><a class="nhsuk-header__service-logo" href="/">Peer support</a></div></header>` +
    `<main class="nhsuk-main-wrapper" id="maincontent"><h1>${prose(5)}</h1>${Array.from({ length: paragraphs }, (_, i) => `<h2 id="s${i}">${prose(3)}</h2><p>${prose(60)}</p><ul class="nhsuk-list nhsuk-list--bullet"><li>${prose(8)}</li></ul>`).join('')}</main>` +
    `<footer class="nhsuk-footer"><ul class="nhsuk-footer__list"><li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/privacy/">Privacy</a></li></ul></footer></body></html>`;
  return { whole: Buffer.from(head + css + body), shared: [{ key: 'inline-css', bytes: Buffer.from(css) }], own: Buffer.from(head + body) };
}

test('the quick bound is never below the exact brotli size, and close to it', () => {
  const shared = new SharedSizes();
  for (const paragraphs of [0, 1, 3, 6, 10, 20]) {
    const parts = page(paragraphs);
    const exact = brotliSize(parts.whole);
    const bound = brotliUpperBound(parts, shared);
    assert.ok(bound >= exact, `${paragraphs} paragraphs: bound ${bound} below exact ${exact}`);
    assert.ok(bound <= exact * 1.15, `${paragraphs} paragraphs: bound ${bound} too loose for exact ${exact}`);
  }
});

test('a shared part is compressed once, however many pages have it', () => {
  const shared = new SharedSizes();
  let compressed = 0;
  for (let i = 0; i < 3; i++) shared.brotli('sw.js', () => (compressed++, Buffer.from(css)));
  assert.equal(compressed, 1);
});

test('a page within budget by the bound is not compressed exactly; one over it, or near it, is', () => {
  const shared = new SharedSizes();
  const parts = page(3);
  const exact = brotliSize(parts.whole);
  const bound = brotliUpperBound(parts, shared);
  assert.deepEqual(firstViewBrotli(parts, shared, bound + 100, false), { bytes: bound, exact: false });
  // Between the exact size and the bound: the bound cannot tell, so the exact size decides.
  assert.deepEqual(firstViewBrotli(parts, shared, bound - 1, false), { bytes: exact, exact: true });
  assert.deepEqual(firstViewBrotli(parts, shared, bound + 100, true), { bytes: exact, exact: true });
});
