/**
 * Copies nhsuk-frontend's favicons and icons into the built site under
 * assets/, straight from the installed package, so they never drift from
 * the design system version and nothing is fetched from another origin.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const packageRoot = dirname(require.resolve('nhsuk-frontend/package.json'));
export const nhsukAssetsDir = join(packageRoot, 'dist', 'nhsuk', 'assets');

/** The images pages link to: favicons, home-screen icons and the link-preview image. */
export const SHIPPED = [
  'favicon.ico',
  'favicon.svg',
  // The search box's clear button (nhsuk-frontend input styles).
  'nhsuk-icon-cross.svg',
  'nhsuk-icon-180.png',
  'nhsuk-icon-192.png',
  'nhsuk-icon-512.png',
  'nhsuk-opengraph-image.png',
];

export function nhsukAssets(): AstroIntegration {
  return {
    name: 'nhsuk-assets',
    hooks: {
      'astro:server:setup': ({ server }) => {
        // The dev server serves the same files from the package.
        server.middlewares.use(async (req, res, next) => {
          const match = req.url?.match(/\/assets\/(images\/[\w.-]+)$/);
          if (!match) return next();
          try {
            const body = await readFile(join(nhsukAssetsDir, match[1]!));
            const type = match[1]!.endsWith('.svg') ? 'image/svg+xml' : match[1]!.endsWith('.png') ? 'image/png' : 'image/x-icon';
            res.setHeader('Content-Type', type);
            res.end(body);
          } catch {
            next();
          }
        });
      },
      'astro:build:done': async ({ dir }) => {
        const target = join(fileURLToPath(dir), 'assets', 'images');
        await mkdir(target, { recursive: true });
        await Promise.all(SHIPPED.map((name) => copyFile(join(nhsukAssetsDir, 'images', name), join(target, name))));
      },
    },
  };
}
