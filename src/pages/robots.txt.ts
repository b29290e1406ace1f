/**
 * robots.txt: everything may be crawled; the sitemap says what to list. A
 * branch deploy or deploy preview with the content report keeps crawlers
 * out of it (it is noindex too).
 */
import type { APIRoute } from 'astro';
import { site } from '../site.ts';
import { REPORT_PATH, buildsContentReport } from '../lib/deploy-context.ts';

const report = buildsContentReport(process.env) ? `Disallow: ${site.basePath}${REPORT_PATH.replace(/^\//, '')}/\n` : '';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n${report}\nSitemap: ${new URL(`${site.basePath}sitemap-index.xml`, `${site.url}/`).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
