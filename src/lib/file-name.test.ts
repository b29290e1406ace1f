import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSafeFileName, safeFileName } from './file-name.ts';

test('uploads get lower case names with hyphens and no spaces', () => {
  assert.equal(safeFileName('Visiting Guidance (2026).PDF'), 'visiting-guidance-2026.pdf');
  assert.equal(safeFileName('Peer  support_leaflet.docx'), 'peer-support-leaflet.docx');
  assert.equal(safeFileName('Café & Garden Map.pdf'), 'cafe-and-garden-map.pdf');
  assert.equal(safeFileName('--notes--.txt'), 'notes.txt');
  assert.equal(safeFileName('.pdf'), 'pdf');
  assert.equal(safeFileName('Ü.pdf'), 'u.pdf');
  assert.equal(safeFileName('(1).pdf'), '1.pdf');
  assert.equal(safeFileName('%%%.pdf'), 'document.pdf');
});

test('a safe name is left as it is', () => {
  for (const name of ['visiting-guidance.pdf', 'annual-report-2026.docx']) assert.ok(isSafeFileName(name), name);
  for (const name of ['Visiting guidance.pdf', 'visiting_guidance.pdf', 'report.PDF']) assert.ok(!isSafeFileName(name), name);
});
