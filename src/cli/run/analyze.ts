import { renderAnalysisText } from '../../analysis/report.js';
import { analysisFor } from '../../analysis/stored.js';
import type { CliIO } from '../context.js';
import { type LoadFlags, loadOptionsOf } from '../options.js';
import { type LibraryOptions, resolveBook } from '../resolve-book.js';
import { primeBookIndex } from '../stored-index.js';

/**
 * `verbatim analyze <file-or-id>`: dialogue, characters (with all their names) and who speaks each
 * quotation. A library book's analysis is stored, so asking again is instant; a file not in the
 * library is analysed without storing anything.
 */
export async function runAnalyze(
  io: CliIO,
  arg: string,
  opts: LibraryOptions & LoadFlags & { format: string; quotes?: boolean; limit: string },
): Promise<void> {
  const { book, library } = await resolveBook(arg, io, {
    dataDir: opts.dataDir,
    load: loadOptionsOf(opts),
  });
  try {
    const { analysis } = analysisFor(book, library);
    // A book added before indexes were stored gets one now, so its next check is quick too.
    primeBookIndex(book, library);
    if (opts.format === 'json') io.stdout(`${JSON.stringify(analysis)}\n`);
    else
      io.stdout(
        renderAnalysisText(analysis, book, {
          quotes: Boolean(opts.quotes),
          limit: Math.max(1, Number(opts.limit) || 40),
        }),
      );
  } finally {
    library?.close();
  }
}
