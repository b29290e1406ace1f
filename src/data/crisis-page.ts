/**
 * The "Help in a crisis" page's id (its file name in content/pages) and the
 * national crisis routes, in their own module, free of build-time settings,
 * so components and browser scripts share one copy of every number.
 * Numbers from /work/shared/notes/verified-facts.md (national services).
 */
export const CRISIS_PAGE_ID = 'help-in-a-crisis';

/** The page's title, for the search result search adds when the index does not return the page (content/pages/help-in-a-crisis.mdx). */
export const CRISIS_PAGE_TITLE = 'Help in a crisis';

export interface CrisisRoute {
  /** What a link to it opens: a call or a text. */
  href: string;
  /** As shown, grouped as people say it. */
  number: string;
}

export const CRISIS_ROUTES = {
  /** 999, or A&E, when a life is at risk. */
  emergency: { href: 'tel:999', number: '999' },
  /** NHS 111, mental health option, 24 hours a day. */
  urgent: { href: 'tel:111', number: '111' },
  /** Samaritans, free, any time: someone to talk to. */
  samaritans: { href: 'tel:116123', number: '116 123' },
  /** Shout: text SHOUT to this number. */
  shout: { href: 'sms:85258', number: '85258' },
} as const satisfies Record<string, CrisisRoute>;

/** Which routes lead: 999 and 111, or, for someone who wants to talk, Samaritans and Shout. */
export type CrisisLead = 'emergency' | 'talk';

/** The one-line summary search shows beside "Help in a crisis". */
export function crisisSummary(lead: CrisisLead): string {
  const { emergency, urgent, samaritans, shout } = CRISIS_ROUTES;
  return lead === 'talk'
    ? `Talk to Samaritans on ${samaritans.number} or text SHOUT to ${shout.number}. In an emergency, call ${emergency.number}.`
    : `Call ${emergency.number} or ${urgent.number} now.`;
}
