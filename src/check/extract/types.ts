import type { Span } from '../../book/span.js';
import type { BookIndex } from '../locate/book-index.js';
import type { ReviewWarning, SetOff } from '../types.js';

/** One quotation as the extract stage found it (later stages read its words, credits and place). */
export interface ExtractedQuote {
  /** The quoted words, quote marks excluded; several parts when the writer split the quotation. */
  parts: Span[];
  /** What stands between two parts (narration "she says", the book's tag "said he", a paragraph break), one span per gap. */
  between: Span[];
  /** From the first opening mark to the last closing mark (the quoted body for a set-off block). */
  outer: Span;
  /**
   * Read as a block: the whole of a set-off unit (block quote, list item, table cell, screenplay
   * line, own paragraph) or marked words in a block quote; false for marks elsewhere. Later stages
   * read the credit of a block from the line introducing it, and never take a block for a term.
   */
  block: boolean;
  /** How the writer set it off. */
  setOff: SetOff;
  /** 1-based line (or paragraph) in the file the writer gave. */
  line: number;
  /** The quote marks were not balanced: this span is a best guess. */
  unbalanced: boolean;
  /** The rule of the extract stage that found it, e.g. `extract/quote-marks`, `extract/unmarked-aligned`. */
  ruleId: string;
  /** A screenplay line's speaker prefix as written (`Nancy`, `MR. DARCY`, `Cohn` of `[Cohn:]`), or null: a credit for the credits stage. */
  prefix: Span | null;
  /** A credit or citation set beside the quotation on its block (`— Emma Woodhouse`, `(Basil)`, `(p. 34)`), or null. */
  trailer: Span | null;
}

export interface Extraction {
  quotes: ExtractedQuote[];
  warnings: ReviewWarning[];
}

/** The book, for finding quotations set off without marks (a run of words that aligns with it). */
export interface ExtractBook {
  index: BookIndex;
  text: string;
  /** The book's author as its metadata gives it ("Jane Austen"), if known: a "— Jane Austen" under a line is the author's credit. */
  author?: string | null;
}

export interface ExtractOptions {
  /** Without a book, only marked quotations, block quotes and screenplay lines are found. */
  book?: ExtractBook | null;
  /**
   * Whether one of the book's characters is called this one word: "— Good" under a block quote
   * credits Captain Good, though "good" is no name anywhere else. Default: no one is.
   */
  isCharacterName?: (word: string) => boolean;
}
