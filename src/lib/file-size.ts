/**
 * File sizes in the style GOV.UK and NHS.UK use next to document links: "89 KB", "1.2 MB".
 * Uses 1 KB = 1,024 bytes, as operating systems show on phones and desktops.
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`Not a file size: ${bytes}`);
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.round(kb)} KB`;
  const mb = kb / 1024;
  if (mb < 1024) return `${mb < 10 ? mb.toFixed(1).replace(/\.0$/, '') : Math.round(mb)} MB`;
  const gb = mb / 1024;
  return `${gb.toFixed(1).replace(/\.0$/, '')} GB`;
}
