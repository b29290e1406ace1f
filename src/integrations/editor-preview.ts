/**
 * The problems panel on page previews in `npm run edit` (src/editor-preview/):
 * a middleware added only by Astro's dev server with EDITOR=1, so neither the
 * public build nor the editor's deploy has it. Also the content report page.
 */
import type { AstroIntegration } from 'astro';
import { previewReloadPlugin } from '../editor-preview/live-reload.ts';

import { REPORT_PATH } from '../lib/deploy-context.ts';

export { REPORT_PATH };
/** Where Keystatic's previewUrl points (keystatic.config.tsx). */
export const PREVIEW_PATH = '/editor/preview';

export function editorPreview(): AstroIntegration {
  return {
    name: 'editor-preview',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware, injectRoute, updateConfig }) => {
        // The editor's preview links, in `npm run edit` and the editor's deploy.
        injectRoute({ pattern: PREVIEW_PATH, entrypoint: new URL('../editor-preview/preview-redirect.ts', import.meta.url), prerender: false });
        // The editor's deploy: its report link goes to the report on the branch's deploy.
        if (process.env.EDITOR === 'deploy') {
          injectRoute({ pattern: REPORT_PATH, entrypoint: new URL('../editor-preview/report-redirect.ts', import.meta.url), prerender: false });
        }
        if (command !== 'dev' || process.env.EDITOR !== '1') return;
        addMiddleware({ entrypoint: new URL('./editor-preview-middleware.ts', import.meta.url), order: 'pre' });
        // Saves no longer reload the editor page; previews still refresh (live-reload.ts).
        updateConfig({ vite: { plugins: [previewReloadPlugin()] } });
        injectRoute({ pattern: REPORT_PATH, entrypoint: new URL('../editor-preview/ReportPage.astro', import.meta.url), prerender: false });
      },
    },
  };
}
