/**
 * The problems panel on page previews in `npm run edit` (src/editor-preview/):
 * a middleware added only by Astro's dev server with EDITOR=1, so neither the
 * public build nor the editor's deploy has it.
 */
import type { AstroIntegration } from 'astro';

export function editorPreview(): AstroIntegration {
  return {
    name: 'editor-preview',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command !== 'dev' || process.env.EDITOR !== '1') return;
        addMiddleware({ entrypoint: new URL('./editor-preview-middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}
