/**
 * The content loader for the MDX collections (pages, notices): what Astro's
 * glob() loader did, plus rendering. It lists the .mdx files, gives each the
 * id glob() gave (the path, slugged segment by segment, "index" for the start
 * page), validates the frontmatter with the collection's schema (Astro's
 * parseData, so messages are unchanged), renders the body once
 * (./render.ts) and stores the HTML in Astro's data store, which Astro keeps
 * in its cache folder between builds. No MDX file becomes a Vite module.
 *
 * The digest decides whether a stored page is rendered again. It covers all
 * the stored HTML depends on:
 *  - the file's text (frontmatter and body);
 *  - the code that renders it (./version.ts: the loader, the renderers, the
 *    remark plugins and the checks, and the libraries' versions);
 *  - the base path, which links and action links carry.
 * Nothing else can change it: components whose output depends on other data
 * (contacts, documents, titles, the navigation, notices, the crisis numbers)
 * are placeholders, rendered when the page is built (RenderedContent.astro).
 * The content checks do not depend on the cache: the pass over all content
 * before the build (src/integrations/content-checks) checks every file every
 * time.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { slug as githubSlug } from 'github-slugger';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayPath, siteContext, textHash } from '../content-checks/site.ts';
import { takePreRendered } from './handoff.ts';
import type { CheckContext } from '../content-checks/mdx.ts';
import { renderMdx, type Rendered } from './render.ts';
import { codeVersion } from './version.ts';

export interface MdxLoaderOptions {
  /** The collection's folder. */
  base: string;
  /** Files in sub-folders too (pages: feedback/thank-you.mdx). */
  recursive: boolean;
  contentDir: string;
  publicDir: string;
  /** The site's base path. */
  basePath: string;
}

/** The entry id glob() gives a file: each path segment slugged, a trailing /index dropped. */
export function entryId(relativePath: string, frontmatterSlug?: unknown): string {
  if (frontmatterSlug) return String(frontmatterSlug);
  return relativePath
    .replace(/\.mdx$/, '')
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

/** The .mdx files in a folder, as glob() finds them (no dot files or folders), by path relative to it. */
export function listMdxFiles(dir: string, recursive: boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive })
    .map((name) => String(name).split(sep).join('/'))
    .filter((name) => name.endsWith('.mdx') && !name.split('/').some((segment) => segment.startsWith('.')))
    .sort();
}

/** The frontmatter as Astro's MDX integration read it, a YAML mistake reported with its place, as there. */
function readFrontmatter(contents: string, filePath: string) {
  try {
    return parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    const yaml = error as Error & { name: string; reason?: string; mark?: { line: number; column: number }; id?: string; loc?: unknown };
    if (yaml.name === 'YAMLException') {
      yaml.id = filePath;
      yaml.loc = { file: filePath, line: (yaml.mark?.line ?? 0) + 1, column: yaml.mark?.column };
      yaml.message = yaml.reason ?? yaml.message;
    }
    throw yaml;
  }
}

// The files whose code makes the stored HTML (their imports are followed).
const CODE_ENTRIES = ['src/content-loader/index.ts'];

export function mdxLoader(options: MdxLoaderOptions): Loader {
  return {
    name: 'mdx-content-loader',
    load: async ({ config, store, parseData, generateDigest, logger, watcher }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, options.base);
      if (!existsSync(dir)) logger.warn(`The folder "${dir}" does not exist.`);
      const version = codeVersion(root, CODE_ENTRIES);
      let context: CheckContext | undefined;
      const fileIds = new Map<string, string>();
      // Rendered by the pass before the build from the parse its checks made; used only for the same text.
      let preRendered = await takePreRendered();

      const sync = async (name: string) => {
        const filePath = join(dir, name);
        const contents = readFileSync(filePath, 'utf8');
        const { frontmatter, content } = readFrontmatter(contents, filePath);
        const id = entryId(name, frontmatter.slug);
        const previousId = fileIds.get(filePath);
        if (previousId && previousId !== id) store.delete(previousId);
        fileIds.set(filePath, id);
        const digest = generateDigest(`${version}\0${options.basePath}\0${contents}`);
        const existing = store.get(id);
        const relativePath = relative(root, filePath).split(sep).join('/');
        // The same text at the same place: what is stored is what rendering would give.
        if (existing?.digest === digest && existing.filePath === relativePath) return id;
        const data = await parseData({ id, data: frontmatter, filePath });
        const ready = preRendered.get(filePath);
        const rendered: Rendered =
          ready && ready.textHash === textHash(contents)
            ? ready
            : renderMdx(displayPath(filePath), filePath, contents, { base: options.basePath, context: (context ??= siteContext(options.contentDir, options.publicDir)) });
        store.set({
          id,
          data,
          body: content.trim(),
          filePath: relativePath,
          // A problem may come from outside the file (a contact not yet added): no digest, so it is checked again next time.
          ...(rendered.problem ? {} : { digest }),
          rendered: { html: rendered.html, metadata: { headings: rendered.headings } },
        });
        return id;
      };

      const untouched = new Set(store.keys());
      for (const name of listMdxFiles(dir, options.recursive)) untouched.delete(await sync(name));
      for (const id of untouched) store.delete(id);
      preRendered = new Map();

      if (!watcher) return;
      // `astro dev` and the editor: a changed file is rendered again; contacts and
      // documents need nothing, as they are rendered when the page is.
      watcher.add(dir);
      const matching = (path: string) => {
        const name = relative(dir, path).split(sep).join('/');
        return !name.startsWith('../') && listMdxFiles(dir, options.recursive).includes(name) ? name : undefined;
      };
      const onChange = async (path: string) => {
        const name = matching(path);
        if (!name) return;
        try {
          context = undefined;
          await sync(name);
          logger.info(`Reloaded ${name}`);
        } catch (error) {
          logger.error(`${name}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path: string) => {
        const id = fileIds.get(path);
        if (id === undefined) return;
        store.delete(id);
        fileIds.delete(path);
      });
    },
  };
}
