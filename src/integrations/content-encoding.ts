/**
 * Refuses content files that are not UTF-8 before anything reads them:
 * otherwise a file saved as Latin-1 (a common default in older editors)
 * shows as garbled characters or an obscure bundler error.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from '../lib/content-error.ts';

/** The first line that is not valid UTF-8, or undefined if the whole file is. */
export function firstNonUtf8Line(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(bytes);
    return undefined;
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          decoder.decode(bytes.subarray(start, i));
        } catch {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return line;
  }
}

export function contentEncoding({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'content-encoding',
    hooks: {
      'astro:config:setup': () => {
        for (const name of readdirSync(contentDir, { recursive: true }).map(String)) {
          if (!/\.(mdx?|ya?ml|json)$/.test(name)) continue;
          const file = join(contentDir, name);
          const line = firstNonUtf8Line(readFileSync(file));
          if (line !== undefined) {
            throw new ContentError(relative(process.cwd(), file), `line ${line}`, 'the file is not saved as UTF-8, so some characters (such as é or £) cannot be read.', 'Open it in your editor and save it with UTF-8 encoding.');
          }
        }
      },
    },
  };
}
