/** sentence-length (warning): NHS.UK aims for sentences of 20 words or fewer. */
export const SENTENCE_WORDS_MAX = 20;

export function sentenceLengthProblem(words: number): string | undefined {
  if (words <= SENTENCE_WORDS_MAX) return undefined;
  return `this sentence has ${words} words: try to keep sentences to ${SENTENCE_WORDS_MAX} or fewer, for example by splitting it in two.`;
}
