/**
 * Which builds carry the content report (/editor/report/): the public site's
 * Netlify branch deploys and deploy previews, which is where the editor's
 * `content/…` branches are built in GitHub mode. Netlify names the build's
 * deploy context in CONTEXT: production, deploy-preview, branch-deploy or
 * dev (docs.netlify.com/configure-builds/environment-variables/, "Read-only
 * variables"; `netlify build --context`). Production, a build with no
 * CONTEXT and the editor's own site (EDITOR set) never have it.
 */
export const REPORT_CONTEXTS: readonly string[] = ['branch-deploy', 'deploy-preview'];

/** The content report's address, without the base path. */
export const REPORT_PATH = '/editor/report';

export interface DeployEnv {
  CONTEXT?: string | undefined;
  EDITOR?: string | undefined;
  /** Netlify: the branch being built (for a deploy preview, HEAD is the pull request's branch). */
  BRANCH?: string | undefined;
  HEAD?: string | undefined;
  /** The editor site's address, for the report's "Edit" links (optional). */
  EDITOR_SITE_URL?: string | undefined;
}

/** The editor's own builds (astro.config.mjs). Only these values: npm sets EDITOR (to "vi") for every script it runs. */
const isEditorBuild = (env: DeployEnv) => env.EDITOR === '1' || env.EDITOR === 'deploy';

export function buildsContentReport(env: DeployEnv): boolean {
  return !isEditorBuild(env) && REPORT_CONTEXTS.includes(env.CONTEXT ?? '');
}

/** The branch a branch deploy or deploy preview shows. */
export const deployBranch = (env: DeployEnv): string | undefined => env.HEAD || env.BRANCH || undefined;

/**
 * The entry's screen in the editor: Keystatic's local route in `npm run
 * edit`; on a branch deploy, the editor site's route for that branch, or
 * undefined when the build does not know the editor's address.
 */
export function editAddress(kind: 'page' | 'notice', id: string, env: DeployEnv = {}): string | undefined {
  const item = `collection/${kind === 'page' ? 'pages' : 'notices'}/item/${encodeURIComponent(id)}`;
  if (!buildsContentReport(env)) return `/keystatic/${item}`;
  const branch = deployBranch(env);
  const editor = env.EDITOR_SITE_URL?.replace(/\/+$/, '');
  if (!branch || !editor || !/^https:\/\//.test(editor)) return undefined;
  return `${editor}/keystatic/branch/${encodeURIComponent(branch)}/${item}`;
}
