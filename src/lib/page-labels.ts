/**
 * How the editor's page pickers (the "Parent page" field and the "Link to a
 * page" component) name each page: by its title, after the titles of the
 * pages above it (the start page aside, since every page is under it), so
 * "Rate this page or report a problem › Thank you for your feedback". Sorting
 * the labels then keeps a section together. The stored value stays the page's
 * file name (its slug). Pure: src/integrations/editor-page-labels.ts reads the files.
 */
import { START_PAGE_ID } from '../content-model/fields.ts';

export interface LabelledPage {
  id: string;
  title: string;
  parent?: string | undefined;
}

export const LABEL_SEPARATOR = ' › ';

/** Each page's label by its id. A parent that is missing or a loop ends the chain (the build reports both). */
export function pageLabels(pages: readonly LabelledPage[]): Record<string, string> {
  const byId = new Map(pages.map((page) => [page.id, page]));
  const labels: Record<string, string> = {};
  for (const page of pages) {
    const chain = [page.title];
    const seen = new Set([page.id]);
    let parent = page.parent === undefined ? undefined : byId.get(page.parent);
    while (parent && parent.id !== START_PAGE_ID && !seen.has(parent.id)) {
      seen.add(parent.id);
      chain.unshift(parent.title);
      parent = parent.parent === undefined ? undefined : byId.get(parent.parent);
    }
    labels[page.id] = chain.join(LABEL_SEPARATOR);
  }
  // Two pages with the same label (same title under the same parent) also show their file name.
  const counts = new Map<string, number>();
  for (const label of Object.values(labels)) counts.set(label, (counts.get(label) ?? 0) + 1);
  for (const [id, label] of Object.entries(labels)) if (counts.get(label)! > 1) labels[id] = `${label} (${id})`;
  return labels;
}
