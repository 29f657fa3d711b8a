import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VerbatimError } from '../../errors.js';
import { groupDigits, table } from '../../text/plain-format.js';
import type { CliIO } from '../context.js';
import type { CheckBook } from './book.js';
import { type ClassSetRow, checkEntry, emptyRow } from './entry.js';
import { REPORT_EXTENSION, type ReportFormat } from './formats.js';
import type { ReviewInput } from './inputs.js';
import { checkInWorkers, workersAvailable } from './pool.js';
import type { WorkerSetup, WorkerTask } from './worker.js';

/**
 * A class set: many reviews against one book, read and indexed once. The essays are checked in
 * worker threads when there are enough to be worth it (pool.ts), else in turn; progress goes to
 * stderr as each finishes; a review that cannot be read is reported by name and the others go on.
 * The summary is a table on stdout (or JSON with --format json); with `out`, each report is also
 * written to `<out>/<name>.check.<ext>` (`.check` so a report never overwrites an essay when the
 * folder is the essays' own).
 */
export interface ClassSetResult {
  rows: ClassSetRow[];
  /** Some review has a quotation not found or altered, or a contradicted credit. */
  anyProblems: boolean;
  /** Some review could not be read or checked. */
  anyErrors: boolean;
}

export interface ClassSetOptions {
  format: ReportFormat;
  out: string | null;
  /** Worker threads to use; 1 checks in this thread. */
  jobs: number;
  /** How a worker opens the same book (the command's own flags). */
  workerSetup: WorkerSetup;
}

/** Below this many essays, starting workers (each loads the checker and opens the book) costs more than it saves. */
const MIN_ESSAYS_FOR_WORKERS = 4;

export async function checkClassSet(
  io: CliIO,
  inputs: readonly ReviewInput[],
  target: CheckBook,
  options: ClassSetOptions,
): Promise<ClassSetResult> {
  const names = new ReportNames();
  const tasks: WorkerTask[] = inputs.map((input, index) => ({
    index,
    input,
    reportFile: options.out
      ? path.join(options.out, names.next(input.file, REPORT_EXTENSION[options.format]))
      : null,
  }));
  const rows: ClassSetRow[] = new Array(tasks.length);
  let finished = 0;
  const onRow = (index: number, row: ClassSetRow) => {
    rows[index] = row;
    io.stderr(`verbatim: [${++finished}/${tasks.length}] ${row.review}: ${progressNote(row)}\n`);
  };
  const parallel =
    options.jobs > 1 && tasks.length >= MIN_ESSAYS_FOR_WORKERS && target.stored && workersAvailable();
  if (parallel) {
    await checkInWorkers(tasks, options.workerSetup, options.jobs, onRow, (t) =>
      checkEntry(t.input, target, options.format, t.reportFile),
    );
  } else {
    for (const t of tasks) onRow(t.index, await checkEntry(t.input, target, options.format, t.reportFile));
  }
  return {
    rows,
    anyProblems: rows.some((r) => r.hasProblems),
    anyErrors: rows.some((r) => r.error !== null),
  };
}

/** The output folder, made before any work so an unwritable one fails at once, not after 30 checks. */
export function prepareOutDir(out: string): void {
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
