/**
 * range (error): a range is written with "to" ("Monday to Friday", "9am to
 * 5pm", "10 to 15 minutes"), not with a hyphen or dash, which screen readers
 * read as "minus" or skip.
 */
import { findAll, type Finding } from '../text.ts';

const DAYS = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)';
const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const NUMBER = '(?:[£$€]?\\d+(?:[.,:]\\d+)*%?(?:am|pm)?)';
const END = `(?:${DAYS}|${MONTHS}|${NUMBER}|midday|midnight)`;

// Not inside a longer chain such as 0115-969-1300 or 2026-11-24 (the phone and date rules say how to write those).
const RANGE = new RegExp(`(?<![\\w-])(${END}|${NUMBER})\\s?[-–—]\\s?(${END})(?![\\w-])`, 'g');

export function ranges(text: string): Finding[] {
  return findAll(text, RANGE, (m) => ({
    ruleId: 'range',
    reason: `write "${m[1]} to ${m[2]}", not "${m[0]}".`,
  }));
}
