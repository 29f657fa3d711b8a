import { existsSync } from 'node:fs';
import path from 'node:path';
import { analysisFor } from '../../analysis/stored.js';
import { LIBRARY_FILE, Library } from '../../store/library.js';
import { libraryReference } from '../../terms/motif-reference.js';
import { suggestMotifs } from '../../terms/motifs.js';
import { renderMotifsText, renderTermsText } from '../../terms/render-text.js';
import { termsReport } from '../../terms/report.js';
import { TERMS_DEFAULTS } from '../../terms/types.js';
import type { CliIO } from '../context.js';
import { type LoadFlags, loadOptionsOf } from '../options.js';
import { dataDirOf, type LibraryOptions, resolveBook } from '../resolve-book.js';
import { wholeNumberOption } from './numbers.js';

/**
 * `verbatim terms <file-or-id> [term…]`: each term's uses per chapter, forms, speakers and
 * concordance; with no term, the book's suggested motifs. A library book's analysis (who speaks each
 * line) is stored, so asking again is quick.
 */
export async function runTerms(
  io: CliIO,
  arg: string,
  terms: string[],
  opts: LibraryOptions & LoadFlags & { format: string; exact?: boolean; limit?: string; motifs?: string },
): Promise<void> {
  const limit = wholeNumberOption(opts.limit, '--limit', TERMS_DEFAULTS.concordanceLimit, 0);
  const motifLimit = wholeNumberOption(opts.motifs, '--motifs', 20);
  const { book, library } = await resolveBook(arg, io, { dataDir: opts.dataDir, load: loadOptionsOf(opts) });
  try {
    const { analysis } = analysisFor(book, library);
    if (terms.length === 0) {
      const store = library ?? existingLibrary(dataDirOf(io, opts));
      try {
        const reference = store ? libraryReference(store, book.id) : null;
        const suggestions = suggestMotifs(book, analysis, reference, { limit: motifLimit });
        io.stdout(
          opts.format === 'json'
            ? `${JSON.stringify({ bookId: book.id, title: book.metadata.title, ...suggestions }, null, 2)}\n`
            : renderMotifsText(book, suggestions),
        );
      } finally {
        if (store !== library) store?.close();
      }
      return;
    }
    const report = termsReport(book, analysis, terms, {
      exact: Boolean(opts.exact),
      concordanceLimit: limit,
    });
    io.stdout(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderTermsText(report));
  } finally {
    library?.close();
  }
}

/** The library, when there is one, to compare a book given as a file against (never created here). */
function existingLibrary(dataDir: string): Library | null {
  return existsSync(path.join(dataDir, LIBRARY_FILE)) ? Library.open(dataDir) : null;
}
