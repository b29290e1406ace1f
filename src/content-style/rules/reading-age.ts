/**
 * reading-age (warning): a page's reading age, by one method so figures can
 * be compared over time: the Flesch-Kincaid grade + 5, over every sentence
 * of the page, where the title, each heading (components' headings too) and
 * each list item count as sentences. Rounded to the nearest year. NHS.UK
 * aims for 9 to 11; it is a guide to where to start, not a pass mark.
 * Pages under 50 words get no warning.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export const READING_AGE_MAX = 11;
/** Below this many words the formula swings with every word, so a short page is not warned about (its figure is still shown). */
export const READING_AGE_MIN_WORDS = 50;

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

export const emptyCounts = (): TextCounts => ({ sentences: 0, words: 0, syllables: 0 });

// Pages share most of their words: count each word's syllables once.
const syllableCache = new Map<string, number>();
function syllables(word: string): number {
  let count = syllableCache.get(word);
  if (count === undefined) {
    count = syllable(word);
    syllableCache.set(word, count);
  }
  return count;
}

/** Adds one sentence, given its words, to the counts. */
export function addSentence(counts: TextCounts, words: readonly string[]): void {
  if (words.length === 0) return;
  counts.sentences += 1;
  counts.words += words.length;
  for (const word of words) counts.syllables += syllables(word);
}

export interface ReadingAge {
  /** Flesch-Kincaid grade, to one decimal place. */
  grade: number;
  /** Grade + 5, to the nearest year. */
  age: number;
}

export function readingAge(counts: TextCounts): ReadingAge | undefined {
  const grade = fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables });
  if (!Number.isFinite(grade)) return undefined;
  return { grade: Math.round(grade * 10) / 10, age: Math.round(grade + 5) };
}

export function readingAgeProblem(age: ReadingAge | undefined, words: number): string | undefined {
  if (!age || age.age <= READING_AGE_MAX || words < READING_AGE_MIN_WORDS) return undefined;
  return `the page has a reading age of ${age.age}: NHS.UK aims for ${READING_AGE_MAX} or under. Use shorter sentences and everyday words where the meaning survives.`;
}
