import type { Book } from '../../book/types.js';
import type { BookDetail, BookListItem, TocEntry } from '../api-types.js';
import type { BookSummaryLike } from '../deps.js';

export function listItem(s: BookSummaryLike): BookListItem {
  return {
    id: s.id,
    title: s.title || 'Untitled',
    author: s.author ?? null,
    format: s.format,
    words: s.words,
    chapters: s.chapters,
    addedAt: new Date(s.addedAt).toISOString(),
    analysisStatus: s.analysisStatus,
    analysisError: s.analysisError ?? null,
  };
}

export function bookDetail(book: Book, summary: BookSummaryLike, toc: TocEntry[]): BookDetail {
  return { ...listItem(summary), length: book.text.length, toc, warnings: book.warnings };
}
