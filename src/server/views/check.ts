import type { Book } from '../../book/types.js';
import { reportToJson } from '../../check/report/json.js';
import { plainPassage, readerPassage } from '../../check/report/passage.js';
import {
  countsLine,
  describeQuote,
  headline,
  isReviewLevel,
  sections,
  warningSentence,
} from '../../check/report/wording.js';
import type { CheckReport } from '../../check/types.js';
import type { CheckResult } from '../api-types.js';

/**
 * The check page's JSON: the report as `--format json` writes it, with the book's passage at each
 * location (as a reader sees it) and the reports' own sentences, so the page says exactly what the
 * text, Markdown and HTML reports say.
 */
export function checkView(report: CheckReport, book: Book): CheckResult {
  const json = reportToJson(report) as CheckResult;
  const index = new Map(report.quotes.map((q, i) => [q, i]));
  const unit = report.reviewLineUnit;
  return {
    ...json,
    headline: headline(report),
    counts: countsLine(report),
    alerts: report.warnings
      .filter(isReviewLevel)
      .map((w) => ({ text: w.reason, tone: w.severity === 'info' ? 'info' : 'unsure' })),
    placeWarnings: report.warnings.filter((w) => !isReviewLevel(w)).map((w) => warningSentence(w, unit)),
    sections: sections(report).map((s) => ({
      id: s.id,
      title: s.title,
      blurb: s.blurb,
      quotes: s.quotes.map((q) => index.get(q)!),
    })),
    quotes: json.quotes.map((jq, i) => {
      const q = report.quotes[i]!;
      const passage = q.location ? readerPassage(book.text, q.location) : null;
      const matchOnly = q.location ? readerPassage(book.text, q.location, 0) : null;
      return {
        ...jq,
        bookText: matchOnly ? plainPassage(matchOnly) : null,
        bookPassage: passage,
        says: describeQuote(q, unit),
      };
    }),
  };
}
