/**
 * Safe names for uploaded documents: lower case, hyphens, no spaces, so a
 * document's address is easy to read, type and link ("Visiting Guidance
 * (2026).PDF" becomes "visiting-guidance-2026.pdf"). The editor renames
 * uploads with it; the build refuses a link whose file name is not safe.
 */
export function safeFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
  const clean = (part: string) =>
    part
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '') // accents off: é becomes e
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const safeStem = clean(stem) || 'document';
  const safeExtension = clean(extension).replace(/-/g, '');
  return safeExtension ? `${safeStem}.${safeExtension}` : safeStem;
}

/** True when a file name is already safe. */
export const isSafeFileName = (name: string) => safeFileName(name) === name;
