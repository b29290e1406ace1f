/**
 * time-format (error): times are written "9am", "5:30pm", "midday" and
 * "midnight": no space or dots in am and pm, a colon before minutes, no
 * ":00", and no 24-hour clock.
 */
import { findAll, type Finding } from '../text.ts';

/** How NHS.UK writes a time given on the 24-hour clock (0 to 23 hours). */
export function nhsTime(hours: number, minutes: number): string {
  if (minutes === 0 && hours === 12) return 'midday';
  if (minutes === 0 && hours % 24 === 0) return 'midnight';
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}${hours < 12 ? 'am' : 'pm'}`;
}

const finding = (instead: string, wrong: string) => ({
  ruleId: 'time-format' as const,
  reason: `write the time as "${instead}", not "${wrong}".`,
});

export function times(text: string): Finding[] {
  return [
    // 9 am, 9AM, 9.30pm, 9:00am, 9 a.m., 12pm
    ...findAll(text, /(?<![\d£$€.:])(\d{1,2})(?:([:.])(\d{2}))?\s?(a\.m\.?|p\.m\.?|am|pm)(?![a-z])/gi, (m) => {
      const hour = Number(m[1]);
      const minutes = Number(m[3] ?? 0);
      if (hour < 1 || hour > 12 || minutes > 59) return undefined;
      const pm = m[4]!.toLowerCase().startsWith('p');
      const instead = nhsTime((hour % 12) + (pm ? 12 : 0), minutes);
      return m[0] === instead ? undefined : finding(instead, m[0]);
    }),
    // 17:30, 09:00 (a colon and no am or pm)
    ...findAll(text, /(?<![\d£$€.:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:]|\s?[ap]\.?m\b)/gi, (m) => finding(nhsTime(Number(m[1]), Number(m[2])), m[0])),
    // 17.30 or 09.00: only where the hour cannot be a sum of money or a version number
    ...findAll(text, /(?<![\d£$€.:])(0\d|1[3-9]|2[0-3])\.([0-5]\d)(?!\d|\.\d|\s?[ap]\.?m\b)/gi, (m) => finding(nhsTime(Number(m[1]), Number(m[2])), m[0])),
    // 0900 hours, 1730hrs
    ...findAll(text, /\b([01]\d|2[0-3])([0-5]\d)\s?(?:hours|hrs)\b/gi, (m) => finding(nhsTime(Number(m[1]), Number(m[2])), m[0])),
    // noon, 12 noon, 12 midnight
    ...findAll(text, /\b(?:12\s?)?noon\b/gi, (m) => finding('midday', m[0])),
    ...findAll(text, /\b12\s?midnight\b/gi, (m) => finding('midnight', m[0])),
  ];
}
