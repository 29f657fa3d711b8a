/**
 * The limits Verbatim enforces, in one place, shared by the command line and the web app so a file
 * accepted by one is accepted by the other. Each is listed in the README ("Limits"). They are there
 * to refuse the wrong file early with a clear message (a video renamed .txt, a whole site saved as a
 * "review") and to keep one request from exhausting a local machine, not to ration real novels: the
 * longest novels in the corpus are under 5 MB.
 */

const MB = 1024 * 1024;

export const LIMITS = {
  /**
   * Largest novel file, in bytes (txt, EPUB, HTML). The CLI's `--max-size <MB>` lifts it for one
   * command; the web app's upload is bounded by it.
   */
  bookBytes: 64 * MB,
  /**
   * Largest review file or pasted review, in bytes. An essay or a study guide is a few hundred KB
   * at most; a DOCX with images is the largest real case.
   */
  reviewBytes: 4 * MB,
  /** Largest review text, in characters (UTF-16 code units), after reading and converting it. */
  reviewCharacters: 2_000_000,
  /** Quotations checked per review; beyond it the rest are reported as not checked, not refused. */
  quotationsPerReview: 5_000,
  /** Inflated bytes read from one EPUB in all (a zip bomb is stopped while inflating). */
  epubInflatedBytes: 128 * MB,
  /** Inflated bytes of any one file inside an EPUB. */
  epubEntryBytes: 32 * MB,
  /** Files in one EPUB archive. */
  epubEntries: 10_000,
  /** Longest passage the web app's reader sends in one request, in characters. */
  readerPassageCharacters: 250_000,
  /**
   * Checks the web app holds at once, running or waiting for a worker. Past it a check is answered
   * 429 with Retry-After at once instead of joining a queue that would take minutes to drain: a
   * burst of a class's worth of checks (50) fits, a flood does not.
   */
  checkQueue: 64,
  /**
   * Review characters the web app holds at once across running and waiting checks: the work in the
   * queue, not just its length, so a few 2,000-quotation reviews fill it as fifty short ones do.
   * One review of the largest size (`reviewCharacters`) is always taken when nothing else waits.
   */
  checkQueueCharacters: 3_000_000,
  /**
   * Longest one check may run in a worker, in milliseconds; past it the worker is stopped (and a
   * fresh one started) and the request answered with a clear error. The largest review against the
   * longest novel takes well under this on one core; a check that runs past it is pathological.
   */
  checkMilliseconds: 60_000,
  /**
   * Book text, in characters, each check worker keeps indexed between checks (a book's second check
   * skips building its word index). Beyond it the least recently checked books are dropped; the
   * one being checked is always kept. About six long novels; each costs tens of MB with its index.
   */
  checkWorkerBookCharacters: 12_000_000,
  /**
   * Heap of one check worker, in MB. A worker that would grow past it is stopped by Node (that one
   * check fails, the worker is replaced) instead of taking the server's memory with it.
   */
  checkWorkerHeapMB: 2048,
} as const;

/** "64 MB", "0.50 MB": a byte limit as people read it in messages. */
export function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(bytes < MB ? 2 : 0)} MB`;
}
