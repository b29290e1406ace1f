import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageTitle } from './page-title.ts';

const trust = 'Nottinghamshire Healthcare NHS Foundation Trust';

test('titles read page, service, trust; the start page is not doubled', () => {
  assert.equal(pageTitle('Help in a crisis', 'Peer support', trust), `Help in a crisis - Peer support - ${trust}`);
  assert.equal(pageTitle('Peer support', 'Peer support', trust), `Peer support - ${trust}`);
});
