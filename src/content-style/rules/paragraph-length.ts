/** paragraph-length (warning): NHS.UK keeps paragraphs to 3 sentences or fewer. */
export const PARAGRAPH_SENTENCES_MAX = 3;

export function paragraphLengthProblem(sentences: number): string | undefined {
  if (sentences <= PARAGRAPH_SENTENCES_MAX) return undefined;
  return `this paragraph has ${sentences} sentences: keep paragraphs to ${PARAGRAPH_SENTENCES_MAX} or fewer, one idea each.`;
}
