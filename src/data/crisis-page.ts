/**
 * The "Help in a crisis" page's id (its file name in content/pages). In its
 * own module, free of build-time settings, so browser scripts can use it too.
 */
export const CRISIS_PAGE_ID = 'help-in-a-crisis';

/** A national crisis route: the link that dials or texts it, and the number as readers see it. */
export interface CrisisRoute {
  href: `tel:${string}` | `sms:${string}`;
  number: string;
}

/**
 * The national crisis numbers, written once here (facts from
 * /work/shared/notes/verified-facts.md): the crisis bar, the crisis page's
 * "Get help now" list and the crisis help card read them from here.
 */
export const CRISIS_ROUTES = {
  /** 999: emergency, a life at risk. */
  emergency: { href: 'tel:999', number: '999' },
  /** NHS 111, then the mental health option: urgent help, 24 hours a day. */
  nhs111: { href: 'tel:111', number: '111' },
  /** Samaritans: free, any time. */
  samaritans: { href: 'tel:116123', number: '116 123' },
  /** Shout: text SHOUT to this number. */
  shout: { href: 'sms:85258', number: '85258' },
} as const satisfies Record<string, CrisisRoute>;

/** The number as link text: its spaces do not break, so "116 123" never wraps. */
export const linkText = (route: CrisisRoute): string => route.number.replaceAll(' ', '\u00a0');
