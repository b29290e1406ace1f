import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeAttachment, documentType } from './attachments.ts';

const publicDir = mkdtempSync(join(tmpdir(), 'attachments-'));
mkdirSync(join(publicDir, 'documents'));
writeFileSync(join(publicDir, 'documents', 'visiting guidance.pdf'), Buffer.alloc(91_136));

test('reads the type and size from the real file', () => {
  const info = describeAttachment('/documents/visiting%20guidance.pdf', publicDir);
  assert.equal(info.fileType, 'PDF');
  assert.equal(info.bytes, 91_136);
  assert.equal(info.fileSize, '89 KB');
});

test('a missing file, a folder, an unknown type or a path outside public/ is an error', () => {
  assert.throws(() => describeAttachment('/documents/missing.pdf', publicDir), /no file at public\/documents\/missing.pdf/);
  assert.throws(() => describeAttachment('/documents.pdf', publicDir), /no file/);
  assert.throws(() => describeAttachment('/documents/run.exe', publicDir), /not a document type/);
  assert.throws(() => describeAttachment('/../secret.pdf', publicDir), /outside public/);
  assert.throws(() => describeAttachment('https://example.com/a.pdf', publicDir), /must be a path in public/);
});

test('names common document types in words', () => {
  assert.equal(documentType('a.DOCX'), 'Word document');
  assert.equal(documentType('a.xlsx'), 'Excel spreadsheet');
  assert.equal(documentType('a.zip'), undefined);
});
