/**
 * Puts a page's problems at the top of its preview in `npm run edit`, read
 * from the file as it is now; when the file has an error the build would stop
 * on, the preview shows the errors instead of the page (the dev server would
 * otherwise keep showing the last version that worked). Added only in dev
 * with EDITOR=1 (editor-preview.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import type { APIContext, MiddlewareNext } from 'astro';
import { PREVIEW_RELOAD_SCRIPT } from '../editor-preview/live-reload.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { site } from '../site.ts';
import { buildDay } from '../lib/dates.ts';
import { siteContext } from '../content-checks/site.ts';
import { createStyleChecker, type StyleChecker } from '../content-style/check.ts';
import { pageSchema } from '../content-model/page.ts';
import { noticeSchema } from '../content-model/notice.ts';
import { fileProblems, previewTarget } from '../editor-preview/problems.ts';
import { problemsPanel } from '../editor-preview/panel.ts';
import { escapeText as escape } from '../components/render/html.ts';

// One style checker for the session: building it loads the word lists.
let checker: StyleChecker | undefined;


const standalone = (file: string, panel: string) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Problems in ${escape(file)}</title></head>` +
  `<body><main id="maincontent"><h1>Problems in ${escape(file)}</h1>${panel}</main></body></html>`;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await withProblems(context, next);
  // Site pages refresh after a save; the editor's own pages do not (live-reload.ts).
  if (context.request.method !== 'GET' || context.url.pathname.startsWith('/keystatic')) return response;
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = await response.text();
  const at = html.indexOf('</head>');
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  const body = at === -1 ? html : `${html.slice(0, at)}${PREVIEW_RELOAD_SCRIPT}${html.slice(at)}`;
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
});

async function withProblems(context: APIContext, next: MiddlewareNext): Promise<Response> {
  const target = context.request.method === 'GET' ? previewTarget(context.url.pathname, site.basePath) : undefined;
  const found = target?.files.map((name) => join(site.contentDir, name)).find((path) => existsSync(path));
  if (!target || !found) return next();
  const file = relative(process.cwd(), found) || found;
  const today = buildDay();
  checker ??= createStyleChecker({ contentDir: site.contentDir, today, base: site.basePath });
  const problems = await fileProblems({
    file,
    text: readFileSync(found, 'utf8'),
    kind: target.kind,
    id: target.id,
    schema: target.kind === 'page' ? pageSchema : noticeSchema,
    context: siteContext(site.contentDir, site.publicDir),
    style: checker,
    today,
  });
  const panel = problemsPanel(problems, target);
  let response: Response | undefined;
  try {
    response = await next();
  } catch (error) {
    // The page could not render: with the errors found, they say why.
    if (!problems.errors.length) throw error;
  }
  if (!panel) return response!;
  const type = response?.headers.get('content-type') ?? '';
  const html = response?.ok && type.includes('text/html') ? await response.text() : '';
  const open = html.indexOf('id="maincontent"');
  const start = open === -1 ? -1 : html.indexOf('>', open) + 1;
  const end = html.lastIndexOf('</main>');
  let body: string;
  if (start <= 0 || end < start) body = standalone(file, panel);
  else if (problems.errors.length) body = `${html.slice(0, start)}<h1>Problems in ${escape(file)}</h1>${panel}${html.slice(end)}`;
  else body = `${html.slice(0, start)}${panel}${html.slice(start)}`;
  const headers = new Headers(response?.headers);
  headers.delete('content-length');
  headers.set('content-type', 'text/html; charset=utf-8');
  headers.set('cache-control', 'no-store');
  return new Response(body, { status: 200, headers });
}
