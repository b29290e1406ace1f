/**
 * The pass over all content before the build renders anything: every page,
 * notice, contact and the redirects, so one run reports every broken file.
 * This module reads the files and builds the context; the rules are pure
 * (./mdx.ts, ./yaml.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parse as parseYaml } from 'yaml';
import { describeAttachment } from '../lib/attachments.ts';
import { nationalDigits } from '../lib/phone.ts';
import { mdxComponentNames } from '../components/mdx/names.ts';
import { checkMdx, checkPageParent, type CheckContext } from './mdx.ts';
import { parseContentFile } from './parse.ts';
import type { Problem } from './problem.ts';
import { checkContact, checkRedirects } from './yaml.ts';

/** The context the MDX rules need, read from the content and public folders (contacts read when first needed). */
export function siteContext(contentDir: string, publicDir: string): CheckContext {
  let contactIds: string[] | undefined;
  let pageIds: Set<string> | undefined;
  let contactPhones: Map<string, string> | undefined;
  const dir = join(contentDir, 'contacts');
  const files = () => (existsSync(dir) ? readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)) : []);
  return {
    components: mdxComponentNames,
    get contactIds() {
      contactIds ??= files().map((name) => name.replace(/\.ya?ml$/, ''));
      return contactIds;
    },
    get pageIds() {
      const pages = join(contentDir, 'pages');
      pageIds ??= new Set(
        existsSync(pages)
          ? readdirSync(pages, { recursive: true }).map((name) => String(name).replaceAll('\\', '/')).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -'.mdx'.length))
          : [],
      );
      return pageIds;
    },
    get contactPhones() {
      contactPhones ??= new Map(
        files().flatMap((name) => {
          // A contact file that cannot be read is reported by checkContact; here it just has no number.
          let phone: unknown;
          try {
            phone = (parseYaml(readFileSync(join(dir, name), 'utf8')) as { phone?: unknown } | null)?.phone;
          } catch {
            return [];
          }
          const digits = typeof phone === 'string' ? nationalDigits(phone) : null;
          return digits ? [[digits, name.replace(/\.ya?ml$/, '')] as const] : [];
        }),
      );
      return contactPhones;
    },
    document: (href) => describeAttachment(href, publicDir),
  };
}

/** A file's name as an editor sees it in messages. */
export const displayPath = (file: string) => relative(process.cwd(), file) || file;

/** Checks one MDX file's text; a syntax error is a problem too. */
export function checkMdxText(path: string, text: string, context: CheckContext, pageId?: string): Problem[] {
  let parsed;
  try {
    parsed = parseContentFile(path, text);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    return [{ file: path, line, field: 'the MDX', problem: `could not be read (${reason ?? (error as Error).message}).`, fix: 'Check for a tag that is not closed, or a { or < that should be written as \\{ or \\<.' }];
  }
  const problems = checkMdx(parsed, context);
  return pageId === undefined ? problems : [...checkPageParent(parsed, pageId), ...problems];
}

export interface ContentCheckResult {
  files: number;
  problems: Problem[];
}

/** Every problem in the content folder. */
export function checkAllContent(contentDir: string, publicDir: string): ContentCheckResult {
  const context = siteContext(contentDir, publicDir);
  const problems: Problem[] = [];
  let files = 0;
  for (const name of readdirSync(contentDir, { recursive: true }).map(String).sort()) {
    const file = join(contentDir, name);
    const path = displayPath(file);
    const read = () => {
      files++;
      return readFileSync(file, 'utf8');
    };
    const slashed = name.replaceAll('\\', '/');
    if (/^pages\/.*\.mdx$/.test(slashed)) problems.push(...checkMdxText(path, read(), context, slashed.slice('pages/'.length, -'.mdx'.length)));
    else if (/^notices\/.*\.mdx$/.test(slashed)) problems.push(...checkMdxText(path, read(), context));
    else if (/^contacts\/[^/]+\.ya?ml$/.test(name.replaceAll('\\', '/'))) problems.push(...checkContact(path, read()));
    else if (name === 'redirects.yaml') problems.push(...checkRedirects(path, read()).problems);
  }
  return { files, problems };
}

/**
 * checkAllContent in a worker thread, so the build's own start (its config and
 * content sync, which read only frontmatter) goes on meanwhile.
 */
export function checkAllContentInWorker(contentDir: string, publicDir: string): Promise<ContentCheckResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { contentDir, publicDir } });
    worker.once('message', (result: ContentCheckResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the content check stopped (exit code ${code}) before it finished.`)));
  });
}
