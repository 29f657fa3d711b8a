import type { Book } from '../book/types.js';
import type { CheckedQuote, LibrarySource } from './types.js';

/**
 * The check's stage after attribute, elsewhere: for each passage this book does not have, the
 * library book that does (`verbatim find` across the library, given by the caller as
 * `findInLibrary`), so a report can say “not in this book, but in Middlemarch, chapter 3”.
 */

/** Finds a passage across the library; the book checked against may be among the answers (it is skipped). */
export type FindInLibrary = (passage: string) => LibrarySource[];

/** Quotations looked up per review: each look is a library query (~10–100 ms). */
const MAX_LOOKED_UP = 25;
/** Words a quotation needs to be looked up: a short line of common words is in many novels. */
const MIN_WORDS = 5;

export function findElsewhere(
  quotes: readonly CheckedQuote[],
  book: Book,
  findInLibrary: FindInLibrary | undefined,
): CheckedQuote[] {
  if (!findInLibrary) return [...quotes];
  let looked = 0;
  return quotes.map((q) => {
    if (q.kind !== 'passage' || q.verdict !== 'not_found' || looked >= MAX_LOOKED_UP) return q;
    if (q.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < MIN_WORDS) return q;
    looked++;
    const other = findInLibrary(q.text).find((s) => s.bookId !== book.id);
    return other ? { ...q, inLibraryBook: other } : q;
  });
}

/** The sentence every report shows for a quotation found in another library book. */
export function elsewhereSentence(q: Pick<CheckedQuote, 'inLibraryBook'>): string | null {
  const s = q.inLibraryBook;
  if (!s) return null;
  const title = s.title ? `“${s.title}”` : `book ${s.bookId.slice(0, 12)}`;
  const by = s.author ? ` by ${s.author}` : '';
  const how = s.verdict === 'verbatim' ? 'word for word' : 'closely (a few words differ)';
  const where = s.location.chapter ? `, ${s.location.chapter}` : '';
  return `in the library, ${title}${by} has it ${how}${where} (library id ${s.bookId.slice(0, 12)}, offsets ${s.location.start}–${s.location.end})`;
}
