/**
 * The web app manifest, so the section can be added to a phone's home screen
 * and opened like an app. Built here, not kept in public/, because its
 * addresses depend on the base path.
 */
import type { APIRoute } from 'astro';
import { site, trustFullName } from '../site.ts';
import { joinBase } from '../lib/urls.ts';

export const GET: APIRoute = () => {
  const url = (path: string) => joinBase(site.basePath, path);
  const manifest = {
    name: `${site.serviceName} - ${trustFullName}`,
    short_name: site.serviceName,
    description: 'Peer support from people with lived experience of mental health problems, and how to train as a peer support worker.',
    lang: site.locale,
    dir: 'ltr',
    start_url: url(''),
    scope: url(''),
    display: 'standalone',
    // NHS blue, as in the header.
    theme_color: '#005eb8',
    background_color: '#ffffff',
    icons: [
      { src: url('assets/images/nhsuk-icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: url('assets/images/nhsuk-icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
