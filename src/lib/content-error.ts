/**
 * A mistake in a content file. Its message always says which file, which
 * field or component, what is wrong and what to do, because a content editor
 * reads it in a build log.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`Content error in ${file}, ${field}: ${problem} ${fix}`);
    this.name = 'ContentError';
  }
}
