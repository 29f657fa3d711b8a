/**
 * Typed errors, handled in one place per surface (the CLI's `main`, the server's error handler).
 * A VerbatimError is an expected failure caused by input or usage: it is shown to the person as a
 * one-line message and maps to exit code 2 / an HTTP 4xx. Anything else is a bug.
 */
export type ErrorCode =
  | 'usage'
  | 'not_found'
  | 'empty_input'
  | 'binary_input'
  | 'too_large'
  | 'bad_encoding'
  | 'unsupported_script'
  | 'unsupported_format'
  | 'bad_epub'
  | 'unsafe_archive'
  | 'duplicate'
  | 'bad_review'
  | 'analysis_failed';

export class VerbatimError extends Error {
  override readonly name = 'VerbatimError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { file?: string; line?: number; hint?: string; httpStatus?: number } = {},
  ) {
    super(message);
  }

  /** The one-line form shown to a person: "file: problem (hint)". */
  toLine(): string {
    const where = this.details.file
      ? `${this.details.file}${this.details.line ? `:${this.details.line}` : ''}: `
      : '';
    const hint = this.details.hint ? ` (${this.details.hint})` : '';
    return `${where}${this.message}${hint}`;
  }
}

export function isVerbatimError(e: unknown): e is VerbatimError {
  return e instanceof VerbatimError;
}
