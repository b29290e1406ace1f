/**
 * `virtual:editor-page-labels`: each page's label for the editor's page
 * pickers (src/lib/page-labels.ts), read from content/pages when the editor
 * is built or first loads it. Keystatic's relationship field lists the
 * slugs of the branch being edited and shows these labels instead (a
 * patch-package patch, patches/@keystatic+core+0.6.9.patch): a page added on
 * that branch since the labels were read is listed by its file name, and the
 * stored value is the slug either way.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { frontmatterBlock } from '../lib/frontmatter.ts';
import { pageLabels, type LabelledPage } from '../lib/page-labels.ts';

export const PAGE_LABELS_MODULE = 'virtual:editor-page-labels';
const RESOLVED = `\0${PAGE_LABELS_MODULE}`;

/** Every page's id, title and parent, from content/pages/**.mdx. A file that cannot be read is left out (the build reports it). */
export function readLabelledPages(contentDir: string): LabelledPage[] {
  const dir = join(contentDir, 'pages');
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.mdx'));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    try {
      const data = parse(frontmatterBlock(readFileSync(join(dir, name), 'utf8')) ?? '') as { title?: unknown; parent?: unknown } | null;
      if (typeof data?.title !== 'string') return [];
      const id = name.replaceAll('\\', '/').replace(/\.mdx$/, '');
      return [{ id, title: data.title, parent: typeof data.parent === 'string' ? data.parent : undefined }];
    } catch {
      return [];
    }
  });
}

/** The virtual module's code. */
export const pageLabelsModule = (contentDir: string) => `export default ${JSON.stringify(pageLabels(readLabelledPages(contentDir)))};`;

export function editorPageLabels(options: { contentDir: string }): AstroIntegration {
  const pagesDir = resolve(options.contentDir, 'pages') + sep;
  return {
    name: 'editor-page-labels',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'editor-page-labels',
                resolveId: (id) => (id === PAGE_LABELS_MODULE ? RESOLVED : undefined),
                load: (id) => (id === RESOLVED ? pageLabelsModule(options.contentDir) : undefined),
                configureServer(server) {
                  // A page saved in `npm run edit` changes the labels: the editor's next load reads them
                  // again. No hot update, which would reload the editor while someone types.
                  server.watcher.on('all', (_event, file) => {
                    if (!resolve(file).startsWith(pagesDir) || relative(pagesDir, file).startsWith('..')) return;
                    for (const environment of Object.values(server.environments)) {
                      const module = environment.moduleGraph.getModuleById(RESOLVED);
                      if (module) environment.moduleGraph.invalidateModule(module);
                    }
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
