/**
 * A mistake in a content file. Its message always says which file, which
 * field or component, what is wrong and what to do, because a content editor
 * reads it in a build log.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string;

  constructor(file: string, field: string, problem: string, fix: string) {
    super(`Content error in ${file}, ${field}: ${problem} ${fix}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
  }
}
