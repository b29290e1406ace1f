/**
 * Documents linked from content: where the file is, what type it is and how
 * big, worked out from the real file so the link text never lies.
 */
import { statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { formatFileSize } from './file-size.ts';

const TYPES: Record<string, string> = {
  '.pdf': 'PDF',
  '.doc': 'Word document',
  '.docx': 'Word document',
  '.odt': 'OpenDocument text',
  '.rtf': 'Rich Text Format',
  '.txt': 'Text file',
  '.csv': 'CSV',
  '.xls': 'Excel spreadsheet',
  '.xlsx': 'Excel spreadsheet',
  '.ods': 'OpenDocument spreadsheet',
  '.ppt': 'PowerPoint presentation',
  '.pptx': 'PowerPoint presentation',
  '.odp': 'OpenDocument presentation',
  '.epub': 'EPUB',
};

export function documentType(path: string): string | undefined {
  return TYPES[extname(path).toLowerCase()];
}

export interface AttachmentInfo {
  file: string;
  fileType: string;
  bytes: number;
  fileSize: string;
}

/** Describes a document linked as "/documents/name.pdf"; throws with the reason if it cannot. */
export function describeAttachment(href: string, publicDir: string): AttachmentInfo {
  if (!href.startsWith('/') || href.startsWith('//')) {
    throw new Error(`"${href}" must be a path in public/ starting with /, for example /documents/visiting-guidance.pdf.`);
  }
  const root = resolve(publicDir);
  const file = resolve(root, `.${decodeURI(href.split(/[?#]/)[0]!)}`);
  if (!file.startsWith(root + sep)) throw new Error(`"${href}" points outside public/.`);
  const fileType = documentType(file);
  if (!fileType) {
    throw new Error(`"${href}" is not a document type the site links to (${Object.keys(TYPES).join(', ')}).`);
  }
  let bytes: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    bytes = stat.size;
  } catch {
    throw new Error(`there is no file at public${href}. Put the document there, or correct the link.`);
  }
  return { file, fileType, bytes, fileSize: formatFileSize(bytes) };
}
