import type { Book } from '../book/types.js';
import { buildPattern } from '../check/locate/index.js';
import { STOPWORDS, wordsOf } from '../check/locate/words.js';
import type { Library } from '../store/library.js';
import { rankBooks, wordWeight } from './candidates.js';
import { anchorsOf, orderEvidence } from './order.js';
import { placeInBook } from './place.js';
import { FIND_INDEX_VERSION } from './stored.js';
import type { FindMatch, FindResult } from './types.js';

/**
 * `find`: which of the library's books hold a passage, or a close variant of it, in three stages:
 * 1. candidates (candidates.ts) the books holding most of the passage's words, weighted by rarity;
 * 2. order      (order.ts)      of those, the books having its rarest words at its distances;
 * 3. place      (place.ts)      in the best few, the checker's locate stage at that stretch:
 *                               verbatim, altered (with the diff), or not there.
 * The library's word table must be built first (library-index.ts `ensureFindIndex`).
 */

export interface FindOptions {
  /** Books compared word for word at most (default `MAX_COMPARED`). */
  maxCompared?: number;
  /** Reads a library book (default `library.getBook`); a long-lived caller passes a cache. */
  loadBook?: (id: string) => Book | null;
  /** A book not to look in: `check` asks about passages its own book does not have. Default none. */
  skipBook?: string;
}

/**
 * Passages are searched by their first this-many words: enough to tell any two novels apart (a
 * quotation of 10 words is found at 0.99+, eval/results/find.md) and to bound a 5,000-word paste.
 */
export const MAX_PASSAGE_WORDS = 200;
/** Books judged by the locate stage, best in order first. */
export const MAX_COMPARED = 3;
/** Books whose word order is looked at (stage 2), best-covered first. */
const MAX_ORDERED = 120;
/**
 * A candidate is compared only when it holds at least this share of the best candidate's rarity-
 * weighted words: the book a passage comes from holds all of them (but a changed word or two).
 */
const MIN_COVERAGE_OF_BEST = 0.5;
/**
 * A book is judged word for word (stage 3) when its passage words in order weigh at least this share
 * of the best book's: another edition has them all; a novel sharing a few common words, far fewer.
 */
const MIN_ORDER_OF_BEST = 0.7;
/** A passage of fewer words than this, all of them common, cannot tell books apart. */
const MIN_COMMON_WORDS = 3;

export function findPassage(library: Library, passage: string, options: FindOptions = {}): FindResult {
  const words = wordsOf(passage);
  const searched = words.slice(0, MAX_PASSAGE_WORDS);
  const text =
    searched.length > 0 ? passage.slice(searched[0]!.start, searched[searched.length - 1]!.end) : '';
  const booksInLibrary = library.findIndexedBooks(FIND_INDEX_VERSION).length;
  const result: FindResult = {
    schema: 'verbatim-find/1',
    passage: text,
    status: 'not_found',
    words: words.length,
    searchedWords: searched.length,
    booksInLibrary,
    booksCompared: 0,
    matches: [],
    notes: [],
  };
  if (words.length > MAX_PASSAGE_WORDS) {
    result.notes.push(
      `the passage has ${words.length.toLocaleString('en')} words; its first ${MAX_PASSAGE_WORDS} were searched`,
    );
  }
  if (booksInLibrary === 0) return { ...result, status: 'empty_library' };
  const distinct = [...new Set(searched.map((w) => w.norm))];
  const wordsInLibrary = library.findWordTotal(FIND_INDEX_VERSION);
  const { candidates, rarity } = rankBooks(library, distinct, wordsInLibrary);
  const common = distinct.every(
    (w) => STOPWORDS.has(w) || (booksInLibrary >= 4 && rarity.get(w)!.books * 2 > booksInLibrary),
  );
  if (searched.length < MIN_COMMON_WORDS && common) {
    const held = Math.max(0, ...distinct.map((w) => rarity.get(w)!.books));
    result.notes.push(
      `“${text}” is in ${held} of the ${booksInLibrary} books: too common to say where it comes from; give a longer passage`,
    );
    return { ...result, status: 'too_common' };
  }
  const best = candidates[0]?.coverage ?? 0;
  const sequence = searched.map((w) => w.norm);
  const usesOf = (w: string) => rarity.get(w)?.uses ?? 0;
  const anchors = anchorsOf(library, sequence, usesOf, (w) => wordWeight(usesOf(w), wordsInLibrary));
  const coverageOf = new Map(candidates.map((c) => [c.bookId, c.coverage]));
  const ordered = candidates
    .filter((c) => c.coverage >= best * MIN_COVERAGE_OF_BEST && c.bookId !== options.skipBook)
    .slice(0, MAX_ORDERED)
    .map((c) => orderEvidence(c.bookId, anchors, sequence.length))
    .sort((a, b) => b.inOrder - a.inOrder || coverageOf.get(b.bookId)! - coverageOf.get(a.bookId)!);
  // The books with the passage's words in order as nearly as the best one: its editions, a repeated line.
  const bestOrder = ordered[0]?.inOrder ?? 0;
  const compared = ordered
    .filter((o) => o.inOrder > 0 && o.inOrder >= bestOrder * MIN_ORDER_OF_BEST)
    .slice(0, options.maxCompared ?? MAX_COMPARED);
  const pattern = buildPattern(text, [{ start: 0, end: text.length }]);
  const loadBook = options.loadBook ?? ((id: string) => library.getBook(id));
  const found: (FindMatch & { coverage: number })[] = [];
  for (const c of compared) {
    const placed = placeInBook(library, c.bookId, c.starts, pattern, loadBook);
    if (!placed) continue;
    const { book, located } = placed;
    const location = located.location!;
    found.push({
      bookId: book.id,
      title: book.metadata.title,
      author: book.metadata.author,
      verdict: located.verdict === 'verbatim' ? 'verbatim' : 'altered',
      score: Math.round(located.score * 1000) / 1000,
      location,
      bookText: book.text.slice(location.start, location.end),
      diff: located.verdict === 'altered' ? located.diff : null,
      coverage: coverageOf.get(c.bookId)!,
    });
  }
  found.sort(
    (a, b) =>
      Number(b.verdict === 'verbatim') - Number(a.verdict === 'verbatim') ||
      b.score - a.score ||
      b.coverage - a.coverage,
  );
  const matches = found.map(({ coverage: _, ...m }) => m);
  return {
    ...result,
    status: matches.length > 0 ? 'found' : 'not_found',
    booksCompared: compared.length,
    matches,
  };
}
