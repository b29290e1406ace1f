/**
 * latin-abbreviation (error): NHS.UK does not use Latin abbreviations; many
 * people do not know them and screen readers read them out oddly.
 */
import { findAll, type Finding } from '../text.ts';

const LATIN: { pattern: RegExp; instead: string }[] = [
  { pattern: /\b(?:e\.\s?g\.?|eg\.)(?!\w)|\beg(?=,)/gi, instead: '"for example" or "such as"' },
  { pattern: /\b(?:i\.\s?e\.?|ie\.)(?!\w)|\bie(?=,)/gi, instead: '"that is", or say it another way' },
  { pattern: /\betc\b\.?/gi, instead: '"and so on", or list everything' },
  { pattern: /\bN\.B\.?(?!\w)|\bNB\b/g, instead: '"note", or just say it' },
  { pattern: /\bviz\b\.?/gi, instead: '"namely"' },
  { pattern: /\bet al\b\.?/gi, instead: '"and others"' },
  { pattern: /\bcf\.(?!\w)/gi, instead: '"compare with"' },
];

export function latinAbbreviations(text: string): Finding[] {
  return LATIN.flatMap(({ pattern, instead }) =>
    findAll(text, pattern, (match) => ({
      ruleId: 'latin-abbreviation',
      reason: `write ${instead} instead of "${match[0].trim()}": many people do not know Latin abbreviations.`,
    })),
  );
}
