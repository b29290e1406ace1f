/**
 * `npm run lint:content` and `npm run content:report` as editors and CI run
 * them: errors fail the command, warnings and review dates never do, and
 * the report lands where the command says.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fixtures = 'tests/content-style/fixtures';
const run = (script: string, contentDir: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir, BUILD_DATE: '2026-11-24' } });

test('style errors fail lint:content, naming file, line, column and rule', () => {
  const result = run('scripts/lint-content.ts', `${fixtures}/errors`);
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /^Content style: 15 files checked in [\d.]+ s \([\d.]+ s of CPU\): 15 errors, 0 warnings, 0 notices\./);
  assert.ok(result.stdout.includes(`  ${fixtures}/errors/pages/contraction.mdx (line 9, column 5): write "do not" instead of "don't": contractions are easy to misread. (contraction)`));
  assert.ok(result.stdout.includes(`  ${fixtures}/errors/pages/title-case.mdx (line 2, column 13): write headings in sentence case`));
});

test('warnings and an overdue review are printed but do not fail; the reading-age table lists every page', () => {
  const result = run('scripts/lint-content.ts', `${fixtures}/warnings`);
  assert.equal(result.status, 0, result.stdout);
  assert.match(result.stdout, /0 errors, \d+ warnings/);
  assert.ok(result.stdout.includes(`${fixtures}/warnings/pages/nhs-word.mdx (line 9, column 15): avoid "clinician"`));
  assert.match(result.stdout, /Review dates:\n {2}tests\/content-style\/fixtures\/warnings\/pages\/review-overdue\.mdx \(line 6, column 1\): this page was due a review on 1 January 2021 \(2153 days ago\)\. Ask Peer Development Team to check it/);
  assert.match(result.stdout, /Reading age \(Flesch-Kincaid grade \+ 5[^\n]*\n {2}Age {2}Grade {2}Words {2}Sentences {2}File\n/);
  assert.equal(result.stdout.match(/^ {2}\S+ +\S+ +\d+ +\d+ +tests\/content-style\/fixtures\/warnings\/pages\//gm)?.length, 12);
});

test('content:report writes one Markdown report and prints its path', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'content-report-')), 'report.md');
  const result = run('scripts/content-report.ts', `${fixtures}/warnings`, '--out', out);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.trim(), `Content report for 12 pages written to ${out}`);
  const report = readFileSync(out, 'utf8');
  assert.ok(report.includes('| Fixture page | 1 January 2021 | Peer Development Team | overdue |'));
  assert.equal(report.match(/^\| Fixture page \| `\/\w[\w-]*\/` \|/gm)?.length, 12);
});
