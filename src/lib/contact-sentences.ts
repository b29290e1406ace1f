/**
 * No dead ends: a sentence that tells the reader to contact, call, phone,
 * ring or get in touch with a service, ward, team, GP or us must give a way
 * to do it, a link (a page, tel:, sms: or mailto:) in that same sentence.
 * "Contact the ward you want to visit" alone leaves a worried reader stuck.
 *
 * Works on the built HTML, so it sees every page as readers do, whatever
 * made the text (content, components or layouts). Pure: text in, sentences out.
 */
import { parse } from 'parse5';

/** A run of text in a block, and whether it is the text of a link. */
export interface Piece {
  text: string;
  link: boolean;
}
/** A paragraph, list item or other block of running text, in reading order. */
export type Block = Piece[];

/**
 * Telling the reader to get in touch: a verb (not the noun, as in "a video
 * call" or "your phone"), then within six words someone to reach, or a number.
 */
const INSTRUCTION = new RegExp(
  String.raw`(?<!\b(?:a|an|the|this|that|your|our|their|my|video|phone|mobile|conference|at|by|on|via|per)\s+)` +
    String.raw`\b(?:contact(?:s|ed|ing)?|call(?:s|ed|ing)?|phon(?:e|es|ed|ing)|ring(?:s|ing)?|rang|get(?:s|ting)?\s+in\s+touch|got\s+in\s+touch)\b` +
    String.raw`(?:[^\w.!?]+[\w'’&-]+){0,6}?[^\w.!?]+` +
    String.raw`(?:(?:us|me|them|(?:[\w'’&-]+\s+)?(?:service|ward|team|gp|surgery|practice|doctor|nurse|helpline|line|clinic|unit|office|department|hospital|trust|samaritans|shout)s?)\b|\d)`,
  'iu',
);

/** Whether a sentence tells the reader to contact someone (with or without a way to). */
export function isContactInstruction(sentence: string): boolean {
  return INSTRUCTION.test(sentence.replace(/\s+/g, ' '));
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|no|tel|ext|dr|mr|mrs|ms|st|approx)\.$/i;

/** A block's sentences, each with whether some link text falls inside it. */
export function sentencesOf(block: Block): { text: string; hasLink: boolean }[] {
  const text = block.map((piece) => piece.text).join('');
  const links: [number, number][] = [];
  let at = 0;
  for (const piece of block) {
    if (piece.link && piece.text.trim()) links.push([at, at + piece.text.length]);
    at += piece.text.length;
  }
  const sentences: { text: string; hasLink: boolean }[] = [];
  let start = 0;
  // A sentence ends at . ! or ? followed by space (or the end), unless the word before is an
  // abbreviation; a colon ends one only at the end of the block, where it leads into the next.
  for (const end of text.matchAll(/[.!?](?=[\s\u00a0"'”’)]|$)|:(?=\s*$)/g)) {
    const stop = end.index + 1;
    if (ABBREVIATIONS.test(text.slice(start, stop))) continue;
    push(start, stop);
    start = stop;
  }
  push(start, text.length);
  return sentences;

  function push(from: number, to: number) {
    const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
    if (!sentence) return;
    sentences.push({ text: sentence, hasLink: links.some(([a, b]) => a < to && b > from) });
  }
}

/**
 * The sentences that tell the reader to get in touch but give no way to.
 * A sentence that leads into the next block ("Phone the team:") is answered
 * by a link in that block (the list or card after it).
 */
export function deadEnds(blocks: readonly Block[]): string[] {
  const found: string[] = [];
  blocks.forEach((block, index) => {
    const sentences = sentencesOf(block);
    sentences.forEach((sentence, at) => {
      if (sentence.hasLink || !isContactInstruction(sentence.text)) return;
      const leadsOn = at === sentences.length - 1 && sentence.text.endsWith(':');
      if (leadsOn && blocks[index + 1]?.some((piece) => piece.link && piece.text.trim())) return;
      found.push(sentence.text);
    });
  });
  return found;
}

interface HtmlNode {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}

/** Elements whose text is running text, read as its own block. Headings are titles, not instructions. */
const BLOCKS = new Set(['p', 'li', 'dd', 'dt', 'td', 'th', 'blockquote', 'figcaption', 'caption', 'label', 'legend', 'summary', 'div', 'section', 'article', 'aside', 'main', 'header', 'footer', 'nav', 'ul', 'ol', 'dl', 'form', 'details', 'body']);
const SKIPPED = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title']);

/** The blocks of running text in a page's body, in reading order. Hidden elements are left out. */
export function blocksOfHtml(html: string): Block[] {
  const blocks: Block[] = [];
  let current: Block = [];
  const close = () => {
    if (current.some((piece) => piece.text.trim())) blocks.push(current);
    current = [];
  };
  const walk = (node: HtmlNode, inLink: boolean) => {
    if (node.nodeName === '#text') {
      current.push({ text: node.value ?? '', link: inLink });
      return;
    }
    if (SKIPPED.has(node.nodeName) || node.attrs?.some((attr) => attr.name === 'hidden')) return;
    const isLink = node.nodeName === 'a' && Boolean(node.attrs?.some((attr) => attr.name === 'href' && attr.value.trim()));
    const isBlock = BLOCKS.has(node.nodeName);
    if (isBlock) close();
    for (const child of node.childNodes ?? []) walk(child, inLink || isLink);
    if (isBlock) close();
  };
  walk(parse(html) as unknown as HtmlNode, false);
  close();
  return blocks;
}
