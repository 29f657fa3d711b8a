import { groupDigits, table } from '../../text/plain-format.js';
import type { CliIO } from '../context.js';
import { type LibraryOptions, openLibrary } from '../resolve-book.js';

/** `verbatim list`: the books in the library. */
export function runList(io: CliIO, opts: LibraryOptions & { format: string }): void {
  const library = openLibrary(io, opts);
  const books = (() => {
    try {
      return library.listBooks();
    } finally {
      library.close();
    }
  })();
  if (opts.format === 'json') {
    io.stdout(`${JSON.stringify(books, null, 2)}\n`);
    return;
  }
  if (books.length === 0) {
    io.stdout('The library is empty. Add a novel with: verbatim add <file>\n');
    return;
  }
  const rows = [['id', 'title', 'author', 'words', 'chapters', 'analysis', 'added']];
  for (const b of books) {
    rows.push([
      b.id,
      b.title ?? '(untitled)',
      b.author ?? '',
      groupDigits(b.words),
      String(b.chapters),
      b.analysisStatus,
      b.addedAt.slice(0, 10),
    ]);
  }
  io.stdout(`${table(rows)}\n`);
}
