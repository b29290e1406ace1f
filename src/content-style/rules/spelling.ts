/**
 * spelling (warning): British English, by retext-spell with the en-GB
 * Hunspell dictionary, plus the site's word list (words.ts). Abbreviations
 * in capitals are left to the abbreviation rule, words with digits
 * ("9am", "COVID-19") to the time and number rules, and web addresses to
 * the link-text rule.
 *
 * Most words recur from page to page and from run to run, so this remembers
 * every word retext-spell has passed (in memory, and in a cache file between
 * runs) and hands retext-spell only the sentences that still hold a word it
 * has not seen: whole sentences, so it still sees quotes and other context.
 * The dictionary is loaded only when there is such a sentence.
 */
import retextSpell from 'retext-spell';
import { isLiteral } from 'nlcst-is-literal';
import { toString } from 'nlcst-to-string';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root, Sentence, Paragraph } from 'nlcst';
import type { VFile } from 'vfile';
import { quoteList } from '../text.ts';
import { EDITOR_WORDS_FILE } from '../words.ts';

type VFileMessage = VFile['messages'][number];
type Transformer = (tree: Root, file: VFile, next: (error?: Error) => void) => void;

/**
 * Suggestions cost 0.2 to 0.3 s a word, so only the first few unknown words in
 * a run get them (retext-spell caches them per word); the rest are still reported.
 */
export const SUGGESTIONS_MAX = 5;

export const SPELLING_CACHE = 'node_modules/.cache/content-style/spelling.json';

const wordText = (node: Sentence['children'][number]) => toString(node).replace(/’/g, "'");

/** The words passed before, valid while the dictionary, retext-spell and the word list are the same. */
export class PassedWords {
  readonly words = new Set<string>();
  private readonly key: string;
  private readonly file: string | undefined;

  constructor(siteWords: readonly string[], file?: string) {
    this.file = file;
    // A new dictionary or retext-spell shows as a change in their files' sizes and dates.
    const dictionary = fileURLToPath(import.meta.resolve('dictionary-en-gb'));
    const stamp = [join(dirname(dictionary), 'index.dic'), join(dirname(dictionary), 'index.aff'), fileURLToPath(import.meta.resolve('retext-spell'))]
      .map((path) => {
        const info = statSync(path);
        return `${info.size}:${info.mtimeMs}`;
      })
      .join(' ');
    this.key = createHash('sha256').update(`${stamp}\n${siteWords.join('\n')}`).digest('hex');
    for (const word of this.read()) this.words.add(word);
  }

  private read(): string[] {
    if (!this.file) return [];
    try {
      const cached = JSON.parse(readFileSync(this.file, 'utf8')) as { key?: string; words?: string[] };
      return cached.key === this.key && Array.isArray(cached.words) ? cached.words : [];
    } catch {
      return [];
    }
  }

  /** Adds to the cache file what this run learnt (other runs may have written to it too). */
  save(): void {
    if (!this.file) return;
    const words = [...new Set([...this.read(), ...this.words])].sort();
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      writeFileSync(temporary, JSON.stringify({ key: this.key, words }));
      renameSync(temporary, this.file);
    } catch {
      // A cache that cannot be written only makes the next run slower.
    }
  }
}

/** A retext plugin: retext-spell, asked only about words it has not passed before. */
export function retextSpelling(options: { words: readonly string[]; passed: PassedWords }) {
  const passed = options.passed.words;
  let spell: Promise<Transformer> | undefined;
  const load = async () => {
    const { default: dictionary } = await import('dictionary-en-gb');
    return retextSpell({ dictionary, personal: options.words.join('\n'), max: SUGGESTIONS_MAX }) as unknown as Transformer;
  };
  return async (tree: Root, file: VFile) => {
    const sentences: Sentence[] = [];
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      for (const sentence of (paragraph as Paragraph).children) {
        // retext-spell skips words in quotes, so they need no checking either.
        const unseen = (node: Sentence['children'][number], index: number) => node.type === 'WordNode' && !passed.has(wordText(node)) && !isLiteral(sentence as Sentence, index);
        if (sentence.type === 'SentenceNode' && sentence.children.some(unseen)) sentences.push(sentence);
      }
    }
    if (sentences.length === 0) return;
    spell ??= load();
    const check = await spell;
    const before = file.messages.length;
    await new Promise<void>((resolve, reject) => check({ type: 'RootNode', children: [{ type: 'ParagraphNode', children: sentences }] }, file, (error) => (error ? reject(error) : resolve())));
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
  // Parts of web and email addresses: the link-text rule asks for words instead.
  if (/[.@/]/.test(word) || /^https?$/i.test(word)) return undefined;
  const suggestions = (message.expected ?? []).slice(0, 3);
  return (
    `check the spelling of "${word}"` +
    (suggestions.length ? `: did you mean ${quoteList(suggestions)}?` : '.') +
    ` If it is right, add it to content/${EDITOR_WORDS_FILE}.`
  );
}
