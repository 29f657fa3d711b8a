import type { RunnerUp } from '../analysis/types.js';
import type { Span } from '../book/span.js';
import type { Book } from '../book/types.js';
import type { LibraryLookups } from '../check/elsewhere.js';
import type { FindResult } from '../find/types.js';
import { LIMITS } from '../limits.js';
import type { AnalysisStatus } from './api-types.js';

/**
 * What the web app needs from the rest of Verbatim, as the narrowest structural types that the real
 * modules (store, formats, analysis, check) satisfy. `start.ts` wires the real ones in; tests pass
 * the real ones too, or a failing stand-in where a failure is the point.
 */

export interface BookSummaryLike {
  id: string;
  hash: string;
  title: string | null;
  author: string | null;
  format: string;
  words: number;
  chapters: number;
  addedAt: string | number | Date;
  analysisStatus: AnalysisStatus;
  analysisError: string | null;
}

/** `verbatim find` across the library, as the server asks it (src/find/). */
export type FindPort = (passage: string) => FindResult;

export interface LibraryPort {
  addBook(book: Book): BookSummaryLike;
  getBook(idOrPrefix: string): Book | null;
  listBooks(): BookSummaryLike[];
  summary(idOrPrefix: string): BookSummaryLike | null;
  removeBook(id: string): boolean;
  saveAnalysis(bookId: string, version: string, json: unknown): void;
  getAnalysis(bookId: string, version: string): unknown | null;
  setAnalysisStatus(bookId: string, status: AnalysisStatus, error?: string): void;
}

export interface CharacterLike {
  id: string;
  name: string;
  aliases: string[];
  gender: string;
  mentions: number;
  mentionOffsets: number[];
  firstAppearance: number;
}

export interface QuoteLike extends Span {
  parts?: Span[];
  speaker: string | null;
  addressees: string[];
  /** Calibrated 0..1 (DialogueQuote.confidence). */
  confidence?: number;
  /** The rule that decided the speaker, and the speech tag's clause where a tag did (DialogueQuote). */
  rule?: string;
  tagSpan?: Span;
  /** Other speakers the model found likely, most likely first (DialogueQuote.runnersUp). */
  runnersUp?: RunnerUp[];
}

export interface PlaceLike {
  name: string;
  mentions: number;
  mentionOffsets: number[];
}

export interface AnalysisLike {
  version: string;
  characters: CharacterLike[];
  quotes: QuoteLike[];
  places: PlaceLike[];
}

export type ReviewFormat = 'txt' | 'md' | 'html';

/**
 * Where each line of a review converted from HTML or DOCX came from (review/read.ts), so the lines a
 * report gives are the writer's: HTML source lines, or DOCX paragraphs.
 */
export interface ReviewSource {
  sourceLines?: number[];
  lineUnit?: 'line' | 'paragraph';
}

/** What a check request asks for: the check page's JSON, the CLI's JSON report, or the HTML report. */
export type CheckOutput = 'view' | 'json' | 'html';

/** A review as a request brings it, read and converted, with the name reports give it. */
export interface ReviewInput {
  text: string;
  format: ReviewFormat;
  name: string;
  source?: ReviewSource;
}

export interface CheckerPort {
  /**
   * Checks a review and renders the result as `output`, ready to send: where the work happens (a
   * worker pool, or this thread) is the checker's business. May reject with a ServiceError (busy,
   * timed out).
   */
  checkTo(
    output: CheckOutput,
    review: ReviewInput,
    book: Book,
    analysis: AnalysisLike | null,
    /** The library's other books and `find` across them: which book a missing passage comes from. */
    library?: LibraryLookups,
  ): Promise<string>;
  /**
   * The error a check sent now would be turned away with (the pool's queue is full: a 429 with
   * Retry-After), or null; asked before the request body is read, with its Content-Length as the
   * estimate of the review's size when the request gives one.
   */
  busy?(estimatedCharacters: number): Error | null;
  /** Runs a check and returns the report object the renderers take (in a worker, hence maybe a promise). */
  check(
    reviewText: string,
    book: Book,
    analysis: AnalysisLike | null,
    format: ReviewFormat,
    source?: ReviewSource,
    /** The library's other books and `find` across them: which book a missing passage comes from. */
    library?: LibraryLookups,
  ): unknown | Promise<unknown>;
  /** The report as the CLI's `--format json` writes it. */
  toJson(report: unknown, book: Book): unknown;
  /** The report as the check page shows it: the JSON plus the reports' sentences (`CheckResult`). */
  toView(report: unknown, book: Book): unknown;
  /** The report as the CLI's `--format html` writes it; `reviewName` names the review in it. */
  toHtml(report: unknown, book: Book, reviewName: string): string;
  /** Reads an uploaded review (txt, md, html, docx) into text. */
  readReview(
    bytes: Uint8Array,
    filename: string,
  ): Promise<{ text: string; format: ReviewFormat } & ReviewSource>;
}

export type AnalysisRunner = (book: Book) => Promise<AnalysisLike>;

export interface ServerLimits {
  /** Largest book file accepted, in bytes. */
  maxBookBytes: number;
  /** Largest review accepted (pasted text or uploaded file), in bytes. */
  maxReviewBytes: number;
}

/** The same limits as the command line (src/limits.ts); tests lower them. */
export const DEFAULT_LIMITS: ServerLimits = {
  maxBookBytes: LIMITS.bookBytes,
  maxReviewBytes: LIMITS.reviewBytes,
};
