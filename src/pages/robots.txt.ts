/** robots.txt: everything may be crawled; the sitemap says what to list. */
import type { APIRoute } from 'astro';
import { site } from '../site.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(`${site.basePath}sitemap-index.xml`, `${site.url}/`).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
