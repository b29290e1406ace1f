import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageLabels } from './page-labels.ts';

test('a page is labelled by its title after those of the pages above it, the start page aside', () => {
  assert.deepEqual(
    pageLabels([
      { id: 'index', title: 'Peer support' },
      { id: 'feedback', title: 'Rate this page', parent: 'index' },
      { id: 'feedback/thank-you', title: 'Thank you', parent: 'feedback' },
      { id: 'help-in-a-crisis', title: 'Help in a crisis', parent: 'index' },
    ]),
    {
      index: 'Peer support',
      feedback: 'Rate this page',
      'feedback/thank-you': 'Rate this page › Thank you',
      'help-in-a-crisis': 'Help in a crisis',
    },
  );
});

test('a missing parent or a loop ends the chain instead of hanging, and equal labels show the file name', () => {
  const labels = pageLabels([
    { id: 'a', title: 'A', parent: 'b' },
    { id: 'b', title: 'B', parent: 'a' },
    { id: 'orphan', title: 'Visiting', parent: 'gone' },
    { id: 'visiting', title: 'Visiting' },
  ]);
  assert.equal(labels.a, 'B › A');
  assert.equal(labels.b, 'A › B');
  assert.equal(labels.orphan, 'Visiting (orphan)');
  assert.equal(labels.visiting, 'Visiting (visiting)');
});
