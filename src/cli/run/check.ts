import path from 'node:path';
import { type ReviewText, readReview, readReviewBytes } from '../../check/index.js';
import { VerbatimError } from '../../errors.js';
import { loadCheckBook } from '../check/book.js';
import { checkClassSet, prepareOutDir, renderClassSetTable } from '../check/class-set.js';
import type { ReportFormat } from '../check/formats.js';
import { renderReport } from '../check/formats.js';
import { expandReviewArgs } from '../check/inputs.js';
import { checkOne } from '../check/one.js';
import { type CliIO, EXIT, ExitWith } from '../context.js';
import type { LoadFlags } from '../options.js';
import type { LibraryOptions } from '../resolve-book.js';

export interface CheckFlags extends LibraryOptions, LoadFlags {
  book: string;
  format: ReportFormat;
  out?: string;
  jobs?: string;
  speakers?: boolean;
}

/** How a review read from stdin is named in messages and reports. */
const STDIN_NAME = 'stdin';

/**
 * `verbatim check`: one review → its report on stdout; several reviews, a folder or --out → a class
 * set (class-set.ts). Exit 1 when a passage is not found or altered, or a credit contradicted;
 * 2 on input the command could not read (after checking every review it could).
 */
export async function runCheck(io: CliIO, args: string[], opts: CheckFlags): Promise<void> {
  if (args.includes('-') && args.length > 1) {
    throw new VerbatimError(
      'usage',
      'a review from stdin (-) is checked on its own, not with other reviews',
      {
        hint: 'save it to a file and name it with the others',
      },
    );
  }
  const expanded = args[0] === '-' ? null : expandReviewArgs(args, io.cwd);
  const classSet =
    expanded !== null && (expanded.inputs.length > 1 || expanded.hadFolder || opts.out !== undefined);
  if (!classSet) {
    // One review: read it first, so a missing file is reported before the book is loaded.
    const review = expanded ? await readReview(expanded.inputs[0]!.file) : await readStdinReview(io);
    const target = await loadCheckBook(io, opts);
    const report = checkOne(review, target);
    const name = expanded ? path.basename(args[0]!) : STDIN_NAME;
    io.stdout(renderReport(opts.format, report, target.book, name));
    if (report.summary.hasProblems) throw new ExitWith(EXIT.findings);
    return;
  }
  if (expanded.skipped.length > 0) {
    io.stderr(`verbatim: not reviews, left out: ${expanded.skipped.join(', ')}\n`);
  }
  if (expanded.inputs.length === 0) {
    throw new VerbatimError('usage', `no reviews to check in ${args.join(', ')}`, {
      hint: 'a folder is searched for .txt, .md, .html and .docx files',
    });
  }
  const jobs = jobsOf(opts.jobs);
  const out = opts.out === undefined ? null : path.resolve(io.cwd, opts.out);
  if (out) prepareOutDir(out); // before the book is read (and perhaps analysed): fail at once
  const target = await loadCheckBook(io, opts);
  const result = await checkClassSet(io, expanded.inputs, target, {
    format: opts.format,
    out,
    jobs,
    workerSetup: { opts, cwd: io.cwd, env: io.env },
  });
  if (opts.format === 'json' && !out) io.stdout(`${JSON.stringify(result.rows, null, 2)}\n`);
  else io.stdout(renderClassSetTable(result, target.book.metadata.title));
  if (out) io.stderr(`verbatim: reports in ${out}\n`);
  if (result.anyErrors) throw new ExitWith(EXIT.usage);
  if (result.anyProblems) throw new ExitWith(EXIT.findings);
}

/**
 * --jobs: a whole number ≥ 1; by default 1. Worker threads each pay their own cold start (loading
 * the checker, compiling its patterns: ~2 s of CPU per worker measured on the class-set bench), so on
 * the 2-core machine the figures come from, --jobs 2 was slower than checking in turn (README).
 */
function jobsOf(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new VerbatimError('usage', `--jobs must be a whole number of at least 1, not "${value}"`);
  }
  return n;
}

/**
 * `check - --book X`: the review piped in (`pbpaste | verbatim check - --book X`). Its format is
 * sniffed from the bytes (DOCX, HTML; else plain text), as for a file without a known extension.
 */
async function readStdinReview(io: CliIO): Promise<ReviewText> {
  if (io.stdin.isTTY) io.stderr('verbatim: reading the review from the terminal; end it with Ctrl+D\n');
  return readReviewBytes(await io.stdin.read(), STDIN_NAME);
}
