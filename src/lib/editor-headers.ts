/**
 * The browser editor's own response headers. The editor is a separate build
 * (EDITOR=1) and a separate site, so the public site's strict policy stays
 * as it is. This policy allows only what Keystatic needs: its scripts from
 * the site and Astro's two inline island scripts by hash (never
 * 'unsafe-inline' for scripts); styles it injects as it runs; and, in
 * GitHub mode, GitHub's API, raw file host, sign-in and avatars. Nothing
 * else: Keystatic's hard-coded Google Fonts stylesheet is blocked, so its
 * font falls back to the system's. Nobody should find the editor from a
 * search engine.
 */
import { sha256 } from './security-headers.ts';

export interface EditorPolicyInputs {
  /** Bodies of the inline scripts Astro puts in pages with islands. */
  inlineScripts: string[];
}

export function editorContentSecurityPolicy({ inlineScripts }: EditorPolicyInputs): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...[...new Set(inlineScripts.map(sha256))].sort()],
    // Keystatic's interface adds its styles to the page as it runs.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['font-src', "'self'"],
    // Images in content, files being uploaded, and GitHub avatars.
    ['img-src', "'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'],
    // The editor's API (and the dev server's live reload); in GitHub mode, GitHub's API, and
    // GitHub's raw file host, where Keystatic reads the files of a public repository.
    ['connect-src', "'self'", 'https://api.github.com', 'https://raw.githubusercontent.com'],
    ['form-action', "'self'", 'https://github.com'],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

export function editorHeaderValues(inputs: EditorPolicyInputs): Record<string, string> {
  return {
    'Content-Security-Policy': editorContentSecurityPolicy(inputs),
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'X-Robots-Tag': 'noindex, nofollow',
  };
}
