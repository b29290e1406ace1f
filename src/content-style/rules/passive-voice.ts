/**
 * passive-voice (warning): "you will be asked" hides who does the asking;
 * NHS.UK prefers "we will ask you". Found by pattern (a form of "to be",
 * perhaps an adverb, then a past participle), so it is a probable passive:
 * an editor decides.
 */
import { findAll, type Finding } from '../text.ts';

const IRREGULAR = [
  'been', 'born', 'bought', 'brought', 'built', 'caught', 'chosen', 'done', 'drawn', 'driven', 'felt', 'found',
  'forgiven', 'forgotten', 'given', 'grown', 'heard', 'held', 'hidden', 'hurt', 'kept', 'known', 'laid', 'led',
  'left', 'lost', 'made', 'meant', 'met', 'paid', 'put', 'said', 'seen', 'sent', 'set', 'shown', 'sold', 'spent',
  'spoken', 'taken', 'taught', 'thought', 'told', 'understood', 'won', 'worn', 'written',
];
/** Words ending in -ed that usually describe a state, not an action done to someone. */
const ADJECTIVES = new Set(['interested', 'concerned', 'worried', 'married', 'tired', 'pleased', 'supposed', 'used', 'scared', 'bored', 'excited', 'qualified', 'experienced', 'skilled', 'red', 'bed', 'shed', 'based', 'limited', 'related', 'detailed', 'advanced', 'complicated', 'isolated', 'stressed', 'confused', 'ashamed', 'embarrassed', 'frightened', 'upset']);

const PASSIVE = new RegExp(
  `\\b(?:am|is|are|was|were|be|been|being)\\s+(?:(?:not|also|then|often|usually|always|never|already|\\w+ly)\\s+)?(\\w+ed|${IRREGULAR.join('|')})\\b`,
  'gi',
);

export function passiveVoice(text: string): Finding[] {
  return findAll(text, PASSIVE, (m) =>
    ADJECTIVES.has(m[1]!.toLowerCase())
      ? undefined
      : { ruleId: 'passive-voice', reason: `"${m[0]}" may be passive: say who does it where you can ("we will ask you", not "you will be asked").` },
  );
}
