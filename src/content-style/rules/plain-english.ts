/**
 * plain-english (warning): words with a plainer alternative, from
 * retext-simplify's list, less the words that are right in NHS content.
 */
import retextSimplify from 'retext-simplify';
import type { VFile } from 'vfile';
import { quoteList } from '../text.ts';

type VFileMessage = VFile['messages'][number];

/** retext-simplify entries that are wrong for these pages, and why. */
export const NOT_SIMPLER = [
  'address', // usually the noun ("the address of the page"), not "discuss"
  'option', // the choice people make on NHS 111's phone menu
  'forward', // "look forward to"
  'component', // the editors' word for the site's building blocks
  'type', // "type in the box"
  // Flagged wherever they appear, though "It is your choice" is as plain as English gets.
  'it is',
  'there are',
  'there is',
];

export function plainEnglishPlugin() {
  return [retextSimplify, { ignore: NOT_SIMPLER }] as const;
}

export function plainEnglishMessage(message: VFileMessage): string | undefined {
  const actual = message.actual;
  if (!actual) return undefined;
  const expected = message.expected ?? [];
  const omit = / remove it/.test(message.reason);
  if (expected.length === 0) return `"${actual}" may not be needed: try removing it.`;
  return `"${actual}" has a plainer alternative: try ${quoteList(expected.slice(0, 3))}${omit ? ', or remove it' : ''}.`;
}
