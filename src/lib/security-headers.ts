/**
 * The HTTP headers every response gets, as one list of rules. The build
 * writes them as dist/_headers (the format Netlify, Cloudflare Pages and
 * others read) and scripts/netlify-headers.mjs copies the same rules into
 * netlify.toml; a test keeps the two equal.
 */
import { createHash } from 'node:crypto';

export interface HeaderRule {
  /** A path pattern; `*` matches the rest of the path. */
  for: string;
  values: Record<string, string>;
}

export interface PolicyInputs {
  /** Inline <script> bodies the pages contain (JSON data blocks excluded). */
  inlineScripts: string[];
  /** Inline <style> bodies the pages contain. */
  inlineStyles: string[];
  /** More of each, given as their policy sources already ('sha256-…', from sha256()). */
  inlineScriptHashes?: string[];
  inlineStyleHashes?: string[];
  /** Where the feedback form posts: a path on this site or an absolute URL. */
  formAction: string;
  /** The site's base path, "/" or "/peer-support/". */
  base: string;
  /** Where browsers send reports of what the policy blocked (CSP_REPORT_URL, checked by reportEndpoint); none when unset. */
  reportTo?: string | undefined;
}

/** The endpoint's name, shared by the Reporting-Endpoints header and the policy's report-to. */
export const REPORT_ENDPOINT_NAME = 'csp-endpoint';

/**
 * CSP_REPORT_URL as the headers carry it, or undefined when it is unset.
 * Browsers only report to https:// addresses, and the value goes into a
 * header as it is, so quotes, commas, semicolons, white space and anything
 * else a header or the policy would read as structure stop the build.
 */
export function reportEndpoint(value: string | undefined): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== 'https:' || url.username || url.password || !/^[\x21-\x7e]+$/.test(raw) || /[",;\\]/.test(raw)) {
    throw new Error(
      `CSP_REPORT_URL is ${JSON.stringify(raw)}, which browsers cannot send reports to. ` +
        'Set it to the full https:// address of an endpoint that accepts the Reporting API\'s reports (no spaces, quotes, commas or semicolons), or leave it unset to send none.',
    );
  }
  return url.href;
}

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const unique = (items: string[]) => [...new Set(items)].sort();

/** Where a form posting to `action` may send its data: this site, or that site's origin. */
export function formActionSource(action: string): string {
  if (/^https?:\/\//i.test(action)) return new URL(action).origin;
  return "'self'";
}

/** The Content Security Policy: this site only, scripts and styles from files or exact hashes. */
export function contentSecurityPolicy({ inlineScripts, inlineStyles, inlineScriptHashes = [], inlineStyleHashes = [], formAction, reportTo }: PolicyInputs): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // Pagefind's search runs as WebAssembly, which needs wasm-unsafe-eval (not unsafe-eval).
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...unique([...inlineScripts.map(sha256), ...inlineScriptHashes])],
    ['style-src', "'self'", ...unique([...inlineStyles.map(sha256), ...inlineStyleHashes])],
    ['img-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['form-action', ...unique([formActionSource(formAction)])],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['frame-ancestors', "'none'"],
    // Violations in readers' browsers go to the trust's endpoint, when it has one.
    ...(reportTo ? [['report-to', REPORT_ENDPOINT_NAME] as [string, string]] : []),
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Browser features the site never uses, all switched off. */
const UNUSED_FEATURES = [
  'accelerometer', 'autoplay', 'camera', 'display-capture', 'encrypted-media', 'fullscreen',
  'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment',
  'picture-in-picture', 'publickey-credentials-get', 'screen-wake-lock', 'usb', 'xr-spatial-tracking',
];

const REVALIDATE = 'public, max-age=0, must-revalidate';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The rules never give one header twice for a path: some hosts join repeated
 * values with commas, which would make nonsense of Cache-Control. Pages get
 * the hosts' own default, which is to revalidate (Netlify and Cloudflare
 * Pages both send "public, max-age=0, must-revalidate" for HTML).
 */
export function headerRules(inputs: PolicyInputs): HeaderRule[] {
  const at = (path: string) => `${inputs.base}${path}`;
  return [
    {
      for: at('*'),
      values: {
        'Content-Security-Policy': contentSecurityPolicy(inputs),
        'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': UNUSED_FEATURES.map((feature) => `${feature}=()`).join(', '),
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Resource-Policy': 'same-origin',
        'X-Frame-Options': 'DENY',
        ...(inputs.reportTo ? { 'Reporting-Endpoints': `${REPORT_ENDPOINT_NAME}="${inputs.reportTo}"` } : {}),
      },
    },
    // Names that change whenever their content does can be cached for good.
    ...['_astro/*', 'pagefind/fragment/*', 'pagefind/index/*', 'pagefind/filter/*'].map((path) => ({ for: at(path), values: { 'Cache-Control': IMMUTABLE } })),
    // Names that stay the same between deploys must be checked on every visit.
    ...['sw.js', 'manifest.webmanifest', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind', 'assets/*'].map((path) => ({
      for: at(path),
      values: { 'Cache-Control': REVALIDATE },
    })),
  ];
}

/** Rules in the _headers file format. */
export function toHeadersFile(rules: HeaderRule[]): string {
  return rules.map((rule) => [rule.for, ...Object.entries(rule.values).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n\n') + '\n';
}

/** Reads a _headers file back into rules. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ for: line.trim(), values: {} });
    else {
      const colon = line.indexOf(':');
      const rule = rules.at(-1);
      if (rule && colon > 0) rule.values[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/** The headers a response for `path` gets: every matching rule, later rules winning. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const matches = (pattern: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
  return Object.assign({}, ...rules.filter((rule) => matches(rule.for)).map((rule) => rule.values));
}
