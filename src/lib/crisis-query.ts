/**
 * Whether a search query is about a crisis, suicide, self-harm or urgent
 * help, so search can put the crisis numbers above whatever else matches.
 * People in distress type fast, misspell and use their own words, so the list
 * holds those words and a word within one or two typing mistakes still counts.
 * A false alarm only shows the numbers; a miss could cost a life, so the list
 * leans towards matching.
 */

/** Single words. Short ones (and numbers) must match exactly; longer ones allow typing mistakes. */
const WORDS = [
  'crisis',
  'suicide',
  'suicidal',
  'selfharm',
  'emergency',
  'urgent',
  'urgently',
  'overdose',
  'overdosed',
  'samaritans',
  'shout',
  'hopeless',
  'helpline',
  '999',
  '111',
  'ae',
  'unsafe',
  'despair',
];

/** Phrases, matched as consecutive words (each word allowing typing mistakes as above). */
const PHRASES = [
  'kill myself',
  'killing myself',
  'end my life',
  'ending my life',
  'end it all',
  'take my life',
  'take my own life',
  'want to die',
  'wanna die',
  'going to die',
  'better off dead',
  'dont want to live',
  'do not want to live',
  'dont want to be here',
  'no reason to live',
  'cant go on',
  'cannot go on',
  'cant cope',
  'cannot cope',
  'hurt myself',
  'hurting myself',
  'harm myself',
  'harming myself',
  'self harm',
  'self harming',
  'cut myself',
  'cutting myself',
  'help now',
  'need help',
  'urgent help',
  'a and e',
  'accident and emergency',
  'not safe',
  'in danger',
  'hearing voices',
  'panic attack',
];

/** Lower case, straight apostrophes dropped ("don't" is "dont"), "&" as "and", other punctuation as spaces. */
export function normaliseQuery(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/**
 * Typing mistakes allowed in a listed word: none in short words, where one
 * letter changes the meaning, except inside a phrase, whose other words
 * guard against chance matches ("kil myself").
 */
function tolerance(word: string, inPhrase = false): number {
  if (/\d/.test(word) || word.length < (inPhrase ? 4 : 5)) return 0;
  return word.length < 8 ? 1 : 2;
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

function sameWord(typed: string, listed: string, inPhrase = false): boolean {
  const allowed = tolerance(listed, inPhrase);
  return typed === listed || (allowed > 0 && typingDistance(typed, listed, allowed) <= allowed);
}

export function isCrisisQuery(query: string): boolean {
  const words = normaliseQuery(query);
  if (words.length === 0) return false;
  // "self-harm" and "selfharm" alike, and "A&E" (normalised to "a and e") as "ae".
  const joined = [...words, ...words.slice(1).map((word, i) => `${words[i]}${word}`)];
  if (joined.some((typed) => WORDS.some((listed) => sameWord(typed, listed)))) return true;
  return PHRASES.some((phrase) => {
    const parts = phrase.split(' ');
    return words.some((_, start) => parts.every((part, k) => words[start + k] !== undefined && sameWord(words[start + k]!, part, true)));
  });
}
