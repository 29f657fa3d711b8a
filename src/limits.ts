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
} as const;

/** "64 MB", "0.50 MB": a byte limit as people read it in messages. */
export function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(bytes < MB ? 2 : 0)} MB`;
}
