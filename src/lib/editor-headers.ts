/**
 * The browser editor's own response headers. The editor is a separate build
 * (EDITOR=1) and a separate site, so the public site's strict policy stays
 * as it is. This policy allows only what Keystatic needs: its scripts from
 * the site and Astro's two inline island scripts by hash (never
 * 'unsafe-inline' for scripts); styles it injects as it runs; the font
 * stylesheet it loads from Google Fonts; and, in GitHub mode, GitHub's API,
 * sign-in and avatars. Nobody should find the editor from a search engine.
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
    // Keystatic's interface adds its styles to the page as it runs, and loads its font's CSS from Google Fonts.
    ['style-src', "'self'", "'unsafe-inline'", 'https://fonts.googleapis.com'],
    ['font-src', "'self'", 'https://fonts.gstatic.com'],
    // Images in content, files being uploaded, and GitHub avatars.
    ['img-src', "'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'],
    // The local editor's API, GitHub's API in GitHub mode, and the dev server's live reload.
    ['connect-src', "'self'", 'https://api.github.com'],
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
