/** Sets the editor's headers on every response rendered on request (see editor-headers.ts). */
import { defineMiddleware } from 'astro:middleware';
import { editorHeaderValues } from '../lib/editor-headers.ts';
import { islandScripts } from './editor-island-scripts.ts';

const values = Object.entries(editorHeaderValues({ inlineScripts: islandScripts() }));

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  for (const [name, value] of values) response.headers.set(name, value);
  return response;
});
