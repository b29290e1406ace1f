/**
 * The "Help in a crisis" page's id (its file name in content/pages) and the
 * national crisis routes, in their own module, free of build-time settings,
 * so components and browser scripts share one copy of every number.
 * Facts from /work/shared/notes/verified-facts.md (national services).
 */
export const CRISIS_PAGE_ID = 'help-in-a-crisis';

/** The page's title, for the search result search adds when the index does not return the page (content/pages/help-in-a-crisis.mdx). */
export const CRISIS_PAGE_TITLE = 'Help in a crisis';

/** A national crisis route: the link that dials or texts it, and the number as readers see it. */
export interface CrisisRoute {
  href: `tel:${string}` | `sms:${string}`;
  number: string;
}

/**
 * The national crisis numbers, written once here: the crisis bar, the crisis
 * page's "Get help now" list, the crisis help card and search read them from here.
 */
export const CRISIS_ROUTES = {
  /** 999, or A&E, when a life is at risk. */
  emergency: { href: 'tel:999', number: '999' },
  /** NHS 111, then the mental health option: urgent help, 24 hours a day. */
  nhs111: { href: 'tel:111', number: '111' },
  /** Samaritans: free, any time; someone to talk to. */
  samaritans: { href: 'tel:116123', number: '116 123' },
  /** Shout: text SHOUT to this number. */
  shout: { href: 'sms:85258', number: '85258' },
} as const satisfies Record<string, CrisisRoute>;

/** Relay UK before 111, for people who are deaf or have hearing loss (verified facts: national services). */
export const RELAY_UK_111 = '18001 111';

/**
 * The national numbers content may write in page text. Any other number is a
 * contact's: pages show it with the contact card or <ContactPhone>, so a change
 * to content/contacts reaches every page.
 */
export const NATIONAL_NUMBERS: readonly string[] = [...Object.values(CRISIS_ROUTES).map((route) => route.number), RELAY_UK_111];

/** The number as link text: its spaces do not break, so "116 123" never wraps. */
export const linkText = (route: CrisisRoute): string => route.number.replaceAll(' ', '\u00a0');

/** Which routes lead: 999 and 111, or, for someone who wants to talk, Samaritans and Shout. */
export type CrisisLead = 'emergency' | 'talk';

/** The one-line summary search shows beside "Help in a crisis". */
export function crisisSummary(lead: CrisisLead): string {
  const { emergency, nhs111, samaritans, shout } = CRISIS_ROUTES;
  return lead === 'talk'
    ? `Talk to Samaritans on ${samaritans.number} or text SHOUT to ${shout.number}. In an emergency, call ${emergency.number}.`
    : `Call ${emergency.number} or ${nhs111.number} now.`;
}
