/**
 * The content report (/editor/report/) is built only on Netlify branch
 * deploys and deploy previews (CONTEXT, src/lib/deploy-context.ts), where the
 * editor's content/ branches are built: noindex, out of the sitemap and
 * disallowed in robots.txt. A production build has none of it (the default
 * build is checked by tests/deploy/editor-isolation.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../e2e/support/build-site.ts';

async function build(env: Record<string, string>, inspect: (dist: string) => void) {
  const work = mkdtempSync(join(tmpdir(), 'content-report-'));
  try {
    const dist = join(work, 'dist');
    const result = await buildSite({ CONTEXT: '', BRANCH: '', HEAD: '', EDITOR_SITE_URL: '', OUT_DIR: dist, ASTRO_CACHE_DIR: join(work, 'cache'), ...env });
    assert.equal(result.ok, true, result.output.slice(-2500));
    inspect(dist);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

test('a branch deploy has the content report for its branch: noindex, disallowed in robots.txt, not in the sitemap', () =>
  // EDITOR as `npm run build` on Netlify sets it (npm gives scripts the user's text editor).
  build({ CONTEXT: 'branch-deploy', BRANCH: 'content/groups', EDITOR_SITE_URL: 'https://editor.example.org', EDITOR: 'vi' }, (dist) => {
    const report = readFileSync(join(dist, 'editor/report/index.html'), 'utf8');
    assert.match(report, /<h1[^>]*>Content report<\/h1>/);
    assert.match(report, /The content of the branch <code>content\/groups<\/code>/);
    assert.match(report, /<meta name="robots" content="noindex"/);
    // Edit links open the editor site on the branch.
    assert.match(report, /href="https:\/\/editor\.example\.org\/keystatic\/branch\/content%2Fgroups\/collection\/pages\/item\/[^"]+"/);
    assert.doesNotMatch(report, /href="\/keystatic/);
    assert.match(readFileSync(join(dist, 'robots.txt'), 'utf8'), /^Disallow: \/editor\/report\/$/m);
    assert.doesNotMatch(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'), /editor/);
  }));

test('a production build has no content report and robots.txt disallows nothing', () =>
  build({ CONTEXT: 'production', BRANCH: 'main' }, (dist) => {
    assert.equal(existsSync(join(dist, 'editor')), false);
    assert.doesNotMatch(readFileSync(join(dist, 'robots.txt'), 'utf8'), /Disallow/);
  }));
