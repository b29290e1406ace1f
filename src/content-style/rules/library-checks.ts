/**
 * Two small checks from the unified collective, reported as warnings:
 * indefinite-article ("a hour", "an user") and repeated-word ("the the").
 */
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextRepeatedWords from 'retext-repeated-words';
import type { VFile } from 'vfile';
import type { RuleId } from '../rules.ts';

type VFileMessage = VFile['messages'][number];

export const libraryChecks = { plugins: [retextIndefiniteArticle, retextRepeatedWords] };

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
