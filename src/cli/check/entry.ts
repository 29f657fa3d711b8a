import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { type CheckReport, readReview } from '../../check/index.js';
import { isVerbatimError } from '../../errors.js';
import type { CheckBook } from './book.js';
import { type ReportFormat, renderReport } from './formats.js';
import type { ReviewInput } from './inputs.js';
import { checkOne } from './one.js';

/** One essay's line in a class set's summary. */
export interface ClassSetRow {
  review: string;
  /** The report file written, when --out was given. */
  reportFile: string | null;
  quotations: number;
  notFound: number;
  altered: number;
  wrongSpeaker: number;
  hasProblems: boolean;
  /** Why this review could not be checked (then the counts are 0). */
  error: string | null;
}

export function emptyRow(review: string): ClassSetRow {
  return {
    review,
    reportFile: null,
    quotations: 0,
    notFound: 0,
    altered: 0,
    wrongSpeaker: 0,
    hasProblems: false,
    error: null,
  };
}

/**
 * Reads and checks one essay of a class set and writes its report to `reportFile` (if any). An essay
 * that cannot be read becomes a row with its error; anything else thrown is a bug and propagates.
 * Runs in the main thread or in a worker (worker.ts): everything it needs is in its arguments.
 */
export async function checkEntry(
  input: ReviewInput,
  target: CheckBook,
  format: ReportFormat,
  reportFile: string | null,
): Promise<ClassSetRow> {
  let report: CheckReport;
  try {
    report = checkOne(await readReview(input.file), target);
  } catch (e) {
    if (!isVerbatimError(e)) throw e;
    return { ...emptyRow(input.name), error: e.message + (e.details.hint ? ` (${e.details.hint})` : '') };
  }
  if (reportFile)
    writeFileSync(reportFile, renderReport(format, report, target.book, path.basename(input.file)));
  const s = report.summary;
  return {
    review: input.name,
    reportFile,
    quotations: s.quotations,
    notFound: s.byVerdict.not_found,
    altered: s.byVerdict.altered,
    wrongSpeaker: s.byAttribution.contradicted,
    hasProblems: s.hasProblems,
    error: null,
  };
}
