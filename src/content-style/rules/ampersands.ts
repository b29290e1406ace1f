/**
 * a-and-e (error): the emergency department is "A&E", the name people know
 * and search for, not "A and E" or "Accident & Emergency".
 * ampersand (error): elsewhere, write "and": "&" is harder to read.
 */
import { findAll, type Finding } from '../text.ts';

// Capital A and E only: "vitamins a and e" is not the emergency department.
const NOT_A_AND_E = /\bA ?(?:and|\+|&) ?E\b|\b[Aa]ccident (?:and|&) [Ee]mergency\b/g;

export function ampersands(text: string): Finding[] {
  const aAndE = findAll(text, NOT_A_AND_E, (m) =>
    m[0] === 'A&E' ? undefined : { ruleId: 'a-and-e', reason: `write "A&E", not "${m[0]}".` },
  );
  const inside = (at: number) => aAndE.some((f) => f.start <= at && at < f.end);
  const ampersand = findAll(text, /&/g, (m) =>
    text.slice(m.index - 1, m.index + 2) === 'A&E' || inside(m.index) ? undefined : { ruleId: 'ampersand', reason: 'write "and" instead of "&".' },
  );
  return [...aAndE, ...ampersand];
}
