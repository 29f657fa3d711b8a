import { parentPort } from 'node:worker_threads';
import type { Analysis } from '../../analysis/types.js';
import type { Book } from '../../book/types.js';
import { type CheckReport, checkReview, needsLibrary } from '../../check/index.js';
import type { CheckOutput, ReviewFormat, ReviewSource } from '../deps.js';
import { renderCheck } from '../render-check.js';
import { toWire, type WireError } from './spawn.js';
import { lowerThreadPriority } from './thread-priority.js';
import { WARM_UP_CHECKS, WARM_UP_IDLE_MS, warmUpReview } from './warm-up.js';

/**
 * The worker side of `checkPool`: keeps the books it has been sent (with the checker's word index,
 * built once per book and cached on the Book object) and checks reviews against them. When asked for
 * a rendered output it renders here too, so the page's JSON (tens of ms for a long review) is built
 * off the server's thread and crosses back as one string instead of a cloned object tree.
 */
export interface CheckRequest {
  id: number;
  bookId: string;
  /** Sent the first time this worker checks against the book. */
  book?: Book;
  /** Sent when the worker's copy is out of date (first time, or once the analysis has finished). */
  analysis?: Analysis | null;
  /** Books the pool no longer keeps in this worker. */
  drop: string[];
  text: string;
  format: ReviewFormat;
  /** For a review converted from HTML or DOCX: the writer's line (or paragraph) of each line. */
  source?: ReviewSource;
  /**
   * Render the report here; absent: send the report object back. `askLibrary`: the library has other
   * books, so a report with questions for it comes back unrendered (only the server reads the library).
   */
  output?: { as: CheckOutput; reviewName: string; askLibrary: boolean };
}

export type CheckReply =
  | { id: number; ok: true; report: CheckReport; body?: undefined }
  | { id: number; ok: true; body: string; report?: undefined }
  | { id: number; ok: false; error: WireError };

lowerThreadPriority();

const books = new Map<string, { book: Book; analysis: Analysis | null }>();

/** Warm-up checks this worker has yet to run (warm-up.ts), and the timer of the next. */
let warmUpsLeft = WARM_UP_CHECKS;
let warmUpTimer: ReturnType<typeof setTimeout> | null = null;
/** Each book's warm-up review, made again once its analysis has come. */
const warmUpReviews = new WeakMap<Book, { analysis: Analysis | null; review: string }>();

function warmUpLater(bookId: string, delayMs: number): void {
  if (warmUpsLeft <= 0) return;
  warmUpTimer = setTimeout(() => {
    warmUpTimer = null;
    const entry = books.get(bookId);
    if (!entry) return;
    try {
      let made = warmUpReviews.get(entry.book);
      if (made?.analysis !== entry.analysis) {
        made = { analysis: entry.analysis, review: warmUpReview(entry.book, entry.analysis) };
        warmUpReviews.set(entry.book, made);
      }
      const review = made.review;
      if (review === '') return;
      const report = checkReview(review, entry.book, { analysis: entry.analysis, format: 'md' });
      renderCheck(report, entry.book, { as: 'view', reviewName: 'warm-up.md' });
      warmUpsLeft--;
      warmUpLater(bookId, 1);
    } catch {
      warmUpsLeft = 0; // a warm-up is never worth an error: the worker simply stays as it is
    }
  }, delayMs);
  warmUpTimer.unref();
}

parentPort?.on('message', (request: CheckRequest) => {
  if (warmUpTimer) clearTimeout(warmUpTimer);
  warmUpTimer = null;
  for (const id of request.drop) books.delete(id);
  if (request.book) books.set(request.bookId, { book: request.book, analysis: null });
  const entry = books.get(request.bookId);
  if (entry && request.analysis !== undefined) entry.analysis = request.analysis;
  let reply: CheckReply;
  try {
    if (!entry) throw new Error(`check worker: book ${request.bookId} was not sent`);
    const report = checkReview(request.text, entry.book, {
      analysis: entry.analysis,
      format: request.format,
      sourceLines: request.source?.sourceLines,
      lineUnit: request.source?.lineUnit,
    });
    // A report with questions for the library (a passage not in the book to look up, the other book
    // of a review about another one) goes back whole: only the server can read the library. A
    // library with no other book has no answers: the report is rendered here all the same.
    reply =
      request.output && !(request.output.askLibrary && needsLibrary(report))
        ? { id: request.id, ok: true, body: renderCheck(report, entry.book, request.output) }
        : { id: request.id, ok: true, report };
  } catch (e) {
    reply = { id: request.id, ok: false, error: toWire(e) };
  }
  parentPort?.postMessage(reply);
  if (entry) warmUpLater(request.bookId, WARM_UP_IDLE_MS);
});
