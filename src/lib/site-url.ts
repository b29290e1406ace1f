/**
 * The site's public address, which goes into canonical links, og:url, the
 * sitemap and printed links. A build that would publish "localhost" there
 * must not go unnoticed: locally it warns; on a host's deploy it fails.
 */

export const LOCAL_URL = 'http://localhost:4321';

/** Variables that carry the public address, in the order they are used. */
export const URL_VARIABLES = [
  { name: 'SITE_URL', host: 'any host (set it yourself)' },
  { name: 'URL', host: 'Netlify (set by Netlify on every build)' },
  { name: 'VERCEL_PROJECT_PRODUCTION_URL', host: 'Vercel (set by Vercel; a host name without https://)' },
] as const;

/** Variables a CDN sets while it builds a deploy. */
export const DEPLOY_SIGNALS = [
  { name: 'NETLIFY', host: 'Netlify' },
  { name: 'CF_PAGES', host: 'Cloudflare Pages' },
  { name: 'VERCEL', host: 'Vercel' },
  { name: 'RENDER', host: 'Render' },
  { name: 'AWS_APP_ID', host: 'AWS Amplify' },
] as const;

export interface SiteUrl {
  /** Absolute, no trailing slash. */
  url: string;
  /** Where it came from: a variable's name, or "default". */
  from: string;
  /** Say this loudly: the build publishes localhost addresses. */
  warning?: string;
  /** Stop the build with this. */
  error?: string;
}

type Env = Record<string, string | undefined>;

export function resolveSiteUrl(env: Env): SiteUrl {
  for (const { name } of URL_VARIABLES) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    const value = /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
    let parsed: URL | undefined;
    try {
      parsed = new URL(value);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.search || parsed.hash) {
      return { url: LOCAL_URL, from: name, error: `${name} is "${raw}", which is not a web address. Set it to the site's public address, such as https://www.example.nhs.uk.` };
    }
    return { url: value.replace(/\/+$/, ''), from: name };
  }
  const deploy = DEPLOY_SIGNALS.find(({ name }) => env[name]);
  const which = URL_VARIABLES.map(({ name }) => name).join(', ');
  if (deploy) {
    return {
      url: LOCAL_URL,
      from: 'default',
      error:
        `This is a deploy on ${deploy.host}, and no public address is set (${which}). ` +
        `The site would tell search engines and link previews that its pages are at ${LOCAL_URL}. ` +
        'Set SITE_URL to the public address, such as https://www.example.nhs.uk, in the host\'s environment settings.',
    };
  }
  return {
    url: LOCAL_URL,
    from: 'default',
    warning:
      `SITE_URL is not set, so canonical links, og:url, the sitemap and printed links say ${LOCAL_URL}. ` +
      'That is fine to try the site on this computer. Set SITE_URL before publishing it anywhere.',
  };
}
