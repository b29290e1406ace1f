/**
 * UK phone numbers: check, format for reading (NHS style groups) and link with tel:.
 * Pure, so content errors are caught at build time with a clear message.
 */
export interface UkPhone {
  /** Grouped for reading aloud and scanning, e.g. "0115 969 1300". */
  display: string;
  /** International form for tel: links, e.g. "+441159691300". */
  e164: string;
}

/** Digits of a UK number in national form (leading 0), or null if it is not one. */
export function nationalDigits(raw: string): string | null {
  const compact = raw.replace(/[\s().-]/g, '');
  let digits: string;
  if (/^\+44\d+$/.test(compact)) digits = `0${compact.slice(3)}`;
  else if (/^0044\d+$/.test(compact)) digits = `0${compact.slice(4)}`;
  else if (/^0\d+$/.test(compact)) digits = compact;
  else return null;
  // National numbers are 0 + 10 digits; a few old 01xxx areas have 0 + 9.
  if (digits.length === 11 || (digits.length === 10 && digits.startsWith('01'))) return digits;
  return null;
}

function group(digits: string, sizes: number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) parts.push(digits.slice(at));
  return parts.filter(Boolean).join(' ');
}

/**
 * Groups as the NHS A to Z of health writing writes them: 020 7946 0000,
 * 0115 969 1300, and 5-3-3 for mobiles and five-digit area codes
 * (07700 900 866, 01273 800 900). The few 10-digit 01 numbers keep two
 * groups of five, as before: the A to Z gives no pattern for them.
 */
function displayGroups(digits: string): number[] {
  if (digits.startsWith('02')) return [3, 4, 4];
  // 011x and 01x1 are the large cities with 4-digit area codes.
  if (/^01(1\d|\d1)/.test(digits)) return [4, 3, 4];
  if (digits.length === 10) return [5, 5];
  if (digits.startsWith('01') || digits.startsWith('07')) return [5, 3, 3];
  // 03, 08 and 09 non-geographic numbers.
  return [4, 3, 4];
}

export function parseUkPhone(raw: string): UkPhone | null {
  const digits = nationalDigits(raw);
  if (!digits) return null;
  return { display: group(digits, displayGroups(digits)), e164: `+44${digits.slice(1)}` };
}
