/**
 * Where an offset falls in a book: chapter, part, paragraph, sentence. Binary searches over the
 * sorted span lists of `Book.structure` (books have tens of thousands of sentences).
 */
import { findLastStartingAtOrBefore, findSpanIndex, type Span } from './span.js';
import type { Book, Chapter, Part } from './types.js';

/** Index of the chapter containing `offset`, or -1 (before the first chapter, or no chapters). */
export function chapterIndexAt(book: Book, offset: number): number {
  const chapters = book.structure.chapters;
  const i = findLastStartingAtOrBefore(chapters, offset);
  if (i < 0) return -1;
  const c = chapters[i]!;
  return offset < c.end || (offset === c.end && offset === book.text.length) ? i : -1;
}

export function chapterAt(book: Book, offset: number): Chapter | null {
  const i = chapterIndexAt(book, offset);
  return i < 0 ? null : book.structure.chapters[i]!;
}

export function partAt(book: Book, offset: number): Part | null {
  const parts = book.structure.parts;
  const i = findLastStartingAtOrBefore(parts, offset);
  if (i < 0) return null;
  const p = parts[i]!;
  return offset < p.end ? p : null;
}

export function paragraphIndexAt(book: Book, offset: number): number {
  return findSpanIndex(book.structure.paragraphs, offset);
}

/** The paragraph containing `offset`, or null when it falls in the whitespace between paragraphs. */
export function paragraphAt(book: Book, offset: number): Span | null {
  const i = paragraphIndexAt(book, offset);
  return i < 0 ? null : book.structure.paragraphs[i]!;
}

export function sentenceIndexAt(book: Book, offset: number): number {
  return findSpanIndex(book.structure.sentences, offset);
}

/** The sentence containing `offset`, or null when it falls between sentences. */
export function sentenceAt(book: Book, offset: number): Span | null {
  const i = sentenceIndexAt(book, offset);
  return i < 0 ? null : book.structure.sentences[i]!;
}

/** "Chapter 3" style label for a location, or null when the book has no chapters there. */
export function chapterLabel(book: Book, offset: number): string | null {
  const c = chapterAt(book, offset);
  return c ? c.title : null;
}
