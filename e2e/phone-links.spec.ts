/**
 * Phone links on every page, on the smallest phone and on a desktop:
 *  - the number sits in its sentence: no visible gap between its last digit
 *    and the next character ("call 111, or", never "call 111   , or");
 *  - each tel: and sms: link can still be tapped anywhere in a 44 x 44 pixel
 *    box centred on it (WCAG 2.5.5), however short the number.
 * The largest gap seen is printed, for the issue's note.
 */
import { test, expect } from './support/fixtures.ts';
import { builtPages } from './support/site.ts';

const WIDTHS = [
  { width: 320, height: 568 },
  { width: 1280, height: 800 },
];
/** Sub-pixel rounding and a font's side bearing, not a gap anyone sees. */
const MAX_GAP = 4;
const TARGET = 44;

interface Measured {
  href: string;
  text: string;
  /** Pixels between the last character of the link and the next character, when both are on one line. */
  gap: number | null;
  /** Points of the 44 x 44 box centred on the link where a tap would miss it. */
  misses: string[];
}

/** Runs in the page: measures every visible phone link. */
function measurePhoneLinks(target: number): Measured[] {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"], a[href^="sms:"]')].filter((a) => a.getClientRects().length > 0);
  const textAfter = (link: Element): { node: Text; offset: number } | null => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    walker.currentNode = link;
    // Skip the link's own text, then the first character of whatever follows.
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (link.contains(node)) continue;
      if ((node.textContent ?? '').length > 0) return { node: node as Text, offset: 0 };
    }
    return null;
  };
  const lastText = (link: Element): Text | null => {
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node.textContent ?? '').trim()) last = node as Text;
    return last;
  };
  const charBox = (node: Text, offset: number) => {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    return range.getBoundingClientRect();
  };
  return links.map((link) => {
    link.scrollIntoView({ block: 'center', inline: 'center' });
    const own = lastText(link);
    const next = textAfter(link);
    let gap: number | null = null;
    if (own && next) {
      const last = charBox(own, own.data.trimEnd().length - 1);
      const following = charBox(next.node, next.offset);
      // Only when the next character is on the same line: a line break is not a gap.
      const sameLine = following.width > 0 && Math.abs(following.top + following.height / 2 - (last.top + last.height / 2)) < last.height / 2;
      if (sameLine) gap = following.left - last.right;
    }
    const box = link.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    const half = target / 2 - 0.5;
    const misses: string[] = [];
    for (const [dx, dy] of [[-half, -half], [half, -half], [-half, half], [half, half], [-half, 0], [half, 0], [0, -half], [0, half]] as const) {
      const hit = document.elementFromPoint(cx + dx, cy + dy);
      if (!hit || !(hit === link || link.contains(hit))) misses.push(`(${Math.round(dx)}, ${Math.round(dy)}) hits ${hit ? hit.tagName.toLowerCase() + (hit.className ? `.${String(hit.className).split(' ')[0]}` : '') : 'nothing'}`);
    }
    return { href: link.getAttribute('href') ?? '', text: (link.textContent ?? '').trim(), gap, misses };
  });
}

let largest = { gap: -Infinity, where: '' };

for (const viewport of WIDTHS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });
    for (const path of builtPages()) {
      test(`${path}: phone numbers have no gap after them and a 44 x 44 tap target`, async ({ page }) => {
        await page.goto(path);
        const measured = await page.evaluate(measurePhoneLinks, TARGET);
        for (const link of measured) {
          const name = `${link.href} "${link.text}"`;
          if (link.gap !== null) {
            if (link.gap > largest.gap) largest = { gap: link.gap, where: `${path} ${name} at ${viewport.width} px` };
            expect(link.gap, `${name}: gap after the number`).toBeLessThanOrEqual(MAX_GAP);
          }
          expect(link.misses, `${name}: a tap inside the 44 x 44 box centred on it reaches it`).toEqual([]);
        }
      });
    }
  });
}

test.afterAll(() => {
  if (largest.where) console.log(`Largest gap after a phone number: ${largest.gap.toFixed(2)} px (${largest.where})`);
});
