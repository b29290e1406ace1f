/**
 * A file's problems for the preview panel: the build's errors on the text as
 * it is now (frontmatter named by the editor's labels), style messages with
 * their sentence, and the review status.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileProblems, frontmatterProblems, previewTarget, sentenceAt } from './problems.ts';
import { problemsPanel } from './panel.ts';
import { pageSchema } from '../content-model/page.ts';
import { createStyleChecker } from '../content-style/check.ts';
import type { CheckContext } from '../content-checks/mdx.ts';
import { mdxComponentNames } from '../components/mdx/names.ts';

const today = new Date('2026-11-24T00:00:00Z');
const context: CheckContext = { components: mdxComponentNames, contactIds: [], pageIds: new Set(), contactPhones: new Map(), document: () => undefined as never };
const style = createStyleChecker({ contentDir: 'tests/content-style/fixtures/errors', today });

const page = (front: string, body: string) => `---\n${front}\n---\n${body}\n`;
const GOOD = [
  'title: Getting help',
  'description: How to get help from the peer support team, and what happens when you ask for it.',
  'parent: index',
  'lastReviewed: 2026-01-10',
].join('\n');

test('a frontmatter error names the field as the editor labels it and says what to write', () => {
  const problems = frontmatterProblems('content/pages/x.mdx', page(`${GOOD}\nnextReview: 2027-01-10\ndescription2: x`.replace('description:', 'description: Too short.\nold:'), 'Hello.'), pageSchema);
  const fields = problems.map((p) => p.field);
  assert.ok(fields.includes('"Description"'), fields.join(' | '));
  assert.match(problems.find((p) => p.field === '"Description"')!.problem, /under 50 characters/);
  assert.ok(fields.some((f) => f.startsWith('old (not a field')), fields.join(' | '));
  assert.deepEqual(frontmatterProblems('x.mdx', page(`${GOOD}\nnextReview: 2027-01-10`, 'Hello.'), pageSchema), []);
});

test('sentenceAt quotes the sentence around a place, without list marks', () => {
  const text = 'First line.\n- One thing. We utilise tools here! Then more.\n';
  assert.equal(sentenceAt(text, 2, 17), 'We utilise tools here!');
  assert.equal(sentenceAt(text, 2, 4), 'One thing.');
  assert.equal(sentenceAt(text, 1, 1), 'First line.');
});

test('fileProblems: build errors, style messages with their sentence, and an overdue review', async () => {
  const text = page(`${GOOD}\nnextReview: 2026-11-01`, 'You can get help e.g. by phone. It is fine.\n\n<CareCard type="urgent" heading="">\nCall us.\n</CareCard>');
  const result = await fileProblems({ file: 'content/pages/help.mdx', text, kind: 'page', id: 'help', schema: pageSchema, context, style, today });
  assert.deepEqual(result.errors.map((p) => p.field), ['Care card (<CareCard>), Heading']);
  const latin = result.style.find((m) => m.ruleId === 'latin-abbreviation');
  assert.equal(latin?.sentence, 'You can get help e.g. by phone.');
  assert.equal(result.review?.ruleId, 'review-overdue');
  assert.ok(!result.style.some((m) => m.ruleId.startsWith('review-')), 'the review is shown once, not also as a style message');

  const html = problemsPanel(result, { kind: 'page', id: 'help' });
  assert.match(html, /class="nhsuk-error-summary"/);
  assert.match(html, /<q>You can get help e\.g\. by phone\.<\/q>/);
  assert.match(html, /Review overdue/);
  assert.match(html, /href="\/keystatic\/collection\/pages\/item\/help"/);
});

test('a syntax error is the one problem, and the style check is not run', async () => {
  const result = await fileProblems({ file: 'x.mdx', text: page(`${GOOD}\nnextReview: 2027-11-01`, 'Text <Details summary="a">'), kind: 'page', id: 'x', schema: pageSchema, context, style, today });
  assert.deepEqual(result.errors.map((p) => p.field), ['the MDX']);
  assert.deepEqual(result.style, []);
});

test('a clean page has no panel', async () => {
  const result = await fileProblems({ file: 'x.mdx', text: page(`${GOOD}\nnextReview: 2027-11-01`, 'You can get help by phone.'), kind: 'page', id: 'x', schema: pageSchema, context, style, today });
  assert.equal(problemsPanel(result, { kind: 'page', id: 'x' }), '');
});

test('previewTarget maps preview addresses back to content files, and nothing else', () => {
  assert.deepEqual(previewTarget('/'), { kind: 'page', id: 'index', files: ['pages/index.mdx'] });
  assert.deepEqual(previewTarget('/peer/feedback/thanks/', '/peer/'), { kind: 'page', id: 'feedback/thanks', files: ['pages/feedback/thanks.mdx', 'pages/feedback/thanks/index.mdx'] });
  assert.deepEqual(previewTarget('/notices/closed/'), { kind: 'notice', id: 'closed', files: ['notices/closed.mdx'] });
  for (const other of ['/keystatic/', '/api/keystatic/tree', '/_astro/x.js', '/print.css', '/../etc/', '/other/', '/a%2F..%2F../'])
    assert.equal(previewTarget(other, other === '/other/' ? '/peer/' : '/'), undefined, other);
});
