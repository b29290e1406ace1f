/**
 * Where the editor's "preview" link for an entry goes (Keystatic's previewUrl
 * leads to /editor/preview/, which redirects here): the page on this server
 * for local files, or, in GitHub mode, the Netlify branch deploy of the
 * entry's `content/…` branch, from a template such as
 * "https://{branch}--peer-support.netlify.app/{path}".
 */
import { pagePath } from './urls.ts';

/** An entry's slug as Keystatic gives it: a page's path under content/pages. */
const SLUG = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;

/** A branch name as Netlify writes it in a branch deploy's address ("content/new-page" is "content-new-page"). */
export const netlifyBranchLabel = (branch: string) =>
  branch.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** The preview address, or undefined for a slug that is not a page's. */
export function previewAddress(slug: string, options: { base?: string; branch?: string | undefined; template?: string | undefined } = {}): string | undefined {
  if (!SLUG.test(slug)) return undefined;
  const path = pagePath(slug, options.base ?? '/');
  if (!options.template || !options.branch) return path;
  const label = netlifyBranchLabel(options.branch);
  if (!label) return undefined;
  return options.template.replace('{branch}', label).replace('{path}', path.replace(/^\//, ''));
}
