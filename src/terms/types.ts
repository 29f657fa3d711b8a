/** What `terms` reports for each term. Offsets are half-open UTF-16 offsets into the book's text. */

/** A chapter as `terms` counts in it (a book without chapters is one "chapter": the whole text). */
export interface TermsChapter {
  index: number;
  title: string;
  start: number;
  end: number;
  /** Words in the chapter, to read counts as rates. */
  words: number;
}

export interface TermForm {
  /** The form as the book spells it, lower-cased ("donations"). */
  form: string;
  count: number;
}

export interface TermVoice {
  /** `narration`, `unknown-speaker` or a character id. */
  voice: string;
  name: string;
  count: number;
}

/** One keyword-in-context line. */
export interface ConcordanceLine {
  start: number;
  end: number;
  /** Index into the report's `chapters`. */
  chapter: number;
  left: string;
  match: string;
  right: string;
  /** Who says it (see TermVoice.voice), or null when the book has not been analysed. */
  voice: string | null;
}

export interface TermReport {
  term: string;
  /** The term's words as compared (stems, or the forms themselves with `exact`). */
  keys: string[];
  exact: boolean;
  /** Every use in the book. */
  total: number;
  /** Uses per 10,000 words of the book. */
  per10k: number;
  /** The forms found, most frequent first. */
  forms: TermForm[];
  /** Uses in each chapter, in the order of the report's `chapters`. */
  perChapter: number[];
  /** Who uses it, most first; null when the book has not been analysed. */
  voices: TermVoice[] | null;
  /** At most `concordanceLimit` lines, spread evenly over the uses when there are more. */
  concordance: ConcordanceLine[];
  /** True when `concordance` holds fewer lines than `total`. */
  concordanceTruncated: boolean;
}

export interface TermsReport {
  bookId: string;
  title: string | null;
  words: number;
  chapters: TermsChapter[];
  terms: TermReport[];
}

/** Options of `termsReport`, with defaults in TERMS_DEFAULTS. */
export interface TermsOptions {
  /** Match the typed forms only, not every word sharing their stem. */
  exact: boolean;
  /**
   * Concordance lines per term. 200 is a screenful of scrolling that still shows how a word is used
   * across a whole novel; a term used 50,000 times is given in counts, with 200 lines spread over them.
   */
  concordanceLimit: number;
  /** Characters of context on each side of a concordance line (about ten words). */
  contextCharacters: number;
}

export const TERMS_DEFAULTS: TermsOptions = { exact: false, concordanceLimit: 200, contextCharacters: 60 };

/**
 * What `terms` and the motif suggestions read of a book's analysis (src/analysis/types.ts Analysis
 * is one; so is the server's stored AnalysisLike): who the characters are, where each quotation's
 * spoken words are and who speaks them, and the places.
 */
export interface TermsAnalysis {
  characters: { id: string; name: string; aliases: string[] }[];
  quotes: { start: number; end: number; parts?: { start: number; end: number }[]; speaker: string | null }[];
  places: { name: string }[];
}
