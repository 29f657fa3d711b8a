import type { Span } from './book/span.js';

/**
 * A problem found in a text, reported as plain data (the vfile habit): callers decide how to show it.
 * `span` is into the text the problem is about (a book, or a review), in Verbatim's one convention.
 */
export interface Problem {
  /** What is wrong, in one sentence a person can act on. */
  readonly reason: string;
  /** Stable identifier of the rule that found it, e.g. `quote/unbalanced`. */
  readonly ruleId: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly span?: Span;
  readonly actual?: string;
  readonly expected?: string;
  /** Longer explanation or what to do about it. */
  readonly note?: string;
}
