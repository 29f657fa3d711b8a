import type { Book } from '../book/types.js';
import type { TocEntry } from './api-types.js';
import type { LibraryPort } from './deps.js';
import { notFound } from './errors.js';
import { tableOfContents } from './views/toc.js';

export interface OpenBook {
  book: Book;
  toc: TocEntry[];
}

/**
 * Books read back from the library, kept for the next request: the reader asks for a chapter at a
 * time and a check run needs the whole book, so re-reading a 2 MB novel from SQLite each time would
 * dominate. Books never change once added (their id is their hash), so the cache never goes stale;
 * removal drops the entry.
 */
export class BookCache {
  private readonly entries = new Map<string, OpenBook>();

  constructor(
    private readonly library: LibraryPort,
    private readonly capacity = 4,
  ) {}

  /** The book with this id (or unique id prefix), or a not_found error for the page. */
  open(id: string): OpenBook {
    const hit = this.entries.get(id);
    if (hit) {
      this.entries.delete(id);
      this.entries.set(id, hit);
      return hit;
    }
    const book = this.library.getBook(id);
    if (!book)
      throw notFound(`No book with id ${id} in the library.`, 'Add it first, or pick one from the list.');
    const entry = { book, toc: tableOfContents(book) };
    this.entries.set(id, entry);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return entry;
  }

  /** The book or null, for background jobs. */
  find(id: string): Book | null {
    try {
      return this.open(id).book;
    } catch {
      return null;
    }
  }

  drop(bookId: string): void {
    for (const [key, entry] of this.entries) if (entry.book.id === bookId) this.entries.delete(key);
  }
}
