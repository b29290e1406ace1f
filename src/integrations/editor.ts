/**
 * The browser editor's integrations: React and Keystatic, loaded only when
 * EDITOR=1 (`npm run edit`, and the editor's own deploy). The public build
 * never imports this file, so it ships no React and no editor routes.
 */
import type { AstroIntegration } from 'astro';
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';

export function editorIntegrations(): AstroIntegration[] {
  return [react(), keystatic()];
}
