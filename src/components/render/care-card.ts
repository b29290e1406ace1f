/**
 * NHS care card: how urgently to get help. The visually hidden prefix tells
 * screen reader users the urgency that sighted users get from the colour.
 * nhsuk-frontend wraps the heading in role="text"; that is not a valid ARIA
 * role (axe and astro check reject it), so it is left out.
 * The one source of the care card's markup: CareCard.astro and the content loader both call it.
 */
import { CARE_CARD_TYPES, type CareCardType } from '../../content-model/components.ts';
import { escapeText, headingTag } from './html.ts';

export interface CareCardProps {
  type: CareCardType;
  heading: string;
  headingLevel?: 2 | 3 | 4;
}

const PREFIX: Record<CareCardType, string> = {
  'non-urgent': 'Non-urgent advice: ',
  urgent: 'Urgent advice: ',
  emergency: 'Immediate action required: ',
};

export function careCardHtml({ type, heading, headingLevel }: CareCardProps, childrenHtml: string): string {
  if (!CARE_CARD_TYPES.includes(type)) throw new Error(`CareCard type must be "non-urgent", "urgent" or "emergency", not "${type}".`);
  const tag = headingTag('CareCard', headingLevel, [2, 3, 4], 2);
  return (
    `<div class="nhsuk-card nhsuk-card--care nhsuk-card--care--${type}">` +
    `<div class="nhsuk-card__heading-container">` +
    `<${tag} class="nhsuk-card__heading"><span class="nhsuk-u-visually-hidden">${PREFIX[type]}</span>${escapeText(heading)}</${tag}>` +
    `<span class="nhsuk-card--care__arrow" aria-hidden="true"></span>` +
    `</div>` +
    `<div class="nhsuk-card__content">${childrenHtml}</div>` +
    `</div>`
  );
}
