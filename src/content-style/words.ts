/**
 * The site's word list: words the spelling check accepts, and names, which
 * keep their capitals in headings (sentence case). Two files: words.txt
 * beside this one (kept by developers: the trust, its teams and services),
 * and content/style-words.txt, which editors may add to. One entry a line;
 * an entry with a capital letter is a name; # starts a comment.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EDITOR_WORDS_FILE = 'style-words.txt';

export interface SiteWords {
  /** Single words for the spelling check. */
  spelling: string[];
  /** Names (one or more words) that keep their capitals in headings, longest first. */
  names: string[];
}

export function parseWords(text: string): SiteWords {
  const entries = text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
  return {
    spelling: [...new Set(entries.flatMap((entry) => entry.split(/\s+/)))],
    names: [...new Set(entries.filter((entry) => /\p{Lu}/u.test(entry)))].sort((a, b) => b.length - a.length),
  };
}

const readIfThere = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/**
 * words.txt beside this file. A build that bundles this module (the content
 * report page on branch deploys, src/integrations/content-report.ts) gives it
 * the bundle's import.meta.url; builds run from the project's folder, so it
 * is read from src/ there.
 */
function builtInWords(): string {
  try {
    return readFileSync(new URL('./words.txt', import.meta.url), 'utf8');
  } catch {
    return readFileSync(join(process.cwd(), 'src', 'content-style', 'words.txt'), 'utf8');
  }
}

/** The developers' list and, if there is one, the editors' list in the content folder. */
export function loadWords(contentDir: string): SiteWords {
  const builtIn = builtInWords();
  return parseWords(`${builtIn}\n${readIfThere(join(contentDir, EDITOR_WORDS_FILE))}`);
}
