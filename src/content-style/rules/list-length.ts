/** list-length (warning): long lists are hard to take in; NHS.UK keeps them to 6 items or fewer. */
export const LIST_ITEMS_MAX = 6;

export function listLengthProblem(items: number): string | undefined {
  if (items <= LIST_ITEMS_MAX) return undefined;
  return `this list has ${items} items: keep lists to ${LIST_ITEMS_MAX} or fewer, by grouping items under headings or cutting some.`;
}
