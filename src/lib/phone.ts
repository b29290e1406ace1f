/**
 * UK phone numbers: check, format for reading (NHS style groups) and link with tel:.
 * Pure, so content errors are caught at build time with a clear message.
 * libphonenumber-js knows each UK range's length ("0115 969 130" is a digit
 * short); its small "min" metadata is enough to tell valid from invalid.
 */
import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js/min';

export interface UkPhone {
  /** Grouped for reading aloud and scanning, e.g. "0115 969 1300". */
  display: string;
  /** International form for tel: links, e.g. "+441159691300". */
  e164: string;
}

/** Digits of a valid UK number in national form (leading 0), or null if it is not one. */
export function nationalDigits(raw: string): string | null {
  // Only separators people write between groups: anything else (letters, "ext") is not a bare number.
  if (!/^\s*\+?[\d\s().-]+$/.test(raw)) return null;
  const parsed = parsePhoneNumberFromString(raw, 'GB');
  if (!parsed || parsed.country !== 'GB' || !parsed.isValid()) return null;
  return `0${parsed.nationalNumber}`;
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
export function displayGroups(digits: string): number[] {
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

/** A phone number written in text: where it is, and its digits (national form). */
export interface PhoneInText {
  start: number;
  end: number;
  text: string;
  /** "0" and the national number, whether or not it is a valid one. */
  digits: string;
}

/**
 * Every UK-looking phone number in a text, valid or not (a number a digit
 * short is still a phone number someone would dial). Short national codes
 * such as 999 or 116 123 are not found: libphonenumber reads them as too short.
 */
export function phoneNumbersInText(text: string, offset = 0): PhoneInText[] {
  const found: PhoneInText[] = [];
  // The shortest UK number has 7 digits after the 0: text with fewer digits holds none, and
  // most text has few, so this saves the library's scan (a third of a second a megabyte).
  let digits = 0;
  for (let i = offset; i < text.length && digits < 7; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) digits++;
  if (digits < 7) return found;
  // extended: numbers that could be phone numbers, valid or not (libphonenumber's "possible" leniency).
  for (const match of findPhoneNumbersInText(text.slice(offset), { defaultCountry: 'GB', extended: true })) {
    const start = offset + match.startsAt;
    const written = text.slice(start, offset + match.endsAt);
    const extension = match.number.ext;
    const ext = extension ? written.lastIndexOf(extension) : -1;
    if (match.number.countryCallingCode === '44') {
      // The library may read what follows ("ext 16313", or a second number) as an extension: keep the number itself.
      const end = ext > 0 ? start + written.slice(0, ext).replace(/[^\d)]+$/, '').length : start + written.length;
      found.push({ start, end, text: text.slice(start, end), digits: `0${match.number.nationalNumber}` });
    }
    // A second number read as an extension is looked for again on its own.
    if (ext > 0) return [...found, ...phoneNumbersInText(text, start + ext)];
  }
  return found;
}
