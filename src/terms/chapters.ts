/**
 * The chapters `terms` counts in: the book's chapters, or the whole text as one when it has none. A
 * word belongs to the chapter whose span holds its start; front matter before the first chapter
 * counts with the first chapter, so every use is counted somewhere.
 */
import { findLastStartingAtOrBefore } from '../book/span.js';
import type { Book } from '../book/types.js';
import type { BookWords } from './book-words.js';
import type { TermsChapter } from './types.js';

export function termsChapters(book: Book, words: BookWords): TermsChapter[] {
  const chapters: TermsChapter[] =
    book.structure.chapters.length > 0
      ? book.structure.chapters.map((c, index) => ({
          index,
          title: c.title,
          start: c.start,
          end: c.end,
          words: 0,
        }))
      : [{ index: 0, title: 'Whole text', start: 0, end: book.text.length, words: 0 }];
  for (const start of words.starts) chapters[chapterAt(chapters, start)]!.words++;
  return chapters;
}

/** Index of the chapter an offset counts in (the last one starting at or before it; else the first). */
export function chapterAt(chapters: readonly TermsChapter[], offset: number): number {
  return Math.max(0, findLastStartingAtOrBefore(chapters, offset));
}
