/**
 * One place for the settings that change between deployments.
 * Everything else on the site is derived from content/ or from these values.
 *
 * Set by environment variables at build time so a host can change them
 * without editing code:
 *   SITE_URL       public address, e.g. https://www.example.nhs.uk (Netlify's URL and
 *                  Vercel's VERCEL_PROJECT_PRODUCTION_URL count too: src/lib/site-url.ts)
 *   BASE_PATH      sub-path the site is served from, e.g. /peer-support/ (default /)
 *   FEEDBACK_ACTION where the feedback form posts (default: Netlify Forms, which
 *                  receives the POST and shows the thank-you page)
 *   CSP_REPORT_URL where browsers report what the Content Security Policy blocked
 *                  (an https:// endpoint for the Reporting API; none when unset)
 *   CONTENT_DIR    content folder (tests point this at fixtures)
 */
import { CRISIS_PAGE_ID } from './data/crisis-page.ts';
import { resolveSiteUrl } from './lib/site-url.ts';

const env = process.env;

function withSlashes(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const basePath = withSlashes(env.BASE_PATH ?? '/');

export const site = {
  /** Shown in the header and in every page title. */
  trustName: 'Nottinghamshire Healthcare',
  trustDescriptor: 'NHS Foundation Trust',
  serviceName: 'Peer support',
  /** The trust's own website (verified): every page's footer links to it, as NHS trust sites do. */
  trustWebsite: 'https://www.nottinghamshirehealthcare.nhs.uk',
  /** Absolute public address, no trailing slash: SITE_URL, or the host's own (src/lib/site-url.ts). */
  url: resolveSiteUrl(env).url,
  basePath,
  contentDir: env.CONTENT_DIR ?? 'content',
  publicDir: env.PUBLIC_DIR ?? 'public',
  feedback: {
    /** Netlify Forms accepts a POST to any page and redirects to the form's action. */
    action: env.FEEDBACK_ACTION ?? `${basePath}feedback/thank-you/`,
    /** The name Netlify Forms files submissions under. */
    formName: 'feedback',
  },
  /** CSP_REPORT_URL as set; the headers step checks it (src/lib/security-headers.ts). */
  cspReportUrl: env.CSP_REPORT_URL?.trim() || undefined,
  /** Crisis help must be one tap away on every page. */
  crisisPage: CRISIS_PAGE_ID,
  offline: {
    /**
     * The pages every visitor's device saves on the first visit, whatever page
     * they came for, by address under the base path ("" is the start page),
     * beside the crisis page above, which is always saved: the offline page,
     * the start page, how to contact the team, and search (the header's search
     * box sends people there). Other pages are saved as they are read. The
     * build fails if the core grows past its budget (src/lib/precache.ts).
     */
    corePages: ['offline/', '', 'contact-the-peer-development-team/', 'search/'],
  },
  locale: 'en-GB',
} as const;

export const trustFullName = `${site.trustName} ${site.trustDescriptor}`;
