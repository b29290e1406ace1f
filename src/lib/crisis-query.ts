/**
 * Whether a search query is about a crisis: suicide, self-harm, acute
 * distress, loneliness or a plain call for help, so search can put crisis
 * help above whatever else matches. People in distress type fast, misspell,
 * write in text speak and use their own words, so the rules read a query the
 * way a person would: word stems ("ending it all" is "end it all"), an intent
 * with its object a few words apart ("want" ... "die"), slang, and typing
 * mistakes in longer words. A false alarm only shows the numbers; a miss
 * could cost a life, so the rules lean towards matching.
 *
 * The words themselves are data, in ./crisis-lexicon.ts, for clinical review.
 * Browser scripts load this module only when someone searches (import()), so
 * no page pays for it in its first view.
 */
import { stemmer } from 'stemmer';
import { COMMON_WORDS, CRISIS_GROUPS, type CrisisGroup, type CrisisKind } from './crisis-lexicon.ts';

export type { CrisisKind } from './crisis-lexicon.ts';

export interface CrisisMatch {
  /** Which help leads: 999 and 111 ("emergency"), or Samaritans and Shout ("talk"). */
  kind: CrisisKind;
  /** The groups in crisis-lexicon.ts that matched, for tests and review. */
  groups: string[];
}

/** Text speak and contractions as the words they stand for (apostrophes are already gone). */
const TEXT_SPEAK: Record<string, string> = {
  dont: 'do not', dnt: 'do not', doesnt: 'does not', didnt: 'did not', cant: 'can not', cnt: 'can not', cannot: 'can not', wont: 'will not',
  wouldnt: 'would not', couldnt: 'could not', shouldnt: 'should not', isnt: 'is not', arent: 'are not', wasnt: 'was not', werent: 'were not',
  havent: 'have not', hasnt: 'has not', hadnt: 'had not', aint: 'am not', wanna: 'want to', wana: 'want to', gonna: 'going to', gunna: 'going to',
  finna: 'going to', tryna: 'trying to', gotta: 'got to', dunno: 'do not know', idk: 'i do not know', idc: 'i do not care', im: 'i am', ive: 'i have',
  u: 'you', ya: 'you', r: 'are', y: 'why', ur: 'my', pls: 'please', plz: 'please', cos: 'because', coz: 'because', cuz: 'because', b4: 'before',
  2: 'to', 4: 'for', n: 'and', rn: 'right now', ppl: 'people', sum1: 'someone', some1: 'someone', any1: 'anyone', no1: 'no one', noone: 'no one',
  nobody: 'no one', nobodys: 'no one is', somebody: 'someone', anybody: 'anyone', whats: 'what is', thats: 'that is', theres: 'there is',
  hes: 'he is', shes: 'she is', theyre: 'they are', youre: 'you are', wat: 'what', wot: 'what', wud: 'would', cud: 'could', shud: 'should',
  tonite: 'tonight', '2nite': 'tonight', '2day': 'today', anymore: 'any more',
  // Another person's words as the reader's own, so one entry covers both: "kill himself" is "kill myself".
  himself: 'myself', herself: 'myself', themselves: 'myself', themself: 'myself', yourself: 'myself', urself: 'myself', meself: 'myself',
  his: 'my', her: 'my', their: 'my', your: 'my',
  // Irregular past forms the stemmer leaves alone, so "i burnt myself" is "burn myself" and "took" is "take".
  burnt: 'burn', took: 'take', taken: 'take', threw: 'throw', thrown: 'throw', drank: 'drink', felt: 'feel', gave: 'give', given: 'give',
  bled: 'bleed',
};

/** Lower case, apostrophes dropped ("don't" is "dont"), "&" as "and", other punctuation as spaces, text speak written out. */
export function normaliseQuery(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .flatMap((word) => (TEXT_SPEAK[word] ?? word).split(' '));
}

/** Edit distance with transpositions (Damerau-Levenshtein, optimal string alignment), stopping early past `max`. */
export function typingDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

const COMMON = new Set(COMMON_WORDS);
const stems = new Map<string, string>();
const stemOf = (word: string) => {
  let stem = stems.get(word);
  if (stem === undefined) stems.set(word, (stem = stemmer(word)));
  return stem;
};

/**
 * A slip of the thumb in a short word: one letter missing (not the first),
 * two neighbouring letters swapped, or one letter typed twice ("kil", "wnat",
 * "wan", "hrut"). Only words marked "~" in the lexicon, where the word next to
 * them must still be a strong object ("~kill myself", "~want" ... "die"), so a
 * short ordinary word never turns into a crisis word on its own.
 */
