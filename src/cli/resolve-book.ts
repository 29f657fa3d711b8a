import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Book } from '../book/types.js';
import { VerbatimError } from '../errors.js';
import type { LoadOptions } from '../formats/load-text.js';
import { LIBRARY_FILE, Library } from '../store/library.js';
import type { CliIO } from './context.js';

/**
 * How commands find "the book" an argument names: a path to a file is loaded from disk; anything
 * else is looked up in the library by id (or a unique id prefix of 4 or more characters), else by
 * title (the whole title, or the start of only one book's title, in any case: "persuasion",
 * "Pride and").
 */
export interface LibraryOptions {
  dataDir?: string;
}

export function dataDirOf(io: CliIO, opts: LibraryOptions): string {
  return opts.dataDir ? path.resolve(io.cwd, opts.dataDir) : Library.defaultDataDir(io.env);
}

export function openLibrary(io: CliIO, opts: LibraryOptions): Library {
  return Library.open(dataDirOf(io, opts));
}

export interface ResolveOptions extends LibraryOptions {
  load?: LoadOptions;
}

/** A novel file read from disk. The readers (EPUB, HTML, …) are imported only when a file is given. */
export async function loadBookFromDisk(file: string, options?: LoadOptions): Promise<Book> {
  const { loadBookFile } = await import('../formats/load.js');
  return loadBookFile(file, options);
}

export async function resolveBook(
  arg: string,
  io: CliIO,
  opts: ResolveOptions,
): Promise<{ book: Book; library: Library | null }> {
  const file = path.resolve(io.cwd, arg);
  // (node:fs/promises is not loaded for this: with its streams it is ~10 ms of a one-shot `info`.)
  const onDisk = existsSync(file);
  if (onDisk) return { book: await loadBookFromDisk(file, opts.load), library: null };
  const looksLikeId = /^[0-9a-f]{4,64}$/i.test(arg);
  // A path ("novle.txt", "books/x") that is not there is a typo, not a title; and a title is looked
  // for only in a library that exists (no data folder made for a mistyped argument).
  const looksLikePath = /[\\/]|\.(?:txt|epub|html?|xhtml|md|docx)$/i.test(arg);
  const libraryExists = existsSync(path.join(dataDirOf(io, opts), LIBRARY_FILE));
  if (looksLikePath || (!looksLikeId && !libraryExists))
    throw new VerbatimError('not_found', 'no such file', { file: arg });
  const library = openLibrary(io, opts);
  let book: Book | null;
  try {
    book = (looksLikeId ? library.getBook(arg) : null) ?? bookByTitle(library, arg);
  } catch (e) {
    library.close();
    throw e;
  }
  if (!book) {
    library.close();
    throw new VerbatimError(
      'not_found',
      `no such file, and no book with the id or title "${arg}" in the library`,
      {
        file: arg,
        hint: 'see `verbatim list` for the ids and titles',
      },
    );
  }
  return { book, library };
}

/** The one library book whose title is `name` (in any case), else whose title starts with it; null if none. */
function bookByTitle(library: Library, name: string): Book | null {
  const key = name.trim().toLowerCase();
  if (key.length === 0) return null;
  const books = library.listBooks();
  const titled = (t: string | null) => (t ?? '').trim().toLowerCase();
  let matches = books.filter((b) => titled(b.title) === key);
  if (matches.length === 0) matches = books.filter((b) => titled(b.title).startsWith(key));
  if (matches.length === 0) return null;
  if (matches.length > 1)
    throw new VerbatimError(
      'usage',
      `"${name}" is the title of more than one book: ${matches.map((b) => `${b.id} (${b.title})`).join(', ')}`,
      { hint: 'give the id instead (see `verbatim list`)' },
    );
  return library.getBook(matches[0]!.id);
}
