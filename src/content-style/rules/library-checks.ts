/**
 * Two small checks from the unified collective, reported as warnings:
 * indefinite-article ("a hour", "an user") and repeated-word ("the the").
 */
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextRepeatedWords from 'retext-repeated-words';
import { toString } from 'nlcst-to-string';
import type { Paragraph, Root, Sentence } from 'nlcst';
import type { VFile } from 'vfile';
import type { RuleId } from '../rules.ts';

type VFileMessage = VFile['messages'][number];

/**
 * retext-indefinite-article, handed only the sentences with an "a" or "an" in
 * them: it walks every word of what it is given, which on a large site costs
 * more than the rest of the check.
 */
function retextArticles() {
  const check = retextIndefiniteArticle() as unknown as (tree: Root, file: VFile) => void;
  const hasArticle = (sentence: Sentence) => sentence.children.some((node) => node.type === 'WordNode' && /^an?$/i.test(toString(node)));
  return (tree: Root, file: VFile) => {
    const sentences = tree.children.flatMap((paragraph) =>
      paragraph.type === 'ParagraphNode' ? (paragraph as Paragraph).children.filter((node): node is Sentence => node.type === 'SentenceNode' && hasArticle(node)) : [],
    );
    if (sentences.length) check({ type: 'RootNode', children: [{ type: 'ParagraphNode', children: sentences }] }, file);
  };
}

export const libraryChecks = { plugins: [retextArticles, retextRepeatedWords] };

/** The rule id and editor's message for a message from one of these libraries. */
export function libraryMessage(message: VFileMessage): { ruleId: RuleId; reason: string } | undefined {
  const actual = message.actual ?? '';
  const expected = message.expected?.[0] ?? '';
  if (message.source === 'retext-indefinite-article') {
    const following = /before `([^`]+)`/.exec(message.reason)?.[1] ?? '';
    return { ruleId: 'indefinite-article', reason: `write "${expected} ${following}", not "${actual} ${following}".` };
  }
  if (message.source === 'retext-repeated-words') {
    return { ruleId: 'repeated-word', reason: `"${expected}" is written twice: remove one.` };
  }
  return undefined;
}
