/** NHS warning callout: something people must know to stay safe or get help. The one source of its markup. */
import { escapeText, headingTag } from './html.ts';

export interface WarningCalloutProps {
  heading?: string;
  headingLevel?: 2 | 3 | 4;
}

export function warningCalloutHtml({ heading = 'Important', headingLevel }: WarningCalloutProps, childrenHtml: string): string {
  const tag = headingTag('WarningCallout', headingLevel, [2, 3, 4], 3);
  return (
    `<div class="nhsuk-card nhsuk-card--warning"><div class="nhsuk-card__content">` +
    `<${tag} class="nhsuk-card__heading"><span class="nhsuk-u-visually-hidden">Important: </span>${escapeText(heading)}</${tag}>` +
    `${childrenHtml}</div></div>`
  );
}
