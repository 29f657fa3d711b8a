import { existsSync } from 'node:fs';
import path from 'node:path';
import { Option } from 'commander';
import { analysisFor } from '../../analysis/stored.js';
import type { Book } from '../../book/types.js';
import {
  checkReview,
  type ReviewText,
  readReview,
  readReviewBytes,
  renderReportHtml,
  renderReportJson,
  renderReportMarkdown,
  renderReportText,
  type SpeakerModel,
} from '../../check/index.js';
import { LIBRARY_FILE, Library } from '../../store/library.js';
import { type CliIO, EXIT, ExitWith } from '../context.js';
import { addLoadOptions, dataDirOf, loadOptionsOf, resolveBook } from '../resolve-book.js';
import type { RegisterCommand } from './index.js';

/**
 * `verbatim check review.md --book novel.epub`: every quotation of a review found (or not) in the
 * book, misquotes diffed, "X says" checked against the book's speaker. Exit 1 when a passage is not
 * found or altered, or an attribution is contradicted; 0 when all is well; 2 on bad input.
 */
export const registerCheck: RegisterCommand = (program, io) => {
  addLoadOptions(
    program
      .command('check')
      .description(
        'Check the quotations of a review (txt, md, html, docx) against a book: found or not, where, misquotes, who says it.',
      )
      .argument('<review>', 'the review or essay to check; - reads it from stdin')
      .requiredOption('--book <file-or-id>', 'the novel: a file, or the id of a book in the library'),
  )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json', 'md', 'html'])
        .default('text'),
    )
    .option('--no-speakers', 'do not analyse who speaks (faster; attributions are then "unknown")')
    .action(async (reviewArg: string, _opts, cmd) => {
      const opts = cmd.optsWithGlobals();
      const fromStdin = reviewArg === '-';
      const review = fromStdin
        ? await readStdinReview(io)
        : await readReview(path.resolve(io.cwd, reviewArg));
      const { book, library } = await resolveBook(opts.book, io, {
        dataDir: opts.dataDir,
        load: loadOptionsOf(opts),
      });
      let analysis: SpeakerModel | null = null;
      try {
        if (opts.speakers !== false) analysis = speakerModelFor(book, library, io);
      } finally {
        library?.close();
      }
      const report = checkReview(review.text, book, {
        analysis,
        format: review.format,
        sourceLines: review.sourceLines,
        lineUnit: review.lineUnit,
        otherBooks: libraryBooksBut(book, dataDirOf(io, opts)),
      });
      const name = fromStdin ? STDIN_NAME : path.basename(reviewArg);
      const render = {
        text: renderReportText,
        json: (r: typeof report, b: Book) => renderReportJson(r, b),
        md: renderReportMarkdown,
        html: renderReportHtml,
      }[opts.format as 'text' | 'json' | 'md' | 'html'];
      io.stdout(render(report, book, name));
      if (report.summary.hasProblems) throw new ExitWith(EXIT.findings);
    });
};

/** How a review read from stdin is named in messages and reports. */
const STDIN_NAME = 'stdin';

/**
 * `check - --book X`: the review piped in (`pbpaste | verbatim check - --book X`). Its format is
 * sniffed from the bytes (DOCX, HTML; else plain text), as for a file without a known extension.
 */
async function readStdinReview(io: CliIO): Promise<ReviewText> {
  if (io.stdin.isTTY) io.stderr('verbatim: reading the review from the terminal; end it with Ctrl+D\n');
  return readReviewBytes(await io.stdin.read(), STDIN_NAME);
}

/**
 * The library's books other than `book`, read one at a time: where the checker looks when most of a
 * review's quotations are not in the book (it only asks then). No library yet: none.
 */
function libraryBooksBut(book: Book, dataDir: string): () => Iterable<Book> {
  return function* () {
    if (!existsSync(path.join(dataDir, LIBRARY_FILE))) return;
    let library: Library;
    try {
      library = Library.open(dataDir);
    } catch {
      return; // a library that cannot be opened just has no other books to offer
    }
    try {
      for (const summary of library.listBooks()) {
        if (summary.id === book.id || summary.hash === book.hash) continue;
        const other = library.getBook(summary.id);
        if (other) yield other;
      }
    } finally {
      library.close();
    }
  };
}

/** The stored analysis when the library has a current one; otherwise analyse now (and store it). */
function speakerModelFor(book: Book, library: Library | null, io: CliIO): SpeakerModel | null {
  try {
    return analysisFor(book, library).analysis;
  } catch (e) {
    io.stderr(
      `verbatim: warning: could not analyse who speaks (${e instanceof Error ? e.message : String(e)}); attributions are not checked\n`,
    );
    return null;
  }
}
