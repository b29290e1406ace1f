/**
 * The browser editor's integrations: React and Keystatic, loaded only when
 * EDITOR=1 (`npm run edit`) or EDITOR=deploy (the editor's own deploy). The
 * public build never imports this file, so it ships no React and no editor routes.
 */
import type { AstroIntegration } from 'astro';
import react from '@astrojs/react';
import netlify from '@astrojs/netlify';
import keystatic from '@keystatic/astro';
import { editorHeaders } from './editor-headers.ts';

export function editorIntegrations(): AstroIntegration[] {
  return [react(), keystatic(), editorHeaders()];
}

/** The editor's deploy runs Keystatic's GitHub sign-in and API as Netlify Functions. */
export function editorAdapter(): AstroIntegration {
  return netlify();
}
