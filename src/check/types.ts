import type { Span } from '../book/span.js';

/**
 * The data a review check produces. This is also the `--format json` schema (see docs/check-json.md):
 * every field here is part of the public contract, so add fields, never rename them.
 */

/** What kind of quotation the writer made. Only `passage` and `term` are checked against the book. */
export type QuoteKind = 'passage' | 'term' | 'external' | 'title';

/**
 * `verbatim`: found as written (modulo typography, spelling variants, marked omissions/insertions).
 * `altered`: found, but words differ (see `diff`). `not_found`: not in the book.
 * `not_checked`: credited to someone outside the book, or a title.
 */
export type Verdict = 'verbatim' | 'altered' | 'not_found' | 'not_checked';

/**
 * `supported`: the book's speaker of the line is the character the writer named.
 * `contradicted`: someone else speaks it (`bookSpeaker` says who). `unknown`: narration, no speaker
 * model, or the model is not confident. `none`: the writer credits no one.
 */
export type AttributionVerdict = 'supported' | 'contradicted' | 'unknown' | 'none';

/**
 * One step of the word-level diff between the quotation (review side) and the book.
 * `same`: identical words; `variant`: spelling/typography variant of the same words (not a misquote);
 * `changed`: the writer has `review` where the book has `book`; `added`: words in the quotation that
 * the book does not have; `missing`: book words left out without an ellipsis; `elided`: book words the
 * writer left out and marked with an ellipsis; `editorial`: the writer's [bracketed] words standing for
 * the book's `book` words. Only `changed`, `added` and `missing` make a quotation `altered`.
 */
export type DiffOpType = 'same' | 'variant' | 'changed' | 'added' | 'missing' | 'elided' | 'editorial';

export interface DiffOp {
  type: DiffOpType;
  /** The words as the writer has them ('' for `missing` and `elided`). */
  review: string;
  /** The words as the book has them ('' for `added`). */
  book: string;
}

export interface QuoteLocation extends Span {
  /** Chapter title as printed ("CHAPTER I."), or null when the book has no chapters. */
  chapter: string | null;
  /** 0-based index into book.structure.chapters, or null. */
  chapterIndex: number | null;
}

export interface CheckedQuote {
  /** The quotation as written, without its quote marks; parts of a split quotation joined by a space. */
  text: string;
  /** Where the quotation is in the review text (half-open UTF-16 offsets, quote marks excluded). */
  reviewSpan: Span;
  /** The parts of a quotation the writer split with narration ("'I kept you apart,' she says, 'and…'"). */
  reviewParts: Span[];
  /** 1-based line in the review where the quotation starts. */
  reviewLine: number;
  kind: QuoteKind;
  /** Why this kind was chosen, in a few words (e.g. "credited to a newspaper"). */
  kindReason: string;
  verdict: Verdict;
  /** Best location in the book, or null when not found/not checked. */
  location: QuoteLocation | null;
  /** Further places where the same words occur (a line repeated in the book; every use of a term). */
  otherLocations: QuoteLocation[];
  /** For terms: how many times the book uses the word or phrase. */
  occurrences: number | null;
  /** The name the writer credits the quotation to, as written ("Miss Emily", "the narrator"), or null. */
  claimedSpeaker: string | null;
  attribution: AttributionVerdict;
  /** Who speaks the located line according to the book's speaker model, or null. */
  bookSpeaker: string | null;
  /** The speaker model's confidence (0..1) in `bookSpeaker`, or null. */
  speakerConfidence: number | null;
  /** Word-level diff when located (null otherwise). */
  diff: DiffOp[] | null;
  /** 0..1: share of the quotation's words found in order at the location. */
  score: number;
  /** Things worth telling the person about this quotation (e.g. "[sic] noted"). */
  notes: string[];
}

export interface CheckSummary {
  quotations: number;
  byKind: Record<QuoteKind, number>;
  byVerdict: Record<Verdict, number>;
  byAttribution: Record<AttributionVerdict, number>;
  /** True when exit status 1 applies: a passage not found or altered, or an attribution contradicted. */
  hasProblems: boolean;
}

export interface ReviewWarning {
  /** Stable id, e.g. `quote/unbalanced`. */
  ruleId: string;
  message: string;
  /** 1-based line in the review, when the warning is about a place. */
  line: number | null;
}

export interface CheckReport {
  quotes: CheckedQuote[];
  summary: CheckSummary;
  warnings: ReviewWarning[];
  book: { id: string; title: string | null; author: string | null };
  /** Whether a speaker model was available to check attributions. */
  speakerModel: boolean;
}

export type ReviewFormat = 'txt' | 'md' | 'html' | 'docx';
