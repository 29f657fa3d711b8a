import { existsSync } from 'node:fs';
import path from 'node:path';
import { ANALYSIS_VERSION } from '../../analysis/types.js';
import type { Book } from '../../book/types.js';
import type { FindInLibrary } from '../../check/elsewhere.js';
import type { SpeakerModel } from '../../check/index.js';
import { libraryFinder } from '../../find/for-check.js';
import { LIBRARY_FILE, Library } from '../../store/library.js';
import { optimizeLongWork } from '../compilers.js';
import type { CliIO } from '../context.js';
import { type LoadFlags, loadOptionsOf } from '../options.js';
import { dataDirOf, type LibraryOptions, resolveBook } from '../resolve-book.js';
import { primeBookIndex } from '../stored-index.js';

/**
 * The book a check is made against, ready for any number of reviews: its text, its word index
 * (from the library when stored) and its speaker model (stored analysis, else analysed now).
 * Done once per `check` call, however many reviews it is given.
 */
export interface CheckBook {
  book: Book;
  analysis: SpeakerModel | null;
  /** The library's other books, for the "is this a review of another book?" warning. */
  otherBooks: () => Iterable<Book>;
  /** Finds a passage across the library (`verbatim find`), for the quotations the book does not have. */
  findInLibrary: FindInLibrary;
  /** The book is in the library with its index and analysis stored: a worker can open it cheaply too. */
  stored: boolean;
}

export async function loadCheckBook(
  io: CliIO,
  opts: LibraryOptions & LoadFlags & { book: string; speakers?: boolean },
): Promise<CheckBook> {
  const { book, library } = await resolveBook(opts.book, io, {
    dataDir: opts.dataDir,
    load: loadOptionsOf(opts),
  });
  let analysis: SpeakerModel | null = null;
  try {
    primeBookIndex(book, library);
    if (opts.speakers !== false) analysis = await speakerModelFor(book, library, io);
  } finally {
    library?.close();
  }
  const dataDir = dataDirOf(io, opts);
  return {
    book,
    analysis,
    otherBooks: libraryBooksBut(book, dataDir),
    findInLibrary: libraryFinder(() => existingLibrary(dataDir)),
    stored: library !== null,
  };
}

/**
 * The stored analysis when the library has a current one (the analysis code is then not even
 * loaded: it is the second-largest part of Verbatim); otherwise analyse now (and store it).
 */
async function speakerModelFor(book: Book, library: Library | null, io: CliIO): Promise<SpeakerModel | null> {
  const stored = library?.getAnalysis(book.id, ANALYSIS_VERSION);
  if (looksLikeAnalysis(stored)) return stored;
  try {
    optimizeLongWork();
    const { analysisFor } = await import('../../analysis/stored.js');
    return analysisFor(book, library).analysis;
  } catch (e) {
    io.stderr(
      `verbatim: warning: could not analyse who speaks (${e instanceof Error ? e.message : String(e)}); attributions are not checked\n`,
    );
    return null;
  }
}

/**
 * The shape `isAnalysis` (src/analysis/stored.ts) trusts, checked here without importing the
 * analysis code; the version was matched by the query.
 */
function looksLikeAnalysis(value: unknown): value is SpeakerModel {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    v.version === ANALYSIS_VERSION &&
    Array.isArray(v.characters) &&
    Array.isArray(v.quotes) &&
    Array.isArray(v.places)
  );
}

/** The library in `dataDir` when there is one that opens; null otherwise (a check goes on without it). */
function existingLibrary(dataDir: string): Library | null {
  if (!existsSync(path.join(dataDir, LIBRARY_FILE))) return null;
  try {
    return Library.open(dataDir);
  } catch {
    return null;
  }
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
