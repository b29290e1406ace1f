/**
 * nhs-word (warning): words the NHS A to Z of health writing asks writers to
 * avoid, each with what to write instead. A warning, not an error: an
 * editor may need the word (quoting a job title, for example) and can say
 * so with an ignore comment.
 */
import { findAll, type Finding } from '../text.ts';

interface AvoidWord {
  pattern: RegExp;
  why: string;
  instead: string;
}

export const AVOID: AvoidWord[] = [
  { pattern: /\bclinicians?\b/gi, why: 'many people do not know what it means', instead: 'doctor, nurse or other healthcare professional' },
  { pattern: /\bchronic\b/gi, why: 'people may read it as "severe"', instead: 'long-term' },
  { pattern: /\boccur(?:s|red|ring)?\b/gi, why: 'it is formal', instead: 'happen' },
  { pattern: /\bfevers?\b/gi, why: 'it is vague', instead: 'high temperature' },
  { pattern: /\bsuffer(?:s|ed|ing)? (?:from|with)\b|\bsufferers?\b/gi, why: 'it suggests people are victims of their condition', instead: 'has, have or living with' },
  { pattern: /\bcommit(?:s|ted|ting)? suicide\b/gi, why: 'suicide is not a crime', instead: 'die by suicide or take their own life' },
  { pattern: /\b(?:Covid|covid|COVID)(?:-19)?\b/g, why: 'that is the name NHS.UK uses', instead: 'COVID-19' },
  { pattern: /\btelephone\b/gi, why: 'it is longer than it needs to be', instead: 'phone' },
  { pattern: /\belderly\b/gi, why: 'many older people do not identify with it', instead: 'older people' },
];

export function nhsWords(text: string): Finding[] {
  return AVOID.flatMap(({ pattern, why, instead }) =>
    findAll(text, pattern, (m) =>
      m[0] === 'COVID-19' ? undefined : { ruleId: 'nhs-word', reason: `avoid "${m[0]}": ${why}. Try "${instead}".` },
    ),
  );
}
