import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildsContentReport, editAddress } from './deploy-context.ts';

test('only branch deploys and deploy previews of the public site carry the content report', () => {
  assert.equal(buildsContentReport({ CONTEXT: 'branch-deploy' }), true);
  assert.equal(buildsContentReport({ CONTEXT: 'deploy-preview' }), true);
  for (const CONTEXT of ['production', 'dev', 'preview-server', '', undefined, 'Branch-Deploy']) {
    assert.equal(buildsContentReport({ CONTEXT }), false, String(CONTEXT));
  }
  // The editor's own site is never a report build, whatever its context.
  assert.equal(buildsContentReport({ CONTEXT: 'branch-deploy', EDITOR: 'deploy' }), false);
  assert.equal(buildsContentReport({ CONTEXT: 'branch-deploy', EDITOR: '1' }), false);
  // npm run sets EDITOR to the user's text editor, as Netlify's `npm run build` does.
  assert.equal(buildsContentReport({ CONTEXT: 'branch-deploy', EDITOR: 'vi' }), true);
});

test('edit links: the local editor, or the editor site on the deploy\'s branch when its address is known', () => {
  assert.equal(editAddress('page', 'feedback/thank-you'), '/keystatic/collection/pages/item/feedback%2Fthank-you');
  const branch = { CONTEXT: 'branch-deploy', BRANCH: 'content/groups' };
  assert.equal(editAddress('page', 'video-consultations', branch), undefined);
  assert.equal(
    editAddress('notice', 'closed', { ...branch, EDITOR_SITE_URL: 'https://editor.example.org/' }),
    'https://editor.example.org/keystatic/branch/content%2Fgroups/collection/notices/item/closed',
  );
  // A deploy preview's branch is HEAD; only an https address is used.
  assert.equal(
    editAddress('page', 'a', { CONTEXT: 'deploy-preview', BRANCH: 'pull/4/head', HEAD: 'content/a', EDITOR_SITE_URL: 'https://editor.example.org' }),
    'https://editor.example.org/keystatic/branch/content%2Fa/collection/pages/item/a',
  );
  assert.equal(editAddress('page', 'a', { ...branch, EDITOR_SITE_URL: 'javascript:alert(1)//' }), undefined);
});
