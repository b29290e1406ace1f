/**
 * The problems panel on page previews in `npm run edit` (src/editor-preview/):
 * a middleware added only by Astro's dev server with EDITOR=1, so neither the
 * public build nor the editor's deploy has it. Also the content report page.
 */
import type { AstroIntegration } from 'astro';

/** The content report's address in the editor's site. */
export const REPORT_PATH = '/editor/report';

export function editorPreview(): AstroIntegration {
  return {
    name: 'editor-preview',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware, injectRoute }) => {
        if (command !== 'dev' || process.env.EDITOR !== '1') return;
        addMiddleware({ entrypoint: new URL('./editor-preview-middleware.ts', import.meta.url), order: 'pre' });
        injectRoute({ pattern: REPORT_PATH, entrypoint: new URL('../editor-preview/ReportPage.astro', import.meta.url), prerender: false });
      },
    },
  };
}
