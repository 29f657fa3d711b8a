import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Book } from '../book/types.js';
import { VerbatimError } from '../errors.js';
import type { LoadOptions } from '../formats/load-text.js';
import { Library } from '../store/library.js';
import type { CliIO } from './context.js';

/**
 * How commands find "the book" an argument names: a path to a file is loaded from disk; anything
 * else is looked up in the library by id (or a unique id prefix).
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
  if (!looksLikeId) throw new VerbatimError('not_found', 'no such file', { file: arg });
  const library = openLibrary(io, opts);
  let book: Book | null;
  try {
    book = library.getBook(arg);
  } catch (e) {
    library.close();
    throw e;
  }
  if (!book) {
    library.close();
    throw new VerbatimError('not_found', `no such file, and no book with id "${arg}" in the library`, {
      file: arg,
      hint: 'see `verbatim list`',
    });
  }
  return { book, library };
}
