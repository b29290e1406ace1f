import { test } from 'node:test';
import assert from 'node:assert/strict';
import { branchDeployAddress, netlifyBranchLabel, previewAddress, reportLink } from './preview-url.ts';

test('local files: the page on this server, the start page at the root', () => {
  assert.equal(previewAddress('video-consultations'), '/video-consultations/');
  assert.equal(previewAddress('index'), '/');
  assert.equal(previewAddress('feedback/thank-you', { base: '/peer/' }), '/peer/feedback/thank-you/');
});

test("GitHub mode: the branch deploy of the entry's content/ branch", () => {
  const template = 'https://{branch}--peer-support.netlify.app/{path}';
  assert.equal(netlifyBranchLabel('content/New_page'), 'content-new-page');
  assert.equal(previewAddress('video-consultations', { branch: 'content/video-call', template }), 'https://content-video-call--peer-support.netlify.app/video-consultations/');
  assert.equal(previewAddress('index', { branch: 'content/x', template }), 'https://content-x--peer-support.netlify.app/');
});

test('anything but a page slug is refused, so the redirect cannot be led elsewhere', () => {
  for (const slug of ['', '//evil.example', '../x', 'a b', 'https://evil.example', 'A/..']) assert.equal(previewAddress(slug), undefined, slug);
});

test('the content report link: the branch being edited in GitHub mode, the local report otherwise', () => {
  assert.equal(reportLink('/keystatic'), '/editor/report/');
  assert.equal(reportLink('/keystatic/collection/pages/item/index'), '/editor/report/');
  assert.equal(reportLink('/keystatic/branch/content%2Fgroups/collection/pages'), '/editor/report/?branch=content%2Fgroups');
  assert.equal(reportLink('/keystatic/branch/%E0%A4%A/collection/pages'), '/editor/report/');
  // The editor's deploy sends it to the report on that branch's deploy.
  const template = 'https://{branch}--peer-support.netlify.app/{path}';
  assert.equal(branchDeployAddress('/editor/report/', 'content/groups', template), 'https://content-groups--peer-support.netlify.app/editor/report/');
  assert.equal(branchDeployAddress('/editor/report/', '///', template), undefined);
});
