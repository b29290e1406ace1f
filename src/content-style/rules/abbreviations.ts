/**
 * abbreviation (warning): an abbreviation is written out the first time a
 * page uses it, with the abbreviation after it in brackets: "peer support
 * workers (PSWs)". The few that everyone knows are listed below.
 */
import type { Finding } from '../text.ts';

/** Abbreviations the NHS A to Z lets writers use without explaining them. */
export const KNOWN = new Set(['NHS', 'GP', 'UK', 'A&E', 'COVID', 'OK', 'PDF', 'TV', 'ID']);

const ABBREVIATION = /\b\p{Lu}[\p{Lu}\p{N}&]*\p{Lu}(s?)\b/gu;

export interface RunFinding extends Finding {
  /** Which of the texts it is in. */
  run: number;
}

/** The first unexplained use of each abbreviation, over a page's texts in reading order. */
export function abbreviations(texts: readonly string[]): RunFinding[] {
  const seen = new Set<string>();
  const found: RunFinding[] = [];
  texts.forEach((text, run) => {
    for (const match of text.matchAll(ABBREVIATION)) {
      const key = match[1] ? match[0].slice(0, -1) : match[0];
      if (KNOWN.has(key) || seen.has(key)) continue;
      seen.add(key);
      const end = match.index + match[0].length;
      const inBrackets = text[match.index - 1] === '(' && text[end] === ')';
      const explainedAfter = /^\s?\(/.test(text.slice(end));
      if (!inBrackets && !explainedAfter) {
        found.push({
          run,
          ruleId: 'abbreviation',
          start: match.index,
          end,
          reason: `the first time you use "${match[0]}", write what it stands for, with "${match[0]}" after it in brackets.`,
        });
      }
    }
  });
  return found;
}
