/**
 * Placeholders in a page's stored HTML for the components that are rendered
 * when the page is built (src/components/render/index.ts, PAGE_TIME_COMPONENTS):
 *
 *   <site-slot data-component="ContactCard" data-props="{&quot;contact&quot;:&quot;x&quot;}">children</site-slot>
 *
 * No content can produce this text: text and attribute values are escaped,
 * and the content checks allow only a short list of lowercase HTML tags, so
 * every <site-slot in stored HTML was written by the loader.
 */
import { escapeAttribute } from '../components/render/html.ts';

export const SLOT_TAG = 'site-slot';
/** A content problem found when a file was rendered: the page throws it when it is built, as the MDX compile did. */
export const PROBLEM_COMPONENT = 'content-problem';

export function slotHtml(component: string, props: Record<string, unknown>, childrenHtml: string): string {
  // < and > as JSON escapes, so no tag (not even </site-slot>) can appear inside the attribute.
  const json = JSON.stringify(props).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return `<${SLOT_TAG} data-component="${escapeAttribute(component)}" data-props="${escapeAttribute(json)}">${childrenHtml}</${SLOT_TAG}>`;
}

export interface Slot {
  component: string;
  props: Record<string, unknown>;
  /** The HTML between the tags, which may hold slots of its own. */
  children: string;
}

export type Part = string | Slot;

const OPEN = new RegExp(`<${SLOT_TAG} data-component="([^"]*)" data-props="([^"]*)">`, 'g');
const TAG = new RegExp(`<${SLOT_TAG} |</${SLOT_TAG}>`, 'g');
const unescapeAttribute = (value: string) => value.replace(/&(amp|quot);/g, (_, name: string) => (name === 'amp' ? '&' : '"'));

/** Splits stored HTML into plain HTML and the slots at its top level, in order. */
export function splitSlots(html: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  OPEN.lastIndex = 0;
  for (let open = OPEN.exec(html); open; open = OPEN.exec(html)) {
    if (open.index > last) parts.push(html.slice(last, open.index));
    // The matching close tag: slots can hold slots (a contact's number in a document link's text).
    let depth = 1;
    TAG.lastIndex = OPEN.lastIndex;
    let close: RegExpExecArray | null = null;
    while (depth > 0) {
      close = TAG.exec(html);
      if (!close) throw new Error(`The stored HTML has a <${SLOT_TAG}> that is not closed: the content loader wrote it wrongly.`);
      depth += close[0] === `</${SLOT_TAG}>` ? -1 : 1;
    }
    parts.push({
      component: unescapeAttribute(open[1]!),
      props: JSON.parse(unescapeAttribute(open[2]!)) as Record<string, unknown>,
      children: html.slice(OPEN.lastIndex, close!.index),
    });
    last = close!.index + close![0].length;
    OPEN.lastIndex = last;
  }
  if (last < html.length) parts.push(html.slice(last));
  return parts;
}
