/**
 * Checks content files against the NHS.UK content style guide and returns,
 * for each page, its messages (for editors: file, line, column, what to do,
 * rule), its reading age and its review dates. One processor serves every
 * file. Used by `npm run lint:content`, `npm run content:report` and the
 * build (src/integrations/content-style.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { VFile } from 'vfile';
import { mapLimit } from '../lib/map-limit.ts';
import { noticePath, pagePath } from '../lib/urls.ts';
import { createProcessor } from './processor.ts';
import { isIgnored } from './ignore-comments.ts';
import { severityOf, type RuleId, type Severity } from './rules.ts';
import { loadWords } from './words.ts';
import { spellingMessage } from './rules/spelling.ts';
import { plainEnglishMessage } from './rules/plain-english.ts';
import { libraryMessage } from './rules/library-checks.ts';
import { readingAge, readingAgeProblem, type ReadingAge, type TextCounts } from './rules/reading-age.ts';
import { reviewStatus } from './rules/review-dates.ts';

export interface StyleMessage {
  file: string;
  line: number;
  column: number;
  ruleId: RuleId;
  severity: Severity;
  reason: string;
}

export interface PageStyle {
  /** As shown in messages: relative to the working folder. */
  file: string;
  kind: 'page' | 'notice';
  address: string;
  title?: string | undefined;
  lastReviewed?: Date | undefined;
  nextReview?: Date | undefined;
  owner?: string | undefined;
  counts: TextCounts;
  readingAge?: ReadingAge | undefined;
  messages: StyleMessage[];
}

export interface CheckOptions {
  contentDir: string;
  /** The day review dates are judged against (the build's day). */
  today: Date;
  /** The site's base path, for addresses in the report. */
  base?: string;
  /** Where the spelling check keeps the words it has passed between runs; leave out to keep none. */
  spellingCache?: string;
}

const asDate = (value: unknown): Date | undefined => {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
};

/** The editor's rule id and message for a message from the pipeline, or undefined to drop it. */
function translate(message: VFile['messages'][number]): { ruleId: RuleId; reason: string } | undefined {
  switch (message.source) {
    case 'retext-spell': {
      const reason = spellingMessage(message);
      return reason ? { ruleId: 'spelling', reason } : undefined;
    }
    case 'retext-simplify': {
      const reason = plainEnglishMessage(message);
      return reason ? { ruleId: 'plain-english', reason } : undefined;
    }
    default:
      return libraryMessage(message);
  }
}

export interface StyleChecker {
  check(file: string, source: string, kind: 'page' | 'notice', id: string): Promise<PageStyle>;
  /** Call when done: keeps what the spelling check learnt. */
  finish(): void;
}

export function createStyleChecker(options: CheckOptions): StyleChecker {
  const processor = createProcessor(loadWords(options.contentDir), options.spellingCache);
  const base = options.base ?? '/';
  return {
    finish: () => processor.save(),
    async check(path, source, kind, id) {
      const file = new VFile({ path, value: source });
      const pipeline = processor.for(source);
      await pipeline.run(pipeline.parse(file), file);
      const style = file.data.style!;
      const messages: StyleMessage[] = [];
      const add = (ruleId: RuleId, reason: string, line: number, column: number) =>
        messages.push({ file: path, line, column, ruleId, severity: severityOf(ruleId), reason });

      // One message per place: the site's own rules (the NHS word list, Latin abbreviations) say it better than retext-simplify's list.
      const taken = new Set(style.messages.map((message) => `${message.place.line}:${message.place.column}`));
      const all = [
        ...style.messages.map((message) => ({ ruleId: message.ruleId, reason: message.reason, at: message.place })),
        ...file.messages.flatMap((message) => {
          const translated = translate(message);
          const at = { line: message.line ?? 1, column: message.column ?? 1 };
          if (!translated || (translated.ruleId === 'plain-english' && taken.has(`${at.line}:${at.column}`))) return [];
          return [{ ...translated, at }];
        }),
      ];
      for (const { at, ruleId, reason } of all) {
        if (!isIgnored(ruleId, at, style.ignores)) add(ruleId, reason, at.line, at.column);
      }
      for (const problem of style.ignoreProblems) add('style-ignore', problem.reason, problem.at.line, problem.at.column);

      const data = style.frontmatter;
      const age = readingAge(style.counts);
      const ageProblem = readingAgeProblem(age, style.counts.words);
      if (ageProblem) add('reading-age', ageProblem, 1, 1);
      const nextReview = asDate(data['nextReview']);
      const owner = typeof data['owner'] === 'string' ? data['owner'] : undefined;
      const review = nextReview && reviewStatus(nextReview, options.today, owner);
      if (review) {
        const line = source.split('\n').findIndex((text) => /^nextReview:/.test(text)) + 1;
        add(review.ruleId, review.reason, line || 1, 1);
      }
      // Sorted twice so a message's place wins over its order in the pipeline.
      messages.sort((a, b) => a.line - b.line || a.column - b.column);
      return {
        file: path,
        kind,
        address: kind === 'page' ? pagePath(id, base) : noticePath(id, base),
        title: typeof data['title'] === 'string' ? data['title'] : undefined,
        lastReviewed: asDate(data['lastReviewed']),
        nextReview,
        owner,
        counts: style.counts,
        readingAge: age,
        messages,
      };
    },
  };
}

/** Files checked at once: reading is cheap, checking is the work, so a few suffice. */
const FILES_AT_ONCE = 8;

/** The pages and notices in a content folder, in a stable order. */
export async function contentFiles(contentDir: string): Promise<{ path: string; kind: 'page' | 'notice'; id: string }[]> {
  const list = async (folder: string, kind: 'page' | 'notice') => {
    let names: string[] = [];
    try {
      names = (await readdir(join(contentDir, folder), { recursive: true })).map(String);
    } catch {
      return [];
    }
    return names
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => ({ path: join(contentDir, folder, name), kind, id: name.replace(/\.mdx$/, '').replaceAll('\\', '/') }));
  };
  return [...(await list('pages', 'page')), ...(await list('notices', 'notice'))];
}

export type ContentFile = Awaited<ReturnType<typeof contentFiles>>[number];

/** Checks the given content files with one processor. */
export async function checkFiles(options: CheckOptions, files: readonly ContentFile[]): Promise<PageStyle[]> {
  const checker = createStyleChecker(options);
  const pages = await mapLimit(files, FILES_AT_ONCE, async ({ path, kind, id }) =>
    checker.check(relative(process.cwd(), path) || path, await readFile(path, 'utf8'), kind, id),
  );
  checker.finish();
  return pages;
}

/** Checks every page and notice in the content folder, in this thread. */
export async function checkContent(options: CheckOptions): Promise<PageStyle[]> {
  return checkFiles(options, await contentFiles(options.contentDir));
}
