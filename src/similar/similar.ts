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

/**
 * Below this many books (the book itself included) the list comes with a note that its scores are not
 * comparable. Measured by `npm run eval:similar-small` (eval/results/similar-small.md: 400 random
 * sub-libraries of the corpus novels per size, each with a novel and another by its author): the
 * *order* holds up from 3 books (the nearest book by the same author 91% of the time at 3 books, against
 * 50% by chance; 93–97% from 4 to 30), but the *scores* rest on z-scores over those few books. A pair's
 * score differs from the same pair's score in the full 110-book library by 0.73 on average at 3 books,
 * 0.33 at 5, 0.26 at 6, 0.18 at 8, 0.13 at 10, 0.09 at 15 and 0.06 at 20; and a book's scores against
 * the others average about −1/(n − 1) in a library of n (the z-scores of each word sum to 0), so at 3
 * books nearly every score is negative (98% in the measurement) however alike the books are. From 10
 * books the error is below the gaps that usually separate an author's other book from the rest.
 */
export const MIN_COMPARABLE_BOOKS = 10;

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
  /**
   * For the person, null when there is nothing to say: why `books` is empty, or, in a library of fewer
   * than MIN_COMPARABLE_BOOKS books, that the scores rest on too few books to be read as numbers.
   */
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
    note: books.length < MIN_COMPARABLE_BOOKS ? fewBooksNote(books.length) : null,
  };
}

/** The caution for a library of `n` books, 3 ≤ n < MIN_COMPARABLE_BOOKS (see there for the figures). */
export function fewBooksNote(n: number): string {
  const mean = (-1 / (n - 1)).toFixed(2).replace('-', '−');
  return (
    `With only ${n} books in the library, the scores rest on z-scores over ${n} books: they shift as books are added, ` +
    `are not comparable with those of another library, and average about ${mean} whatever the books, so a negative ` +
    `score here does not mean opposite habits. Read the order, not the numbers; scores settle from ` +
    `${MIN_COMPARABLE_BOOKS} books.`
  );
}
