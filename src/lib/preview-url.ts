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

/**
 * Where the editor's "Content report" link goes from a Keystatic address: in
 * GitHub mode (/keystatic/branch/<branch>/…) /editor/report/?branch=<branch>,
 * which the editor's deploy redirects to that branch's deploy; otherwise the
 * local report.
 */
export function reportLink(keystaticPath: string): string {
  const branch = /^\/keystatic\/branch\/([^/?#]+)/.exec(keystaticPath)?.[1];
  let name: string | undefined;
  try {
    name = branch === undefined ? undefined : decodeURIComponent(branch);
  } catch {
    name = undefined;
  }
  return name ? `/editor/report/?branch=${encodeURIComponent(name)}` : '/editor/report/';
}

/** An address on the branch deploy of `branch`, from the template; undefined for a branch with no letters or digits. */
export function branchDeployAddress(path: string, branch: string, template: string): string | undefined {
  const label = netlifyBranchLabel(branch);
  if (!label) return undefined;
  return template.replace('{branch}', label).replace('{path}', path.replace(/^\//, ''));
}

/** The preview address, or undefined for a slug that is not a page's. */
export function previewAddress(slug: string, options: { base?: string; branch?: string | undefined; template?: string | undefined } = {}): string | undefined {
  if (!SLUG.test(slug)) return undefined;
  const path = pagePath(slug, options.base ?? '/');
  if (!options.template || !options.branch) return path;
  return branchDeployAddress(path, options.branch, options.template);
}
