/**
 * /editor/preview/?slug=…[&branch=…]: where Keystatic's preview link for a
 * page goes (previewUrl in keystatic.config.tsx). Redirects to the page on
 * this server, or, in GitHub mode with PUBLIC_KEYSTATIC_PREVIEW_URL set, to
 * the Netlify branch deploy of the entry's branch (docs/editor-deploy.md).
 */
import type { APIRoute } from 'astro';
import { site } from '../site.ts';
import { previewAddress } from '../lib/preview-url.ts';

export const prerender = false;

export const GET: APIRoute = ({ url, redirect }) => {
  const to = previewAddress(url.searchParams.get('slug') ?? '', {
    base: site.basePath,
    branch: url.searchParams.get('branch') ?? undefined,
    template: import.meta.env.PUBLIC_KEYSTATIC_PREVIEW_URL as string | undefined,
  });
  return to ? redirect(to, 302) : new Response('Not a page: the preview link needs a page\'s address.', { status: 404 });
};
