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

/** Builds the site from a changed copy of content/ and public/, and keeps its folder. */
async function runBuild(change: Change): Promise<{ build: Build; work: string }> {
  // Inside the repository, so file names in messages read as editors see them.
  const work = mkdtempSync(join(process.cwd(), 'tests/content-errors/.work-'));
  const content = join(work, 'content');
  const publicDir = join(work, 'public');
  try {
    cpSync('content', content, { recursive: true });
    // public/ holds documents; a checkout may have none yet.
    if (existsSync('public')) cpSync('public', publicDir, { recursive: true });
    mkdirSync(join(publicDir, 'documents'), { recursive: true });
    change({ content, public: publicDir });
    const dist = join(work, 'dist');
    const { ok, output } = await buildSite({ CONTENT_DIR: content, PUBLIC_DIR: publicDir, OUT_DIR: dist, ASTRO_CACHE_DIR: join(work, 'cache') }, 120_000);
    return { build: { ok, output, dist, content: content.slice(process.cwd().length + 1) }, work };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

/** Builds the site from a changed copy of content/ and public/, then calls `inspect`. */
export async function buildWith(change: Change, inspect: (build: Build) => void | Promise<void>): Promise<void> {
  const { build, work } = await runBuild(change);
  try {
    await inspect(build);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * One build shared by several tests, each checking its own part of the
 * output. The content checks report every problem in one run, so mistakes in
 * different files are proved by one build instead of one build each.
 * `build()` starts it (once); `remove()` deletes its folder.
 */
export function sharedBuild(change: Change): { build: () => Promise<Build>; remove: () => void } {
  let pending: Promise<{ build: Build; work: string }> | undefined;
  let work: string | undefined;
  return {
    build: async () => {
      pending ??= runBuild(change).then((result) => {
        work = result.work;
        return result;
      });
      return (await pending).build;
    },
    remove: () => {
      if (work) rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Relative path, in the copied content, of a file under content/. */
export const at = (build: Build, path: string) => `${build.content}/${path}`;

