import type { Book } from '../../book/types.js';
import type { CheckReport } from '../types.js';

/**
 * The `--format json` output (schema documented in docs/check-json.md). Field order is fixed here
 * so diffs between two runs stay readable; `schema` names the version of this shape.
 */
export const CHECK_JSON_SCHEMA = 'verbatim-check/2';

export function reportToJson(report: CheckReport, _book?: Book): unknown {
  return {
    schema: CHECK_JSON_SCHEMA,
    book: report.book,
    speakerModel: report.speakerModel,
    reviewLineUnit: report.reviewLineUnit,
    summary: report.summary,
    warnings: report.warnings,
    ...(report.names ? { names: report.names } : {}),
    quotes: report.quotes.map((q) => ({
      text: q.text,
      kind: q.kind,
      verdict: q.verdict,
      location: q.location,
      claimedSpeaker: q.claimedSpeaker,
      attribution: q.attribution,
      bookSpeaker: q.bookSpeaker,
      speakerConfidence: q.speakerConfidence,
      diff: q.diff,
      score: q.score,
      occurrences: q.occurrences,
      otherLocations: q.otherLocations,
      reviewLine: q.reviewLine,
      reviewSpan: q.reviewSpan,
      reviewParts: q.reviewParts,
      kindReason: q.kindReason,
      notes: q.notes,
      setOff: q.setOff,
      credit: q.credit,
      claimedCharacter: q.claimedCharacter,
      evidence: q.evidence,
      addressee: q.addressee,
      ...(q.inLibraryBook ? { inLibraryBook: q.inLibraryBook } : {}),
    })),
  };
}

export function renderReportJson(report: CheckReport, book?: Book): string {
  return `${JSON.stringify(reportToJson(report, book), null, 2)}\n`;
}
