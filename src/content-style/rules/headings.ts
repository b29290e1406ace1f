/**
 * heading-case (error): headings, page titles and components' headings are
 * in sentence case: a capital for the first word, names (from the site's
 * word list) and abbreviations only.
 * heading-full-stop (error): no full stop at the end of a heading.
 */
import { quoteList, type Finding } from '../text.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu;
const ABBREVIATION = /^\p{Lu}[\p{Lu}\p{N}&-]*s?$/u;
/** Capitals inside a word mark a name (JavaScript, YouTube). */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

/** Character ranges of the heading taken by names from the word list. */
function nameRanges(text: string, names: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const name of names) {
    let at = text.indexOf(name);
    while (at !== -1) {
      const before = text[at - 1];
      const after = text[at + name.length];
      if ((!before || !/[\p{L}\p{N}]/u.test(before)) && (!after || !/[\p{L}\p{N}]/u.test(after))) ranges.push([at, at + name.length]);
      at = text.indexOf(name, at + 1);
    }
  }
  return ranges;
}

export function headingCase(text: string, names: readonly string[]): Finding[] {
  const taken = nameRanges(text, names);
  const isName = (start: number) => taken.some(([from, to]) => from <= start && start < to);
  const words = [...text.matchAll(WORD)];
  const first = words[0];
  if (!first) return [];
  const wrong = words.filter((word, index) => {
    const value = word[0];
    if (isName(word.index) || ABBREVIATION.test(value) || INNER_CAPITAL.test(value)) return false;
    return index === 0 ? /^\p{Ll}/u.test(value) : /^\p{Lu}\p{Ll}/u.test(value) && value !== 'I';
  });
  if (wrong.length === 0) return [];
  let fixed = text;
  for (const word of wrong) {
    const value = word[0];
    const changed = word === first ? `${value[0]!.toUpperCase()}${value.slice(1)}` : `${value[0]!.toLowerCase()}${value.slice(1)}`;
    fixed = `${fixed.slice(0, word.index)}${changed}${fixed.slice(word.index + value.length)}`;
  }
  const capitals = wrong.filter((word) => word !== first).map((word) => word[0]);
  return [
    {
      ruleId: 'heading-case',
      start: wrong[0]!.index,
      end: wrong[0]!.index + wrong[0]![0].length,
      reason:
        `write headings in sentence case: "${fixed.trim()}".` +
        (capitals.length ? ` If ${quoteList(capitals)} starts a name, add the name to content/style-words.txt.` : ''),
    },
  ];
}

export function headingFullStop(text: string): Finding[] {
  const match = /(?<![.…])\.\s*$/.exec(text);
  return match ? [{ ruleId: 'heading-full-stop', start: match.index, end: match.index + 1, reason: 'remove the full stop at the end of the heading.' }] : [];
}

export function headings(text: string, names: readonly string[]): Finding[] {
  return [...headingCase(text, names), ...headingFullStop(text)];
}
