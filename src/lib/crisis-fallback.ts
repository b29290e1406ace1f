/**
 * The page the service worker shows offline when nothing is saved on the
 * device, not even the offline page (Cache Storage cleared while the worker
 * lives): "Help in a crisis" as the build made it, cut down to its heading,
 * text, lists and phone links, with no styles or scripts, so it fits in
 * sw.js. Made from the built page, so its numbers are always the deploy's own.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Kept as they are, without attributes: the page's structure. */
const KEPT = new Set(['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'br']);
/** Left out with all they hold: nothing a reader needs without styles or scripts. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'form', 'button', 'img', 'picture', 'iframe']);
/** The only links kept: they dial or text. */
const PHONE_LINK = /^(tel|sms):\+?\d+$/;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function classes(node: Element): string[] {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

function find(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function text(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(text).join('') : '';
}

function serialise(node: RootContent | ElementContent): string {
  if (node.type === 'text') return escapeText(node.value.replace(/\s+/g, ' '));
  if (node.type !== 'element' || DROPPED.has(node.tagName) || node.properties['hidden'] !== undefined) return '';
  const inner = node.children.map(serialise).join('');
  if (node.tagName === 'br') return '<br>';
  if (KEPT.has(node.tagName)) return `<${node.tagName}>${inner.trim()}</${node.tagName}>`;
  const href = String(node.properties['href'] ?? '');
  if (node.tagName === 'a' && PHONE_LINK.test(href)) return `<a href="${escapeAttribute(href)}">${inner.trim()}</a>`;
  // Anything else (a card's wrapper, another site's link) gives only what it holds.
  return inner;
}

/**
 * The fallback page, from the built crisis page's HTML. Throws when the page
 * has no heading or no content area, or gives no number to call or text.
 */
export function crisisFallbackPage(builtPage: string, file: string): string {
  const tree = fromHtml(builtPage);
  const main = find(tree, (element) => element.tagName === 'main');
  const heading = main && find(main, (element) => element.tagName === 'h1');
  const content = main && find(main, (element) => classes(element).includes('app-content'));
  if (!heading || !content) {
    throw new Error(
      `${file} has no <main> with an <h1> and an element of class "app-content" (src/layouts/ContentPage.astro). ` +
        "The service worker's offline copy of the crisis numbers is made from them: keep the crisis page on the content page layout.",
    );
  }
  const body = content.children.map(serialise).join('').replace(/ {2,}/g, ' ').trim();
  if (!/<a href="(tel|sms):/.test(body)) {
    throw new Error(`${file} has no phone or text link (tel: or sms:): the service worker's offline copy of the crisis page would have no numbers.`);
  }
  const title = escapeText(text(heading).replace(/\s+/g, ' ').trim());
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${title}</title></head><body><main><h1>${title}</h1>` +
    '<p>You are offline and this page is not saved on this device. These are the ways to get help now.</p>' +
    `${body}</main></body></html>`
  );
}
