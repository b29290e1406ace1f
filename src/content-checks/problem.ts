/** A mistake a check found: everything an editor needs to find and fix it. */
import { ContentError } from '../lib/content-error.ts';

export interface Problem {
  /** The file as an editor names it. */
  file: string;
  line?: number | undefined;
  /** The field or component as the editor sees it, for example `<ContactCard contact="x">`. */
  field: string;
  problem: string;
  fix: string;
}

export const whereOf = (problem: Problem) => (problem.line ? `${problem.file} (line ${problem.line})` : problem.file);

export const toContentError = (problem: Problem) => new ContentError(whereOf(problem), problem.field, problem.problem, problem.fix);

/** One message for all problems, each on its own line, as the build prints them. */
export function problemsMessage(problems: Problem[]): string {
  const lines = problems.map((p) => toContentError(p).message);
  return `${problems.length} content ${problems.length === 1 ? 'error' : 'errors'}; nothing was built:\n${lines.join('\n')}`;
}
