/**
 * The browser editor's integrations: React and Keystatic, loaded only when
 * EDITOR=1 (`npm run edit`) or EDITOR=deploy (the editor's own deploy). The
 * public build never imports this file, so it ships no React and no editor routes.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import react from '@astrojs/react';
import netlify from '@astrojs/netlify';
import keystatic from '@keystatic/astro';
import { editorHeaders } from './editor-headers.ts';
import { editorPreview } from './editor-preview.ts';
import { editorPageLabels } from './editor-page-labels.ts';
import { site } from '../site.ts';

/** The editor site's Netlify "Package directory", where editor/netlify.toml is. */
export const EDITOR_PACKAGE_DIR = 'editor';

export function editorIntegrations(): AstroIntegration[] {
  return [react(), keystatic(), editorHeaders(), editorPreview(), editorPageLabels({ contentDir: site.contentDir })];
}

/** The editor's deploy runs Keystatic's GitHub sign-in and API as Netlify Functions. */
export function editorAdapter(): AstroIntegration {
  return netlify();
}

/**
 * Moves what the adapter writes for Netlify (.netlify/v1/: the server
 * function, its config) into the package directory. With "Package directory"
 * set to `editor`, Netlify's build looks for functions only under
 * editor/.netlify/v1/, but the adapter writes them beside astro.config.mjs:
 * left there, the editor would deploy with no sign-in, no API and none of its
 * headers on the pages rendered on request. Runs after the adapter's own hook
 * (Astro puts the adapter first).
 */
export function editorNetlifyLayout(): AstroIntegration {
  let root: URL;
  return {
    name: 'editor-netlify-layout',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ logger }) => {
        const from = fileURLToPath(new URL('.netlify/v1/', root));
        const to = fileURLToPath(new URL(`${EDITOR_PACKAGE_DIR}/.netlify/v1/`, root));
        if (!existsSync(from)) throw new Error(`The Netlify adapter wrote nothing to ${from}: the editor would deploy without its functions.`);
        await rm(to, { recursive: true, force: true });
        await mkdir(new URL(`${EDITOR_PACKAGE_DIR}/.netlify/`, root), { recursive: true });
        await rename(from, to);
        logger.info(`Netlify functions moved to ${EDITOR_PACKAGE_DIR}/.netlify/v1/, where the editor site's build looks for them.`);
      },
    },
  };
}
