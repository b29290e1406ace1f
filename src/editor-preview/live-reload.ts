/**
 * In `npm run edit`, Astro's dev server tells every open page to reload
 * whenever its content store is written, which happens after every save.
 * For the editor that reload is harmful: it can land while Keystatic is still
 * waiting for the save's answer, so the save is lost from view (the page
 * comes back as if nothing happened) and unsaved work in other fields goes.
 * So the dev server's "reload" becomes a named event, and only the site's
 * preview pages listen for it (PREVIEW_RELOAD_SCRIPT, added by
 * editor-preview-middleware.ts); the editor page keeps its state.
 */
import type { Plugin } from 'vite';

export const RELOAD_EVENT = 'editor-preview:reload';
const MODULE_ID = 'virtual:editor-preview-reload';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** The script tag the preview pages load (a same-origin module, so the editor's CSP allows it). */
export const PREVIEW_RELOAD_SCRIPT = `<script type="module" src="/@id/__x00__${MODULE_ID}"></script>`;

/** A reload message from the dev server, in place of Vite's own. */
export function toPreviewReload(payload: unknown): unknown {
  if (payload && typeof payload === 'object' && (payload as { type?: unknown }).type === 'full-reload') {
    return { type: 'custom', event: RELOAD_EVENT, data: {} };
  }
  return payload;
}

export function previewReloadPlugin(): Plugin {
  return {
    name: 'editor-preview-reload',
    apply: 'serve',
    configureServer(server) {
      // The client environment's hot channel is this same WebSocket server (Vite 8).
      const ws = server.ws;
      const send = ws.send.bind(ws) as (...args: unknown[]) => void;
      ws.send = ((payload: unknown, ...rest: unknown[]) => send(toPreviewReload(payload), ...rest)) as typeof ws.send;
    },
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `if (import.meta.hot) import.meta.hot.on(${JSON.stringify(RELOAD_EVENT)}, () => location.reload());\n`;
    },
  };
}