export function isSlip(typed: string, word: string): boolean {
  if (typed.length < 3 || (typed[0] !== word[0] && !(typed[0] === word[1] && typed[1] === word[0]))) return false;
  if (typed.length === word.length - 1) return [...word].some((_, i) => i > 0 && word.slice(0, i) + word.slice(i + 1) === typed);
  if (typed.length === word.length + 1) return [...typed].some((c, i) => i > 0 && c === typed[i - 1] && typed.slice(0, i) + typed.slice(i + 1) === word);
  if (typed.length !== word.length) return false;
  const differ = [...word].flatMap((c, i) => (c === typed[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0]! + 1 && typed[differ[0]!] === word[differ[1]!] && typed[differ[1]!] === word[differ[0]!];
}

/** Typing mistakes allowed against a listed word: none in short or common words, or where a digit or one letter changes the meaning. */
export function typingTolerance(word: string): number {
  if (word.length < 5 || /\d/.test(word) || COMMON.has(word)) return 0;
  return word.length < 8 ? 1 : 2;
}

/** A listed word: "=" for exactly this word; "~" for a short word that may have a slip; "$" for the end of the query. */
interface Listed {
  word: string;
  stem: string;
  exact: boolean;
  tolerance: number;
  slips?: boolean;
}
type Phrase = Listed[];

function listedWord(token: string): Listed {
  const exact = token.startsWith('=');
  const slips = token.startsWith('~');
  const word = exact || slips ? token.slice(1) : token;
  return { word, stem: stemOf(word), exact, tolerance: exact ? 0 : typingTolerance(word), ...(slips ? { slips } : {}) };
}

/** A listed phrase, normalised as a query is, keeping its "=" and "$" marks. */
export function compilePhrase(text: string): Phrase {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((token) => {
      if (token === '$') return [{ word: '$', stem: '$', exact: true, tolerance: 0 }];
      const mark = token[0] === '=' || token[0] === '~' ? token[0] : '';
      return normaliseQuery(token.slice(mark.length)).map((word) => listedWord(mark + word));
    });
}

/** Whether a typed word (or two typed words run together) is the listed word. */
function sameWord(typed: string, listed: Listed): boolean {
  if (typed === listed.word) return true;
  if (listed.exact) return false;
  if (stemOf(typed) === listed.stem) return true;
  if (listed.slips && !COMMON.has(typed) && isSlip(typed, listed.word)) return true;
  if (listed.tolerance === 0 || typed.length < 5 || COMMON.has(typed)) return false;
  // Typing mistakes rarely change a short word's first letter; "bills" is not "pills".
  if (listed.word.length < 8 && typed[0] !== listed.word[0]) return false;
  return typingDistance(typed, listed.word, listed.tolerance) <= listed.tolerance;
}

const joinedWords = new Map<string, Listed>();
function joined(word: string): Listed {
  let listed = joinedWords.get(word);
  if (!listed) joinedWords.set(word, (listed = listedWord(word)));
  return listed;
}

/**
 * Calls `next` with each place a phrase can end if it starts at typed word
 * `at`, until `next` returns true. Words may be run together or split
 * ("selfharm" and "self harm", "my self" and "myself").
 */
function phraseEnds(phrase: Phrase, words: string[], at: number, next: (end: number) => boolean, from = 0): boolean {
  if (from === phrase.length) return next(at);
  const listed = phrase[from]!;
  if (listed.word === '$') return at === words.length && next(at);
  if (at >= words.length) return false;
  const typed = words[at]!;
  if (sameWord(typed, listed) && phraseEnds(phrase, words, at + 1, next, from + 1)) return true;
  const following = phrase[from + 1];
  // Two listed words typed as one ("selfharm"), with a typing mistake at most one letter short, so "someone" alone is not "someone to".
  if (following && following.word !== '$' && !listed.exact && !following.exact && typed.length >= listed.word.length + following.word.length - 1 && sameWord(typed, joined(listed.word + following.word)) && phraseEnds(phrase, words, at + 1, next, from + 2)) return true;
  return at + 1 < words.length && !listed.exact && sameWord(typed + words[at + 1], listed) && phraseEnds(phrase, words, at + 2, next, from + 1);
}

interface CompiledGroup {
  id: string;
  kind: CrisisKind;
  rules: { parts: Phrase[][]; within: number }[];
  wholeQuery?: { words: Set<string>; needs: Set<string> };
}

function compileGroup(group: CrisisGroup): CompiledGroup {
  return {
    id: group.id,
    kind: group.kind,
    rules: [
      ...(group.phrases ?? []).map((phrase) => ({ parts: [[compilePhrase(phrase)]], within: 0 })),
      ...(group.combinations ?? []).map(({ parts, within }) => ({ parts: parts.map((list) => list.map(compilePhrase)), within })),
    ],
    ...(group.wholeQuery ? { wholeQuery: { words: new Set(group.wholeQuery.words), needs: new Set(group.wholeQuery.needs) } } : {}),
  };
}

let compiled: CompiledGroup[] | undefined;

/** Whether the parts match in order, each starting at most `within` words after the last ended. */
function partsMatch(parts: Phrase[][], within: number, words: string[], k = 0, after = 0): boolean {
  if (k === parts.length) return true;
  const first = k === 0 ? 0 : after;
  const last = k === 0 ? words.length : Math.min(words.length, after + within);
  const rest = (end: number) => partsMatch(parts, within, words, k + 1, end);
  for (const phrase of parts[k]!) {
    // The end of the query follows straight on, never a few words later.
    if (phrase[0]?.word === '$') {
      if (after === words.length && rest(after)) return true;
      continue;
    }
    for (let start = first; start <= last; start++) if (phraseEnds(phrase, words, start, rest)) return true;
  }
  return false;
}

function groupMatches(group: CompiledGroup, words: string[]): boolean {
  if (group.wholeQuery && words.every((word) => group.wholeQuery!.words.has(word)) && words.some((word) => group.wholeQuery!.needs.has(word))) return true;
  return group.rules.some((rule) => partsMatch(rule.parts, rule.within, words));
}

/** The crisis groups a query matches and which help should lead, or undefined for an ordinary query. */
export function detectCrisis(query: string): CrisisMatch | undefined {
  const words = normaliseQuery(query);
  if (words.length === 0) return undefined;
  compiled ??= CRISIS_GROUPS.map(compileGroup);
  const groups = compiled.filter((group) => groupMatches(group, words));
  if (groups.length === 0) return undefined;
  // Any sign of danger puts 999 and 111 first; loneliness alone leads with someone to talk to.
  return { kind: groups.some((group) => group.kind === 'emergency') ? 'emergency' : 'talk', groups: groups.map((group) => group.id) };
}

export function isCrisisQuery(query: string): boolean {
  return detectCrisis(query) !== undefined;
}
