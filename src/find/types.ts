import type { DiffOp, QuoteLocation, Verdict } from '../check/types.js';

/**
 * What `verbatim find` answers (also its `--format json`, schema `verbatim-find/1`): the library's
 * books that hold a passage or a close variant of it, best first, each with the place (half-open
 * UTF-16 offsets into the book's text, as everywhere) and how the words differ.
 */
export interface FindResult {
  schema: 'verbatim-find/1';
  /** The passage as searched (the first `searchedWords` words of what was given). */
  passage: string;
  /**
   * `found`: at least one book holds it; `not_found`: none does; `too_common`: its words are in
   * most books and too few to tell them apart ("the"); `empty_library`: no book to look in.
   */
  status: 'found' | 'not_found' | 'too_common' | 'empty_library';
  /** Words in the passage as given, and how many of them were searched (see `MAX_PASSAGE_WORDS`). */
  words: number;
  searchedWords: number;
  /** Books in the library, and how many were looked at word for word (the rest lack the passage's rare words). */
  booksInLibrary: number;
  booksCompared: number;
  matches: FindMatch[];
  /** Things to know about the search, in a sentence each (a passage cut short, a common passage). */
  notes: string[];
}

export interface FindMatch {
  bookId: string;
  title: string | null;
  author: string | null;
  /** `verbatim` (word for word, modulo typography and spelling) or `altered` (a close variant). */
  verdict: Extract<Verdict, 'verbatim' | 'altered'>;
  /** 0..1: share of the passage's words found in order at the place. */
  score: number;
  location: QuoteLocation;
  /** The book's words at the place. */
  bookText: string;
  /** Word diff passage → book when altered (as `check` shows it), else null. */
  diff: DiffOp[] | null;
}
