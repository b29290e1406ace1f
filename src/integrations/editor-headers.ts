/**
 * The editor's response headers (src/lib/editor-headers.ts), on every
 * response of the editor's own build and of `npm run edit`: a middleware sets
 * them on pages rendered on request (the editor and its API), and
 * dist/_headers carries them for the files the build writes.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { toHeadersFile } from '../lib/security-headers.ts';
import { editorHeaderValues } from '../lib/editor-headers.ts';
import { islandScripts } from './editor-island-scripts.ts';

export function editorHeaders(): AstroIntegration {
  return {
    name: 'editor-headers',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('./editor-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const values = editorHeaderValues({ inlineScripts: islandScripts() });
        await writeFile(join(fileURLToPath(dir), '_headers'), toHeadersFile([{ for: '/*', values }]));
        logger.info('Editor headers written to _headers.');
      },
    },
  };
}
