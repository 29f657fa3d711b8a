import path from 'node:path';
import { indexForFind } from '../../find/library-index.js';
import { profileFor } from '../../similar/library-profiles.js';
import type { BookSummary } from '../../store/library.js';
import { groupDigits } from '../../text/plain-format.js';
import type { CliIO } from '../context.js';
import { type LoadFlags, loadOptionsOf } from '../options.js';
import { type LibraryOptions, loadBookFromDisk, openLibrary } from '../resolve-book.js';
import { storeBookIndex } from '../stored-index.js';

/**
 * `verbatim add <file>`: load a novel, map its structure, store it in the library in one transaction.
 * Adding a book that is already there (the same bytes) succeeds and names it: a script that adds
 * then checks works on a second run too.
 */
export async function runAdd(
  io: CliIO,
  file: string,
  opts: LibraryOptions & LoadFlags & { format: string; title?: string; author?: string },
): Promise<void> {
  /**
   * The title and author the person gave, over what the file says (a plain text often says neither);
   * an empty one clears it.
   */
  const given = {
    ...(opts.title !== undefined ? { title: opts.title.trim() || null } : {}),
    ...(opts.author !== undefined ? { author: opts.author.trim() || null } : {}),
  };
  const progress = progressLine(io);
  const loadOptions = {
    ...loadOptionsOf(opts),
    onProgress: (stage: 'read' | 'segment') => progress(stage === 'read' ? 'reading' : 'segmenting'),
  };
  let summary: BookSummary;
  let warnings: string[];
  /** Already in the library (same bytes): not an error, the book the person wants is there. */
  let existed = false;
  /** Already there, and the title or author given differ from the stored ones: set them. */
  let updated = false;
  try {
    const book = await loadBookFromDisk(path.resolve(io.cwd, file), loadOptions);
    warnings = book.warnings;
    progress('storing');
    const library = openLibrary(io, opts);
    try {
      const existing = library.summary(book.hash);
      existed = existing !== null;
      if (existing) {
        updated =
          (given.title !== undefined && given.title !== existing.title) ||
          (given.author !== undefined && given.author !== existing.author);
        summary = updated ? library.setMetadata(existing.id, given)! : existing;
      } else {
        book.metadata = { ...book.metadata, ...given };
        summary = library.addBook(book);
      }
      // Stored with the book so a later check reads its index instead of rebuilding it.
      if (!existed) {
        storeBookIndex(book, library);
        try {
          indexForFind(library, summary.id);
        } catch {
          // a library that cannot be written to: `find` indexes the book on its first run instead
        }
        // Its word profile too, so "Books like this" and `similar` on a library built from the
        // command line read stored profiles instead of every book's text on first use.
        profileFor(library, book);
      }
    } finally {
      library.close();
    }
  } finally {
    progress(null);
  }
  if (!existed) for (const w of warnings) io.stderr(`verbatim: warning: ${file}: ${w}\n`);
  if (opts.format === 'json') {
    io.stdout(`${JSON.stringify({ ...summary, alreadyInLibrary: existed, updated, warnings }, null, 2)}\n`);
    return;
  }
  const title = summary.title ? `"${summary.title}"` : '(untitled)';
  const by = summary.author ? ` by ${summary.author}` : '';
  if (existed) {
    io.stdout(
      `already in the library: ${summary.id}  ${title}${by} (${updated ? 'title and author set' : 'nothing changed'})\n`,
    );
    return;
  }
  io.stdout(
    `added ${summary.id}  ${title}${by}: ${groupDigits(summary.words)} words, ${summary.chapters} chapter${summary.chapters === 1 ? '' : 's'}\n`,
  );
}

/** A one-line progress indicator on stderr, drawn only on a terminal; `null` clears it. */
function progressLine(io: CliIO): (stage: string | null) => void {
  if (!io.isTTY) return () => {};
  return (stage) => io.stderr(stage === null ? '\r\x1b[K' : `\r\x1b[Kverbatim: ${stage}…`);
}
