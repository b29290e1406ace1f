// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { site } from './src/site.ts';
import { contentChecks } from './src/integrations/content-checks/index.ts';
import { nhsukAssets } from './src/integrations/nhsuk-assets.ts';
import { stylesheet } from './src/integrations/stylesheet/index.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/service-worker/index.ts';
import { redirects } from './src/integrations/redirects.ts';
import { headers } from './src/integrations/headers.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { contentEncoding } from './src/integrations/content-encoding.ts';
import { siteUrlCheck } from './src/integrations/site-url.ts';
import { contentReport } from './src/integrations/content-report.ts';
import { buildMemory } from './src/integrations/build-memory.ts';
import { isListed, sitemapPages } from './src/integrations/sitemap-pages.ts';

// Review dates and noindex flags for the sitemap, from the content files.
const pagesForSitemap = sitemapPages(site.contentDir, site.basePath);

// The browser editor (Keystatic, keystatic.config.tsx) runs only in `npm run edit` (EDITOR=1)
// and the editor's own deploy (EDITOR=deploy): the public site never loads React or the editor.
const editor = process.env.EDITOR === '1' || process.env.EDITOR === 'deploy';
const editorModule = editor ? await import('./src/integrations/editor.ts') : undefined;

export default defineConfig({
  site: site.url,
  base: site.basePath,
  publicDir: site.publicDir,
  outDir: process.env.OUT_DIR ?? 'dist',
  // Separate caches let test builds of fixture content run side by side.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Keystatic's API is called without a trailing slash, so the editor accepts either.
  trailingSlash: editor ? 'ignore' : 'always',
  build: {
    format: 'directory',
    // Astro writes stylesheets as files; the stylesheet integration prunes them and
    // inlines the result (its hash goes in the Content Security Policy).
    inlineStylesheets: 'never',
  },
  compressHTML: true,
  devToolbar: { enabled: false },
  // The editor's deploy signs people in with GitHub, which needs code on the server.
  ...(process.env.EDITOR === 'deploy' && editorModule ? { adapter: editorModule.editorAdapter() } : {}),
  integrations: [
    ...(editorModule?.editorIntegrations() ?? []),
    ...(process.env.EDITOR === 'deploy' && editorModule ? [editorModule.editorNetlifyLayout()] : []),
    // First: a deploy that would publish localhost addresses stops before any work.
    siteUrlCheck(),
    // Netlify branch deploys and deploy previews only: the content report for the branch.
    contentReport(),
    // Nothing else should read a file that is not UTF-8.
    contentEncoding({ contentDir: site.contentDir }),
    // Then every content file against the rules (no code, safe addresses), all reported at once;
    // the same pass renders the pages and notices for the content loader (src/content-loader/),
    // which replaces the MDX compile: no content file is a Vite module.
    contentChecks({ contentDir: site.contentDir, publicDir: site.publicDir, basePath: site.basePath }),
    // Keeps the build's memory near what it uses (thousands of pages).
    buildMemory(),
    sitemap({
      filter: (url) => isListed(url, site.basePath, pagesForSitemap),
      serialize: (item) => {
        const reviewed = pagesForSitemap.get(new URL(item.url).pathname)?.lastReviewed;
        return reviewed ? { ...item, lastmod: reviewed.toISOString().slice(0, 10) } : item;
      },
    }),
    nhsukAssets(),
    // The public site's work on finished pages, each step in turn in a separate process
    // (src/integrations/post-build/); the editor's deploy has its own headers and no offline copy.
    ...(editor
      ? []
      : [
          // First: Pagefind reads the pages as Astro wrote them, a fifth of their size once the
          // stylesheet is inlined, and indexes them the same (it ignores styles).
          searchIndex(),
          // Before the service worker, which reads the finished pages.
          stylesheet(),
          // After the pages and the search index are final: it saves a few of them on every device.
          serviceWorker({
            base: site.basePath,
            contentDir: site.contentDir,
            corePages: [...site.offline.corePages, `${site.crisisPage}/`],
            crisisPage: `${site.crisisPage}/`,
          }),
          redirects({ contentDir: site.contentDir, base: site.basePath }),
          // After redirects: a link to a redirecting address counts as working.
          linkCheck({ base: site.basePath, contentDir: site.contentDir }),
          // Last: the Content Security Policy hashes the pages' final inline code.
          headers({ base: site.basePath, formAction: site.feedback.action, reportUrl: site.cspReportUrl }),
        ]),
  ],
  vite: {
    css: {
      preprocessorOptions: {
        // nhsuk-frontend's CSS points at its icons under the site's own base path.
        scss: { additionalData: `$app-assets-path: "${site.basePath}assets/";\n` },
      },
    },
  },
});
