import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type CheckReport, readReview } from '../../check/index.js';
import { isVerbatimError, VerbatimError } from '../../errors.js';
import type { CliIO } from '../context.js';
import { groupDigits, table } from '../format-helpers.js';
import type { CheckBook } from './book.js';
import { REPORT_EXTENSION, type ReportFormat, renderReport } from './formats.js';
import type { ReviewInput } from './inputs.js';
import { checkOne } from './one.js';

/**
 * A class set: many reviews against one book, read and indexed once. Each review is checked in
 * turn (progress on stderr); a review that cannot be read is reported by name and the others go on.
 * The summary is a table on stdout (or JSON with --format json); with `out`, each report is also
 * written to `<out>/<name>.check.<ext>` (`.check` so a report never overwrites an essay when the
 * folder is the essays' own).
 */
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

export interface ClassSetResult {
  rows: ClassSetRow[];
  /** Some review has a quotation not found or altered, or a contradicted credit. */
  anyProblems: boolean;
  /** Some review could not be read or checked. */
  anyErrors: boolean;
}

export async function checkClassSet(
  io: CliIO,
  inputs: readonly ReviewInput[],
  target: CheckBook,
  options: { format: ReportFormat; out: string | null },
): Promise<ClassSetResult> {
  if (options.out) prepareOutDir(options.out);
  const names = new ReportNames();
  const rows: ClassSetRow[] = [];
  for (const [i, input] of inputs.entries()) {
    const row = await checkEntry(input, target, options, names);
    rows.push(row);
    io.stderr(`verbatim: [${i + 1}/${inputs.length}] ${input.name}: ${progressNote(row)}\n`);
  }
  return {
    rows,
    anyProblems: rows.some((r) => r.hasProblems),
    anyErrors: rows.some((r) => r.error !== null),
  };
}

async function checkEntry(
  input: ReviewInput,
  target: CheckBook,
  options: { format: ReportFormat; out: string | null },
  names: ReportNames,
): Promise<ClassSetRow> {
  let report: CheckReport;
  try {
    report = checkOne(await readReview(input.file), target);
  } catch (e) {
    if (!isVerbatimError(e)) throw e; // a bug, not a bad essay: end with exit 70 as for one review
    return { ...emptyRow(input.name), error: e.message + (e.details.hint ? ` (${e.details.hint})` : '') };
  }
  let reportFile: string | null = null;
  if (options.out) {
    reportFile = path.join(options.out, names.next(input.file, REPORT_EXTENSION[options.format]));
    writeFileSync(reportFile, renderReport(options.format, report, target.book, path.basename(input.file)));
  }
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

function emptyRow(review: string): ClassSetRow {
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

/** The output folder, made before any work so an unwritable one fails at once, not after 30 checks. */
function prepareOutDir(out: string): void {
  try {
    mkdirSync(out, { recursive: true });
    const probe = path.join(out, `.verbatim-write-test-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (e) {
    throw new VerbatimError(
      'usage',
      `cannot write reports here (${(e as NodeJS.ErrnoException).code ?? e})`,
      {
        file: out,
        hint: 'choose another folder with --out',
      },
    );
  }
}

/** `essay.md` → `essay.check.html`; a second `essay.md` (from another folder) → `essay-2.check.html`. */
class ReportNames {
  private readonly used = new Set<string>();
  next(file: string, ext: string): string {
    const stem = path.basename(file, path.extname(file));
    let name = `${stem}.check.${ext}`;
    for (let n = 2; this.used.has(name); n++) name = `${stem}-${n}.check.${ext}`;
    this.used.add(name);
    return name;
  }
}

function progressNote(row: ClassSetRow): string {
  if (row.error) return `ERROR: ${row.error}`;
  if (!row.hasProblems) return `${row.quotations} quotations, all well`;
  return `${row.quotations} quotations, ${row.notFound} not found, ${row.altered} altered, ${row.wrongSpeaker} wrong speaker${row.wrongSpeaker === 1 ? '' : 's'}`;
}

/** The summary table a teacher reads first: one row per essay, totals at the bottom. */
export function renderClassSetTable(result: ClassSetResult, bookTitle: string | null): string {
  const rows: string[][] = [['essay', 'quotations', 'not found', 'altered', 'wrong speaker', 'result']];
  const total = emptyRow('total');
  for (const r of result.rows) {
    rows.push([
      r.review,
      r.error ? '' : groupDigits(r.quotations),
      r.error ? '' : String(r.notFound),
      r.error ? '' : String(r.altered),
      r.error ? '' : String(r.wrongSpeaker),
      r.error ? `could not be checked: ${r.error}` : r.hasProblems ? 'needs attention' : 'ok',
    ]);
    total.quotations += r.quotations;
    total.notFound += r.notFound;
    total.altered += r.altered;
    total.wrongSpeaker += r.wrongSpeaker;
  }
  const attention = result.rows.filter((r) => r.hasProblems).length;
  const failed = result.rows.filter((r) => r.error).length;
  rows.push([
    `total (${result.rows.length})`,
    groupDigits(total.quotations),
    String(total.notFound),
    String(total.altered),
    String(total.wrongSpeaker),
    `${attention} need${attention === 1 ? 's' : ''} attention${failed ? `, ${failed} could not be checked` : ''}`,
  ]);
  const head = `Checked ${result.rows.length} review${result.rows.length === 1 ? '' : 's'} against ${bookTitle ?? 'the book'}`;
  return `${head}\n\n${table(rows)}\n`;
}
