/**
 * date-format (error): dates are written "24 November 2026": no ordinals
 * ("24th"), no numbers for months (24/11/2026, 2026-11-24), no short months
 * ("24 Nov"), and the day before the month.
 */
import { findAll, type Finding } from '../text.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = `(?:${MONTHS.join('|')})`;
// "May" is never short; "Mar" and the rest count only next to a day or a year.
// Month names are matched with their capital, so "you may 2" is not a date.
const SHORT = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)';

const fullMonth = (text: string) => MONTHS.find((m) => m.toLowerCase().startsWith(text.slice(0, 3).toLowerCase())) ?? text;

/** "24 November 2026" from day, month (1 to 12) and year numbers, if that is a real date. */
function written(day: number, month: number, year: number): string | undefined {
  const full = year < 100 ? 2000 + year : year;
  const date = new Date(Date.UTC(full, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${day} ${MONTHS[month - 1]} ${full}`;
}

const finding = (instead: string | undefined, wrong: string) => ({
  ruleId: 'date-format' as const,
  reason: instead ? `write the date as "${instead}", not "${wrong}".` : `write the date in words, like "24 November 2026", not "${wrong}".`,
});

export function dates(text: string): Finding[] {
  return [
    // 24th November, 24th of November
    ...findAll(text, new RegExp(`\\b${ORDINAL}\\s+(?:of\\s+)?(${MONTH}|${SHORT})\\b\\.?`, 'g'), (m) =>
      finding(`${m[1]} ${fullMonth(m[2]!)}`, m[0]),
    ),
    // November 24th, November 24 2026, November 24, 2026
    ...findAll(text, new RegExp(`\\b(${MONTH}|${SHORT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'g'), (m) =>
      Number(m[2]) <= 31 ? finding(`${m[2]} ${fullMonth(m[1]!)}${m[3] ? ` ${m[3]}` : ''}`, m[0]) : undefined,
    ),
    // 24 Nov, 24 Nov 2026, Nov 2026
    ...findAll(text, new RegExp(`\\b(?:(\\d{1,2})\\s+)?(${SHORT})\\b\\.?(?:\\s+(\\d{4}))?`, 'g'), (m) =>
      (m[1] || m[3]) && !new RegExp(`^${ORDINAL}`).test(m[0]) ? finding([m[1], fullMonth(m[2]!), m[3]].filter(Boolean).join(' '), m[0].trim()) : undefined,
    ),
    // 24/11/2026, 24.11.26 (UK order)
    ...findAll(text, /(?<![\d./-])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[./-]\d)/g, (m) =>
      finding(written(Number(m[1]), Number(m[3]), Number(m[4])), m[0]),
    ),
    // 2026-11-24
    ...findAll(text, /(?<![\d./-])(\d{4})-(\d{2})-(\d{2})(?!\d|[./-]\d)/g, (m) => finding(written(Number(m[3]), Number(m[2]), Number(m[1])), m[0])),
  ];
}
