import type { Span } from '../../book/span.js';
import type { Gender } from '../../lexicon.js';
import type { RawQuotation } from '../quotes.js';
import type { QuoteType, RunnerUp } from '../types.js';

/** A naming mention resolved to a character. */
export interface Mention extends Span {
  character: string;
  inQuote: boolean;
}

/** What the speaker analysis reads: the text, its paragraphs and quotations, and the cast. */
export interface SpeakerContext {
  text: string;
  paragraphs: readonly Span[];
  quotes: readonly RawQuotation[];
  /** Sorted by start. */
  mentions: readonly Mention[];
  genderOf: (id: string) => Gender;
  /** Character id of a first-person narrator, or null. */
  narrator: string | null;
  /** Characters that are the narrator under a name others call them ("Watson"), before the cast joins them. */
  narratorNames?: ReadonlySet<string>;
  /** Family name and marital title of a character, for "his wife" / "her father". */
  familyOf: (id: string) => { surname: string | null; married: boolean; mister: boolean } | null;
  /** How often a character is named (to prefer the main one of a family). */
  mentionCount: (id: string) => number;
  characterIds: readonly string[];
}

/** The speaker of one quotation, and the rule that found it. */
export interface Attribution {
  speaker: string | null;
  type: QuoteType;
  confidence: number;
  addressees: string[];
  /**
   * The id of the rule that decided (`tag-after/said-name`, `turn/vocative`, `last-resort`; the ranker's
   * own choice is `ranker`), `none` when nothing did. The ids are listed in sieve.ts (RULE_IDS); the
   * ranker's features and the checker read these, never the confidence, to know what fired.
   */
  rule: string;
  /**
   * Where a speech tag decided (the rule is a tag rule, or the turn's speaker came from a tag on
   * another quotation of the paragraph): the clause the tag was read from, e.g. `said Elizabeth`.
   */
  tagSpan?: Span;
  /** Other speakers the ranker found likely, most likely first, with its probability for each. */
  runnersUp?: RunnerUp[];
}
