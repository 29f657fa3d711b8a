import type { Book } from '../../book/types.js';
import { reportToJson } from '../../check/report/json.js';
import { namesSection } from '../../check/report/names.js';
import {
  CONTEXT_CHARS,
  passageFrame,
  plainPassage,
  readerPassage,
  shownSpan,
} from '../../check/report/passage.js';
import {
  countsLine,
  headline,
  isReviewLevel,
  sections,
  warningSentence,
} from '../../check/report/summary.js';
import { describeQuote } from '../../check/report/wording.js';
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
  const names = namesSection(report);
  return {
    ...json,
    headline: headline(report),
    counts: countsLine(report),
    alerts: report.warnings
      .filter(isReviewLevel)
      .map((w) => ({ text: w.reason, tone: w.severity === 'info' ? 'info' : 'unsure' })),
    placeWarnings: report.warnings.filter((w) => !isReviewLevel(w)).map((w) => warningSentence(w, unit)),
    ...(names ? { nameList: names } : {}),
    sections: sections(report).map((s) => ({
      id: s.id,
      title: s.title,
      blurb: s.blurb,
      quotes: s.quotes.map((q) => index.get(q)!),
    })),
    quotes: json.quotes.map((jq, i) => {
      const q = report.quotes[i]!;
      // The passage with its context and the quoted words alone: one paragraph read for both.
      const at = q.location ? shownSpan(book.text, q.location, q.text) : null;
      const frame = at ? passageFrame(book.text, at) : null;
      return {
        ...jq,
        bookText: at && frame ? plainPassage(readerPassage(book.text, at, 0, frame)) : null,
        bookPassage: at && frame ? readerPassage(book.text, at, CONTEXT_CHARS, frame) : null,
        says: describeQuote(q, unit),
      };
    }),
  };
}
