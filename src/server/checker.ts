import type { Analysis } from '../analysis/types.js';
import {
  askLibrary,
  type CheckReport,
  checkReview,
  readReviewBytes,
  renderReportHtml,
  reportToJson,
} from '../check/index.js';
import type { CheckerPort } from './deps.js';
import type { CheckPool } from './jobs/check-pool.js';
import { renderCheck } from './render-check.js';
import { checkView } from './views/check.js';

/** The checker and its renderers from src/check, run on the calling thread (tests, small setups). */
export const realChecker: CheckerPort = {
  check: (text, book, analysis, format, source, library) =>
    checkReview(text, book, {
      analysis: analysis as Analysis | null,
      format,
      sourceLines: source?.sourceLines,
      lineUnit: source?.lineUnit,
      ...library,
    }),
  checkTo: async (as, review, book, analysis, library) => {
    const report = realChecker.check(review.text, book, analysis, review.format, review.source, library);
    return renderCheck(report as CheckReport, book, { as, reviewName: review.name });
  },
  toJson: (report) => reportToJson(report as CheckReport),
  toView: (report, book) => checkView(report as CheckReport, book),
  toHtml: (report, book, reviewName) => renderReportHtml(report as CheckReport, book, reviewName),
  readReview: async (bytes, filename) => {
    const review = await readReviewBytes(bytes, filename);
    return {
      text: review.text,
      format: review.format,
      sourceLines: review.sourceLines,
      lineUnit: review.lineUnit,
    };
  },
};

/**
 * The same checker with the checking and rendering done in worker threads (what `verbatim serve`
 * uses), so the server's own thread stays free for the reader's requests.
 */
export function pooledChecker(pool: CheckPool): CheckerPort {
  return {
    ...realChecker,
    // The worker cannot read the library: its questions (where a missing passage is from, which other
    // book the review is about) are answered here afterwards.
    check: async (text, book, analysis, format, source, library) => {
      const report = await pool.run(book, analysis, text, format, source);
      return library ? await askLibrary(report, book, library) : report;
    },
    checkTo: async (as, review, book, analysis, library) => {
      const result = await pool.render(book, analysis, review, as, library !== undefined);
      if (result.body !== undefined) return result.body;
      // A passage not in the book, or most of them: only the server can look through the library.
      const report = library ? await askLibrary(result.report, book, library) : result.report;
      return renderCheck(report, book, { as, reviewName: review.name });
    },
    busy: (estimatedCharacters) => pool.full(estimatedCharacters),
  };
}
