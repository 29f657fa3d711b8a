/**
 * `similar`: the library's books closest in style to one book, by Cosine Delta over the library's
 * most frequent words (delta.ts says why that measure), with the words behind each similarity.
 * Stages: every book's word profile (stored, or computed once) → the library's z-score space → the
 * nearest books.
 */
import type { Book } from '../book/types.js';
import { DELTA_DEFAULTS, type DeltaOptions, type DeltaWord, deltaSpace, nearest } from './delta.js';
import { libraryProfiles, type ProfiledBook, type ProfileStore, profileFor } from './library-profiles.js';
import { profileOfBook } from './profile.js';

/**
 * Z-scores say how a book departs from the library's average; with two books each is simply the
 * other's opposite, so a ranking needs the book and at least two others.
 */
export const MIN_LIBRARY_BOOKS = 3;

export interface SimilarBook {
  id: string;
  title: string | null;
  author: string | null;
  similarity: number;
  distance: number;
  drivers: DeltaWord[];
}

export interface SimilarReport {
  bookId: string;
  title: string | null;
  author: string | null;
  method: 'cosine-delta';
  /** Most frequent words compared (fewer than asked when the library's books share fewer). */
  mfw: number;
  /** Books compared, the book itself included. */
  libraryBooks: number;
  /** Closest first; empty when there are too few books (see `note`). */
  books: SimilarBook[];
  /** Why `books` is empty or short, in a sentence for the person; null otherwise. */
  note: string | null;
}

export interface SimilarOptions extends DeltaOptions {
  /** Books listed. */
  limit: number;
}

export const SIMILAR_DEFAULTS: SimilarOptions = { ...DELTA_DEFAULTS, limit: 10 };

export function similarBooks(
  store: ProfileStore,
  book: Book,
  options: Partial<SimilarOptions> = {},
  onProgress?: (done: number, of: number) => void,
): SimilarReport {
  const opts = { ...SIMILAR_DEFAULTS, ...options };
  const library = libraryProfiles(store, onProgress);
  const inLibrary = library.some((b) => b.id === book.id);
  const target: ProfiledBook = {
    id: book.id,
    title: book.metadata.title,
    author: book.metadata.author,
    profile: inLibrary ? profileFor(store, book) : profileOfBook(book),
  };
  const books = inLibrary ? library : [...library, target];
  const base = {
    bookId: book.id,
    title: book.metadata.title,
    author: book.metadata.author,
    method: 'cosine-delta' as const,
    libraryBooks: books.length,
  };
  if (books.length < MIN_LIBRARY_BOOKS) {
    const others = books.length - 1;
    return {
      ...base,
      mfw: 0,
      books: [],
      note:
        others === 0
          ? 'The library has no other book to compare this one with. Add some with `verbatim add`.'
          : `The library has only ${others} other book; style is compared against the library's average, which needs at least ${MIN_LIBRARY_BOOKS} books in all.`,
    };
  }
  const space = deltaSpace(books, opts);
  const byId = new Map(books.map((b) => [b.id, b]));
  const neighbours = nearest(
    space,
    book.id,
    books.map((b) => b.id),
    opts,
    opts.limit,
  );
  return {
    ...base,
    mfw: space.words.length,
    books: neighbours.map((n) => ({
      id: n.id,
      title: byId.get(n.id)?.title ?? null,
      author: byId.get(n.id)?.author ?? null,
      similarity: n.similarity,
      distance: n.distance,
      drivers: n.drivers,
    })),
    note: null,
  };
}
