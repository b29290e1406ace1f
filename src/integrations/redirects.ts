/**
 * Turns content/redirects.yaml into dist/_redirects (permanent redirects in
 * the format Netlify and other CDNs read), after checking each one leads to a
 * page the build made. A mistake fails the build, naming the redirect.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { checkRedirects } from '../content-checks/yaml.ts';
import { problemsMessage } from '../content-checks/problem.ts';
import { ContentError } from '../lib/content-error.ts';
import { redirectProblems, toRedirectsFile, type RedirectRule } from '../lib/redirects.ts';
import { addressOf, builtHtmlFiles } from '../lib/built-site.ts';
import { caseRedirects } from '../lib/address-case.ts';
import { postBuildStep, type StepContext } from './post-build/index.ts';

interface Options {
  contentDir: string;
  base: string;
}

/** Every page address in the built site ("/", "/help-in-a-crisis/"). */
async function builtPages(outDir: string): Promise<Set<string>> {
  const pages = (await builtHtmlFiles(outDir)).filter((file) => basename(file) === 'index.html');
  return new Set(pages.map((file) => addressOf(outDir, file)));
}

/**
 * The redirects in content/redirects.yaml, checked against the schema; none
 * when there is no file. The service worker reads them here too, so it knows
 * the same short addresses offline.
 */
export async function readRedirects(contentDir: string): Promise<RedirectRule[]> {
  const file = join(contentDir, 'redirects.yaml');
  if (!existsSync(file)) return [];
  const { rules, problems } = checkRedirects(relative(process.cwd(), file), await readFile(file, 'utf8'));
  if (problems.length) throw new Error(problemsMessage(problems));
  return rules;
}

/** Writes dist/_redirects. Run by the post-build runner (./post-build/), after the service worker. */
export async function writeRedirects({ outDir, contentDir, base, logger }: Options & StepContext): Promise<void> {
  const file = join(contentDir, 'redirects.yaml');
  if (!existsSync(file)) return;
  const rules = await readRedirects(contentDir);
  const problems = redirectProblems(rules, await builtPages(outDir));
  if (problems.length) throw new ContentError(relative(process.cwd(), file), problems.length === 1 ? 'a redirect' : 'redirects', problems.join(' '), '');
  // And their capitalised forms, for hosts that match case exactly (src/lib/address-case.ts).
  const capitals = caseRedirects(rules);
  await writeFile(join(outDir, '_redirects'), toRedirectsFile([...rules, ...capitals], base));
  logger.info(`${rules.length} redirects written to _redirects, and ${capitals.length} from their forms in capitals.`);
}

export function redirects({ contentDir, base }: Options): AstroIntegration {
  return postBuildStep('redirects', import.meta.url, writeRedirects, { contentDir, base });
}
