import type { Book } from '../book/types.js';
import { indexBook, useBookIndex } from '../check/locate/index.js';
import { BOOK_INDEX_VERSION, decodeBookIndex, encodeBookIndex } from '../check/locate/index-codec.js';
import type { Library } from '../store/library.js';
import { optimizeLongWork } from './compilers.js';

/**
 * A library book's word index: read from the library when stored (a one-shot check then skips
 * reading every word of the novel), else built now and stored for next time. A book loaded from a
 * file (no library) has its index built and not kept.
 */
export function primeBookIndex(book: Book, library: Library | null): void {
  if (!library) return;
  const stored = library.getIndex(book.id, BOOK_INDEX_VERSION);
  const index = stored ? decodeBookIndex(stored, book.text.length) : null;
  if (index) {
    useBookIndex(book, index);
    return;
  }
  storeBookIndex(book, library);
}

/** Builds the book's index and stores it; a library that cannot be written to only costs the next check time. */
export function storeBookIndex(book: Book, library: Library): void {
  optimizeLongWork();
  const index = indexBook(book);
  try {
    library.saveIndex(book.id, encodeBookIndex(index));
  } catch {
    // read-only library or disk full: the check goes on with the index it built
  }
}
