import type { Library } from '../store/library.js';

/**
 * Stage 1 of `find`: rank the library's books by how much of the passage's vocabulary they hold,
 * each word weighted by how rare it is across the library (`wordWeight`): a book that
 * has "hailsham", "carers" and "donations" outranks every book that only has "the" and "said". Word
 * order is left to stage 2 (order.ts).
 */
export interface Candidate {
  bookId: string;
  /** 0..1: the passage's rarity-weighted words this book holds. */
  coverage: number;
}

export interface WordRarity {
  /** Books holding the word. */
  books: number;
  /** Its uses in all of them. */
  uses: number;
}

/**
 * A word's weight as evidence: how rare its uses are across the library (log of the library's words
 * over its uses): "girls" ≫ "were", so a passage of everyday words is still told apart by its least
 * everyday ones. (Weighting by books holding the word instead gives every word of such a passage
 * about nothing: each is in nearly every novel.)
 */
export function wordWeight(uses: number, wordsInLibrary: number): number {
  return Math.log((wordsInLibrary + 1) / Math.max(1, uses));
}

export function rankBooks(
  library: Library,
  words: readonly string[],
  wordsInLibrary: number,
): { candidates: Candidate[]; rarity: Map<string, WordRarity> } {
  const holders = library.booksWithWords(words);
  const score = new Map<string, number>();
  const rarity = new Map<string, WordRarity>();
  let total = 0;
  for (const w of words) {
    const books = holders.get(w) ?? [];
    const uses = books.reduce((n, b) => n + b.count, 0);
    rarity.set(w, { books: books.length, uses });
    // A word no book has (a writer's change) still counts in the total, as the rarest word can.
    const weight = wordWeight(uses, wordsInLibrary);
    total += weight;
    for (const b of books) score.set(b.bookId, (score.get(b.bookId) ?? 0) + weight);
  }
  const candidates = [...score]
    .map(([bookId, s]) => ({ bookId, coverage: total > 0 ? s / total : 0 }))
    .sort((a, b) => b.coverage - a.coverage || (a.bookId < b.bookId ? -1 : 1));
  return { candidates, rarity };
}
