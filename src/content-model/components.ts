/**
 * Choices the content components offer, shared by the components, the
 * build's checks and the browser editor (keystatic.config.tsx), so a choice
 * is written once.
 */

/** <CareCard type="…">: how urgently to get help, as NHS.UK care cards show it. */
export const CARE_CARD_TYPES = ['non-urgent', 'urgent', 'emergency'] as const;
export type CareCardType = (typeof CARE_CARD_TYPES)[number];
