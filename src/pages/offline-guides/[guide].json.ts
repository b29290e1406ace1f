/**
 * One small file a guide, for "Save this guide for offline reading": the
 * addresses of the guide's pages, in order. The service-worker build step
 * adds what saving them stores and downloads, once the pages are built.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteModel } from '../../data/site-pages.ts';
import { guideSlug } from '../../lib/precache.ts';

export const getStaticPaths = (async () => {
  const guides = new Map<string, string[]>();
  for (const { nav } of (await siteModel()).pages) {
    if (nav.guidePosition) guides.set(nav.guidePosition.name, nav.guidePosition.pages.map((page) => page.url));
  }
  return [...guides].map(([guide, pages]) => ({ params: { guide: guideSlug(guide) }, props: { guide, pages } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify({ guide: props.guide, pages: props.pages }), { headers: { 'Content-Type': 'application/json' } });
