import type { Span } from '../../book/span.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { isCastName } from './cast-names.js';
import type { CreditContext } from './site.js';

/**
 * The book's own names in the writer's text: where its title stands (a title names no person), and
 * whether a name is its author's ("― Jane Austen" credits the author, not a character).
 */

/** Where the book's title stands in the text (case aside), in order. */
export function titleSpans(text: string, title: string | null | undefined): Span[] {
  if (!title || title.trim().length < 3) return [];
  const escaped = escapeRegExp(title.trim()).replace(/\s+/g, '\\s+');
  return [...text.matchAll(new RegExp(escaped, 'giu'))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

export function isAuthorName(name: string, ctx: CreditContext): boolean {
  if (!ctx.bookAuthor) return false;
  if (/^(?:the|our)\s+(?:author|novelist)$/i.test(name.trim())) return true;
  // "Jane Austen" is the author even in a book with a Jane; "Austen" would be a character only if one is called so.
  if (isCastName(name, ctx.cast)) return false;
  const author = ctx.bookAuthor
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const words = name
    .toLowerCase()
    .replace(/^(?:mr|mrs|miss|ms|dr)\.?\s+/, '')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  // "Austen", "Jane Austen", "J. Austen": every word (or initial) of the name is the author's, and
  // the surname is there ("― Jane" credits a Jane, not Jane Austen).
  const surname = author[author.length - 1];
  return (
    words.length > 0 &&
    surname !== undefined &&
    words.includes(surname) &&
    words.every((w) => author.includes(w) || (w.length === 1 && author.some((a) => a.startsWith(w))))
  );
}
