/**
 * phone-number (error): UK phone numbers are grouped as the NHS A to Z
 * groups them ("0115 969 1300", "020 7946 0000", "07700 900 866"), which is
 * what src/lib/phone.ts makes for contact cards too.
 */
import { nationalDigits, parseUkPhone } from '../../lib/phone.ts';
import type { Finding } from '../text.ts';

// A run of digits, spaces, dots, hyphens and brackets that starts like a UK number.
const CANDIDATE = /(?<![\w+(])\(?(?:\+44|0044|0)[\s().-]*\d[\d\s().-]{7,18}\d(?!\d)/g;

export function phoneNumbers(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    // The number may be followed by more digits ("0115 969 1300 ext 16313" or a second number):
    // take the shortest leading groups that make a whole UK number.
    const groups = match[0].split(/(?<=\d)(?=\s+\d)/);
    let written = '';
    for (const group of groups) {
      written += group;
      const digits = nationalDigits(written);
      if (!digits) continue;
      const display = parseUkPhone(written)!.display;
      if (written.replace(/\s+/g, ' ') !== display) {
        found.push({
          ruleId: 'phone-number',
          start: match.index,
          end: match.index + written.length,
          reason: `write the number as "${display}", not "${written.trim()}", so it is easy to read and say.`,
        });
      }
      break;
    }
  }
  return found;
}
