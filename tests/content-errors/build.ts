/**
 * Builds the real content with one change (a fixture file added, a file
 * edited) in a temporary copy, so each test proves what one mistake does.
 */
import { buildSite } from '../../e2e/support/build-site.ts';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface Build {
  ok: boolean;
  /** Everything the build printed. */
  output: string;
  /** The built site, while the test looks at it. */
  dist: string;
  /** Where the copied content is: file paths in messages are relative to the repository. */
  content: string;
}

export interface Change {
  (dirs: { content: string; public: string }): void;
}

/** Builds the site from a changed copy of content/ and public/, then calls `inspect`. */
export async function buildWith(change: Change, inspect: (build: Build) => void | Promise<void>): Promise<void> {
  // Inside the repository, so file names in messages read as editors see them.
  const work = mkdtempSync(join(process.cwd(), 'tests/content-errors/.work-'));
  const content = join(work, 'content');
  const publicDir = join(work, 'public');
  cpSync('content', content, { recursive: true });
  // public/ holds documents; a checkout may have none yet.
  if (existsSync('public')) cpSync('public', publicDir, { recursive: true });
  mkdirSync(join(publicDir, 'documents'), { recursive: true });
  try {
    change({ content, public: publicDir });
    const dist = join(work, 'dist');
    const { ok, output } = await buildSite({ CONTENT_DIR: content, PUBLIC_DIR: publicDir, OUT_DIR: dist, ASTRO_CACHE_DIR: join(work, 'cache') }, 120_000);
    await inspect({ ok, output, dist, content: content.slice(process.cwd().length + 1) });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Relative path, in the copied content, of a file under content/. */
export const at = (build: Build, path: string) => `${build.content}/${path}`;
