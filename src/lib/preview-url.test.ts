import { test } from 'node:test';
import assert from 'node:assert/strict';
import { netlifyBranchLabel, previewAddress } from './preview-url.ts';

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
