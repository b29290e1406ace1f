/** Search input as people type it, made safe to search for and to show. */

/** Longer queries are trimmed, not refused: nobody types this much, but a pasted paragraph should still work. */
export const MAX_QUERY_LENGTH = 200;

export function cleanQuery(raw: string | null | undefined): string {
  return (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/**
 * Pagefind excerpts are page text with matches wrapped in <mark>. Build them
 * as DOM nodes from text, keeping only <mark>, so nothing in an excerpt can
 * ever become markup.
 */
export function excerptNodes(excerpt: string, doc: Document = document): Node[] {
  const nodes: Node[] = [];
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = doc.createTextNode(decodeEntities(part));
      if (marked) {
        const mark = doc.createElement('mark');
        mark.append(text);
        nodes.push(mark);
      } else nodes.push(text);
    }
  }
  return nodes;
}

/** Pagefind escapes page text as HTML entities; turn the common ones back into characters for text nodes. */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, name: string) =>
    ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" })[name] ?? '',
  );
}

export function resultsLabel(count: number): string {
  return count === 1 ? '1 result' : `${count} results`;
}

/** Offline, search finds only the pages saved on this device: say so, so nobody thinks a page is missing. */
export function savedPagesNote(online: boolean): string {
  return online ? '' : ' You are offline, so search can only find pages saved on this device.';
}
