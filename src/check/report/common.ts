import type { Book } from '../../book/types.js';
import type { CheckedQuote, CheckReport, DiffOp } from '../types.js';
import { type PassageParagraph, readerPassage, readerWords, shownSpan } from './passage.js';

/** Shared by the text, Markdown and HTML renderers: labels, the book's passage, diffs. */

export function bookLabel(report: CheckReport): string {
  const t = report.book.title ?? `book ${report.book.id}`;
  return report.book.author ? `${t} (${report.book.author})` : t;
}

export function shorten(s: string, max = 160): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The book around a located quotation, as a reader sees it (see passage.ts); null when not located. */
export function bookPassage(book: Book, q: CheckedQuote): PassageParagraph[] | null {
  return q.location ? readerPassage(book.text, shownSpan(book.text, q.location, q.text)) : null;
}

/** The book's side of a diff step as a reader sees it (no `_italics_` underscores). */
export function bookSide(op: DiffOp): string {
  return readerWords(op.book);
}

/**
 * A diff written inline in plain text, as a correction of the review: `[-review words-]{+book words+}`
 * (the web page and the HTML report strike and insert the same way).
 */
export function diffInline(diff: readonly DiffOp[]): string {
  return diff
    .map((op) => {
      switch (op.type) {
        case 'same':
        case 'variant':
          return op.review;
        case 'changed':
          return `[-${op.review}-]{+${bookSide(op)}+}`;
        case 'added':
          return `[-${op.review}-]`;
        case 'missing':
          return `{+${bookSide(op)}+}`;
        case 'elided':
          return '[…]';
        case 'editorial':
          return op.review;
      }
      return '';
    })
    .join(' ');
}

export function hasWordChanges(diff: readonly DiffOp[] | null): boolean {
  return diff?.some((op) => op.type === 'changed' || op.type === 'added' || op.type === 'missing') ?? false;
}
