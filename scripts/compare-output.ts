#!/usr/bin/env node
/**
 * Proves a change leaves the built pages as they were (src/lib/compare-output.ts:
 * identical after white space between tags is normalised).
 *
 *   node scripts/compare-output.ts <before-dist> <after-dist>
 *   node scripts/compare-output.ts --base <commit> [--pages 1000]
 *
 * With --base, it builds that commit (checked out with `git worktree` into a
 * temporary folder, node_modules hard-linked) and the working tree, each from
 * the real content and from the same N generated pages (bench/generate-site.mjs),
 * with the same BUILD_DATE, and compares both pairs. Four builds: about 4
 * minutes for 1,000 pages on a 2-core machine.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compareSites } from '../src/lib/compare-output.ts';
import { generateSite } from '../bench/generate-site.mjs';

function report(label: string, before: string, after: string): boolean {
  const { pages, same, problems } = compareSites(before, after);
  for (const p of problems.slice(0, 10)) {
    console.log(`${label}: ${p.page}: ${p.problem}`);
    if (p.difference) console.log(`  before: …${p.difference.before}…\n  after:  …${p.difference.after}…`);
  }
  if (problems.length > 10) console.log(`… and ${problems.length - 10} more.`);
  console.log(`${label}: ${same} of ${pages} pages identical (white space normalised); ${problems.length} differences.`);
  return problems.length === 0 && pages > 0;
}

function build(cwd: string, env: Record<string, string>): void {
  const result = spawnSync(process.execPath, ['--env-file=build.env', 'node_modules/astro/bin/astro.mjs', 'build'], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`The build in ${cwd} failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const base = option('--base');
if (!base) {
  const [before, after] = args;
  if (!before || !after) {
    console.error('Usage: node scripts/compare-output.ts <before-dist> <after-dist> | --base <commit> [--pages 1000]');
    process.exit(2);
  }
  process.exit(report('pages', before, after) ? 0 : 1);
}

const count = Number(option('--pages') ?? 1000);
const work = mkdtempSync(join(tmpdir(), 'compare-output-'));
const baseTree = join(work, 'base');
const here = resolve('.');
// The same day for both, or pages that show dates (notices, review dates) could differ at midnight.
const day = new Date().toISOString().slice(0, 10);
try {
  execFileSync('git', ['worktree', 'add', '--detach', baseTree, base], { stdio: 'ignore' });
  execFileSync('cp', ['-al', join(here, 'node_modules'), join(baseTree, 'node_modules')]);
  const generated = generateSite(count, join(work, 'generated')) as { content: string; public: string };
  let ok = true;
  for (const [label, content, publicDir] of [
    ['real content', join(here, 'content'), join(here, 'public')],
    [`${count} generated pages`, generated.content, generated.public],
  ] as const) {
    const dists = [];
    for (const [name, cwd] of [['before', baseTree], ['after', here]] as const) {
      const outDir = join(work, `${label.replace(/\W+/g, '-')}-${name}`);
      console.log(`Building ${label} at ${name === 'before' ? base : 'the working tree'}…`);
      build(cwd, { CONTENT_DIR: content, PUBLIC_DIR: publicDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: `${outDir}-cache`, BUILD_DATE: day });
      dists.push(outDir);
    }
    ok = report(label, dists[0]!, dists[1]!) && ok;
  }
  process.exitCode = ok ? 0 : 1;
} finally {
  spawnSync('git', ['worktree', 'remove', '--force', baseTree]);
  rmSync(work, { recursive: true, force: true });
}
