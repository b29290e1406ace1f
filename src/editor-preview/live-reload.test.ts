import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RELOAD_EVENT, toPreviewReload } from './live-reload.ts';

test('a full reload becomes the preview-only reload event', () => {
  assert.deepEqual(toPreviewReload({ type: 'full-reload', path: '*' }), { type: 'custom', event: RELOAD_EVENT, data: {} });
  assert.deepEqual(toPreviewReload({ type: 'full-reload' }), { type: 'custom', event: RELOAD_EVENT, data: {} });
});

test('other messages pass unchanged', () => {
  const update = { type: 'update', updates: [] };
  assert.equal(toPreviewReload(update), update);
  assert.equal(toPreviewReload('text'), 'text');
  assert.equal(toPreviewReload(null), null);
});
