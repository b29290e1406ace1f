/**
 * Dates as NHS.UK writes them ("24 November 2026"), and the rules that decide
 * whether a review date pair or a notice is valid on a given day.
 * Dates in content are calendar days, so everything here works in UTC.
 */
import { frontmatterBlock } from './frontmatter.ts';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export function formatDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** ISO calendar day, for <time datetime> and structured data. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Midnight UTC of the given moment's calendar day. */
export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function reviewOrderIsValid(lastReviewed: Date, nextReview: Date): boolean {
  return nextReview.getTime() > lastReviewed.getTime();
}

export interface NoticeWindow {
  from: Date;
  until?: Date | undefined;
}

/** A notice runs from its first day to the end of its last day, inclusive. */
export function isNoticeCurrent(notice: NoticeWindow, today: Date): boolean {
  const day = startOfDay(today).getTime();
  if (startOfDay(notice.from).getTime() > day) return false;
  return !notice.until || startOfDay(notice.until).getTime() >= day;
}

/**
 * Whether a notice whose last day is `until` (YYYY-MM-DD) has ended, on the
 * calendar of the device reading it: it shows to the end of its last day.
 * Unreadable dates never hide a notice.
 */
export function noticeHasEnded(until: string, now: Date): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(until);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  return new Date(year, month - 1, day).getTime() < today;
}

/**
 * The day the site is built for. BUILD_DATE (YYYY-MM-DD) lets tests and
 * previews build the site as it will be on another day.
 */
export function buildDay(env: Record<string, string | undefined> = process.env): Date {
  const set = env.BUILD_DATE;
  if (set) {
    const parsed = new Date(`${set}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime())) throw new Error(`BUILD_DATE must be YYYY-MM-DD, not "${set}".`);
    return parsed;
  }
  return startOfDay(new Date());
}

/**
 * Whether YYYY-MM-DD text is a real calendar date. YAML reads 2026-13-45 as a
 * date and quietly rolls it over to 14 February 2027; this catches that.
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Date fields in a content file's frontmatter whose text is not a real calendar date. */
export function impossibleDates(source: string, fields: readonly string[]): { field: string; text: string }[] {
  const frontmatter = frontmatterBlock(source) ?? '';
  return fields.flatMap((field) => {
    const text = new RegExp(`^${field}:\\s*["']?(\\d{4}-\\d{1,2}-\\d{1,2})["']?\\s*$`, 'm').exec(frontmatter)?.[1];
    return text && !isCalendarDate(text) ? [{ field, text }] : [];
  });
}
