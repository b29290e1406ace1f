/**
 * /editor/report/?branch=… on the editor's deploy (GitHub mode): the editor's
 * "Content report" link. The editor's site cannot read a branch cheaply, so
 * this redirects to the content report on the public site's Netlify deploy
 * of that branch (src/integrations/content-report.ts), from the same
 * PUBLIC_KEYSTATIC_PREVIEW_URL template as page previews.
 */
import type { APIRoute } from 'astro';
import { site } from '../site.ts';
import { branchDeployAddress } from '../lib/preview-url.ts';
import { REPORT_PATH } from '../lib/deploy-context.ts';

export const prerender = false;

export const GET: APIRoute = ({ url, redirect }) => {
  const branch = url.searchParams.get('branch');
  const template = import.meta.env.PUBLIC_KEYSTATIC_PREVIEW_URL as string | undefined;
  const to = branch && template ? branchDeployAddress(`${site.basePath}${REPORT_PATH.replace(/^\//, '')}/`, branch, template) : undefined;
  if (to) return redirect(to, 302);
  // Not 404: Netlify answers a function's 404 with the site's "Page not found", which would hide why.
  const text = (status: number, why: string) => new Response(`No content report here. ${why}`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (!template) {
    return text(501, 'The report is on the public site\'s branch deploys, and PUBLIC_KEYSTATIC_PREVIEW_URL (docs/editor-deploy.md) is not set, so the editor does not know where they are.');
  }
  return text(400, 'Open a branch in the editor first: the report lists the content of the branch you are working on.');
};
