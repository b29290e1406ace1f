/**
 * spelling (warning): British English, by retext-spell with the en-GB
 * Hunspell dictionary, plus the site's word list (words.ts). Abbreviations
 * in capitals are left to the abbreviation rule, and words with digits
 * ("9am", "COVID-19") to the time and number rules.
 *
 * retext-spell checks every word of every page, and most words recur from
 * page to page: this remembers each word it has passed, and hands
 * retext-spell only the sentences that still hold a word it has not seen
 * (whole sentences, so it still sees quotes and other context).
 */
import retextSpell from 'retext-spell';
import dictionary from 'dictionary-en-gb';
import { isLiteral } from 'nlcst-is-literal';
import { toString } from 'nlcst-to-string';
import type { Root, Sentence, Paragraph } from 'nlcst';
import type { VFile } from 'vfile';
import { quoteList } from '../text.ts';
import { EDITOR_WORDS_FILE } from '../words.ts';

type VFileMessage = VFile['messages'][number];

/**
 * Suggestions cost 0.2 to 0.3 s a word, so only the first few unknown words in
 * a run get them (retext-spell caches them per word); the rest are still reported.
 */
export const SUGGESTIONS_MAX = 5;

const wordText = (node: Sentence['children'][number]) => toString(node).replace(/’/g, "'");

/** A retext plugin: retext-spell, asked only about words it has not passed before. */
export function retextSpelling(options: { words: readonly string[] }) {
  const spell = retextSpell({ dictionary, personal: options.words.join('\n'), max: SUGGESTIONS_MAX }) as unknown as (tree: Root, file: VFile, next: (error?: Error) => void) => void;
  const passed = new Set<string>();
  return async (tree: Root, file: VFile) => {
    const sentences: Sentence[] = [];
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      for (const sentence of (paragraph as Paragraph).children) {
        if (sentence.type === 'SentenceNode' && sentence.children.some((node) => node.type === 'WordNode' && !passed.has(wordText(node)))) sentences.push(sentence);
      }
    }
    if (sentences.length === 0) return;
    const before = file.messages.length;
    await new Promise<void>((resolve, reject) => spell({ type: 'RootNode', children: [{ type: 'ParagraphNode', children: sentences }] }, file, (error) => (error ? reject(error) : resolve())));
    const flagged = new Set(file.messages.slice(before).map((message) => message.actual));
    for (const sentence of sentences) {
      sentence.children.forEach((node, index) => {
        // A word in quotes is not checked, so it has not passed.
        if (node.type === 'WordNode' && !isLiteral(sentence, index)) {
          const word = wordText(node);
          if (!flagged.has(word)) passed.add(word);
        }
      });
    }
  };
}

/** The editor's message for one of retext-spell's, or undefined to drop it. */
export function spellingMessage(message: VFileMessage): string | undefined {
  const word = message.actual;
  if (message.ruleId === 'overflow' || !word) return undefined;
  if (/\d/.test(word) || /^\p{Lu}[\p{Lu}&]+s?$/u.test(word)) return undefined;
  const suggestions = (message.expected ?? []).slice(0, 3);
  return (
    `check the spelling of "${word}"` +
    (suggestions.length ? `: did you mean ${quoteList(suggestions)}?` : '.') +
    ` If it is right, add it to content/${EDITOR_WORDS_FILE}.`
  );
}
