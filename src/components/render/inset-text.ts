/** NHS inset text: information that needs to stand out from the text around it. The one source of its markup. */
export function insetTextHtml(_props: Record<string, never>, childrenHtml: string): string {
  return `<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span>${childrenHtml}</div>`;
}
