import { findLastStartingAtOrBefore } from '../../book/span.js';
import type { Book } from '../../book/types.js';
import type { TocEntry } from '../api-types.js';

/** The table of contents the reader shows: one entry per chapter, or one for the whole text. */
export function tableOfContents(book: Book): TocEntry[] {
  const { chapters, parts } = book.structure;
  if (chapters.length === 0) {
    return [
      {
        index: 0,
        title: book.metadata.title ?? 'Text',
        start: 0,
        end: book.text.length,
        headingEnd: 0,
        part: null,
      },
    ];
  }
  return chapters.map((ch) => ({
    index: ch.index,
    title: ch.title,
    start: ch.start,
    end: ch.end,
    headingEnd: ch.heading.end,
    part: ch.part === null ? null : (parts[ch.part]?.title ?? null),
  }));
}

/** The table-of-contents entry that holds an offset (text before the first chapter counts as the first). */
export function tocEntryAt(toc: readonly TocEntry[], offset: number): TocEntry | null {
  if (toc.length === 0) return null;
  const i = findLastStartingAtOrBefore(toc, offset);
  return toc[Math.max(0, i)] ?? null;
}
