/** NHS details: extra information some people need, shown on request. Native <details>, so no JavaScript. The one source of its markup. */
import { escapeText } from './html.ts';

export interface DetailsProps {
  summary: string;
  /** The expander style, for longer or more important content. */
  expander?: boolean;
}

export function detailsHtml({ summary, expander = false }: DetailsProps, childrenHtml: string): string {
  // MDX gives a bare attribute (<Details expander>) as true; a string "false" is not false.
  const classes = expander ? 'nhsuk-details nhsuk-expander' : 'nhsuk-details';
  return (
    `<details class="${classes}">` +
    `<summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">${escapeText(summary)}</span></summary>` +
    `<div class="nhsuk-details__text">${childrenHtml}</div>` +
    `</details>`
  );
}
