import { indexBook } from '../check/locate/index.js';
import { BOOK_INDEX_VERSION, encodeBookIndex, type StoredBookIndex } from '../check/locate/index-codec.js';
import type { Library } from '../store/library.js';
import { FIND_INDEX_VERSION, int32Of } from './stored.js';

/**
 * The library-wide word table `find` ranks books by: for each book, its distinct words and their
 * positions, read from the book's stored word index (built and stored first where missing, as `check`
 * would). A book is indexed once; `ensureFindIndex` indexes only the books added since.
 */
export interface IndexProgress {
  done: number;
  total: number;
  title: string | null;
}

/** Indexes one book for `find` (after `add`: the book's word index is stored already). */
export function indexForFind(library: Library, bookId: string): void {
  const stored = storedOrBuiltIndex(library, bookId);
  if (stored) library.saveFindWords(bookId, FIND_INDEX_VERSION, positionsOf(stored));
}

/** Indexes the books not yet indexed for `find`; returns how many it indexed. */
export function ensureFindIndex(library: Library, onProgress?: (p: IndexProgress) => void): number {
  const indexed = new Set(library.findIndexedBooks(FIND_INDEX_VERSION));
  const todo = library.listBooks().filter((b) => !indexed.has(b.id));
  todo.forEach((summary, i) => {
    onProgress?.({ done: i, total: todo.length, title: summary.title });
    indexForFind(library, summary.id);
  });
  return todo.length;
}

/** Each word form of a stored index with its positions (its stored postings, read in place). */
function positionsOf(stored: StoredBookIndex): Map<string, Uint8Array> {
  const vocab = stored.vocab === '' ? [] : stored.vocab.split('\n');
  const at = int32Of(stored.postingStarts);
  const out = new Map<string, Uint8Array>();
  for (let id = 0; id < vocab.length; id++) {
    if (at[id + 1]! > at[id]!) out.set(vocab[id]!, stored.positions.subarray(at[id]! * 4, at[id + 1]! * 4));
  }
  return out;
}

/** The book's word index as stored, else built from its text and stored (`check` reads it too). */
function storedOrBuiltIndex(library: Library, bookId: string): StoredBookIndex | null {
  const stored = library.getIndex(bookId, BOOK_INDEX_VERSION);
  if (stored) return stored;
  const book = library.getBook(bookId);
  if (!book) return null;
  const encoded = encodeBookIndex(indexBook(book));
  library.saveIndex(bookId, encoded);
  return encoded;
}
