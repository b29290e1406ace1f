/**
 * contraction (error): no negative contractions ("can't", "don't"): they are
 * easy to misread as the opposite. Straight and curly apostrophes alike
 * (the build turns ' into ’).
 */
import { findAll, type Finding } from '../text.ts';

// Keyed by what comes before "n't".
const IRREGULAR: Record<string, string> = { ca: 'cannot', wo: 'will not', sha: 'shall not', ai: 'is not' };

/** "don't" → "do not", keeping a capital first letter. */
export function expand(word: string): string {
  const stem = word.slice(0, -3);
  const full = IRREGULAR[stem.toLowerCase()] ?? `${stem.toLowerCase()} not`;
  return /^[A-Z]/.test(word) ? `${full[0]!.toUpperCase()}${full.slice(1)}` : full;
}

export function contractions(text: string): Finding[] {
  return findAll(text, /\b[A-Za-z]+n['’]t\b/g, (m) => ({
    ruleId: 'contraction',
    reason: `write "${expand(m[0])}" instead of "${m[0]}": contractions are easy to misread.`,
  }));
}
