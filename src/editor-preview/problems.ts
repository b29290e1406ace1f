/**
 * A content file's problems as the editor's preview shows them (`npm run
 * edit` only): the build's content-check errors and frontmatter errors, the
 * style check's messages with the sentence each is about, and the review
 * status. Pure apart from the style checker passed in: the same rules the
 * build runs, on the file's text as it is now.
 */
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { checkMdxText } from '../content-checks/site.ts';
import type { CheckContext } from '../content-checks/mdx.ts';
import type { Problem } from '../content-checks/problem.ts';
import { FIELD_LABELS } from '../content-model/fields.ts';
import { frontmatterBlock } from '../lib/frontmatter.ts';
import type { StyleChecker, StyleMessage } from '../content-style/check.ts';
import { reviewStatus, type ReviewStatus } from '../content-style/rules/review-dates.ts';

export interface StyleWarning extends StyleMessage {
  /** The sentence the message is about, as written in the file. */
  sentence: string;
}

export interface FileProblems {
  file: string;
  /** What stops the build: the page cannot be previewed until these are fixed. */
  errors: Problem[];
  /** The style check's messages (errors, warnings and notices), review dates aside. */
  style: StyleWarning[];
  review?: ReviewStatus | undefined;
}

/** The frontmatter's errors against the collection's schema, each named by the editor's label. */
export function frontmatterProblems(file: string, text: string, schema: z.ZodType): Problem[] {
  const block = frontmatterBlock(text);
  let data: unknown;
  try {
    data = block === undefined ? {} : (parseYaml(block) ?? {});
  } catch (error) {
    return [{ file, line: 1, field: 'the page settings', problem: `could not be read (${(error as Error).message.split('\n')[0]}).`, fix: 'Open the page in the editor and save it again, or undo the last change to the file.' }];
  }
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ file, field: `${key} (not a field the editor has)`, problem: `the page has a setting called ${key}, which the site does not use.`, fix: `Remove ${key} from the file, or check its spelling.` }));
    }
    const key = String(issue.path[0] ?? '');
    const label = key in FIELD_LABELS ? FIELD_LABELS[key as keyof typeof FIELD_LABELS] : undefined;
    const field = label ? `"${label}"` : key ? `${key} (not a field the editor has)` : 'the page settings';
    const fix = label ? `Correct "${label}" in the editor.` : key ? `Remove ${key} from the file.` : 'Open the page in the editor and save it again.';
    return { file, field, problem: issue.message, fix };
  });
}

/**
 * The sentence around a place in the file (1-based line and column), for
 * quoting a style message. Only for showing: the checks themselves read the
 * syntax tree.
 */
export function sentenceAt(text: string, line: number, column: number): string {
  const source = text.split(/\r?\n/)[line - 1] ?? '';
  const at = Math.max(0, Math.min(column - 1, source.length));
  // A sentence ends at . ! or ? before a capital letter or the end of the line, so "e.g. by" does not end one.
  const ends = [...source.matchAll(/[.!?](?=\s+["'‘“(]?[A-Z0-9]|\s*$)/g)].map((match) => match.index);
  const start = Math.max(-1, ...ends.filter((end) => end < at)) + 1;
  const end = ends.find((index) => index >= at);
  const sentence = source.slice(start, end === undefined ? source.length : end + 1);
  // Markdown's list and heading marks are not part of what readers see.
  return sentence.replace(/^\s*(?:[-*+]\s+|#+\s+|>\s*|\d+\.\s+)?/, '').trim();
}

export interface FileProblemsInput {
  file: string;
  text: string;
  kind: 'page' | 'notice';
  id: string;
  schema: z.ZodType;
  context: CheckContext;
  style: StyleChecker;
  today: Date;
}

/** Every problem in one content file, as it is now. */
export async function fileProblems(input: FileProblemsInput): Promise<FileProblems> {
  const { file, text, kind, id, today } = input;
  const errors = [...frontmatterProblems(file, text, input.schema), ...checkMdxText(file, text, input.context, kind === 'page' ? id : undefined)];
  let style: StyleWarning[] = [];
  let review: ReviewStatus | undefined;
  // The style check needs text that parses; a syntax error is already among the errors.
  if (!errors.some((problem) => problem.field === 'the MDX')) {
    const checked = await input.style.check(file, text, kind, id);
    style = checked.messages
      .filter((message) => message.ruleId !== 'review-due' && message.ruleId !== 'review-overdue')
      .map((message) => ({ ...message, sentence: message.line > 1 || message.column > 1 ? sentenceAt(text, message.line, message.column) : '' }));
    review = checked.nextReview && reviewStatus(checked.nextReview, today, checked.owner);
  }
  return { file, errors, style, review };
}

export interface PreviewTarget {
  kind: 'page' | 'notice';
  id: string;
  /** The files that could hold it, relative to the content folder, the likelier first. */
  files: string[];
}

/** The content file a preview address shows (the reverse of pagePath and noticePath), or undefined for other addresses. */
export function previewTarget(pathname: string, base = '/'): PreviewTarget | undefined {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(root)) return undefined;
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(root.length)).replace(/\/+$/, '');
  } catch {
    return undefined;
  }
  if (/(^|\/)\.\.?(\/|$)|\\|\/\/|\.[a-z0-9]+$/i.test(rest) || /^(keystatic|api|_astro|@)/.test(rest)) return undefined;
  const notice = /^notices\/([^/]+)$/.exec(rest);
  if (notice) return { kind: 'notice', id: notice[1]!, files: [`notices/${notice[1]}.mdx`] };
  if (rest === '') return { kind: 'page', id: 'index', files: ['pages/index.mdx'] };
  return { kind: 'page', id: rest, files: [`pages/${rest}.mdx`, `pages/${rest}/index.mdx`] };
}
