import type { Book } from '../book/types.js';
import { isCreditedToOutsider } from './classify.js';
import { nameOtherBook } from './summarise.js';
import type { CheckedQuote, CheckReport, LibrarySource } from './types.js';

/**
 * The check's stage after attribute, elsewhere: for each passage this book does not have, the
 * library book that does (`verbatim find` across the library, given by the caller as
 * `findInLibrary`), so a report can say “not in this book, but in Middlemarch, chapter 3”.
 */

/**
 * Finds a passage across the library, not looking in `skipBook` (the book checked against, which
 * has already said it does not have it); answers from that book, if any, are passed over anyway.
 */
export type FindInLibrary = (passage: string, skipBook?: string) => LibrarySource[];

/** Quotations looked up per review: each look is a library query (~10–100 ms). */
const MAX_LOOKED_UP = 25;
/** Words a quotation needs to be looked up: a short line of common words is in many novels. */
const MIN_WORDS = 5;

/**
 * Whether a quotation is one the library is asked about, long enough to tell: a passage not in the
 * book, or a line credited to someone the book never names that it does not have ("Mr. Darcy tells
 * her, “Call me Ishmael…”" checked against Persuasion: the credit and the words are both another
 * book's). A critic's words credited the same way are looked up for nothing, at the cost of a query.
 */
function worthLookingUp(q: CheckedQuote): boolean {
  const notInBook =
    (q.kind === 'passage' && q.verdict === 'not_found') ||
    (q.kind === 'external' && isCreditedToOutsider(q.kindReason));
  if (!notInBook) return false;
  return q.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= MIN_WORDS;
}

/** The quotations (their indices) a check asks the library about, the first MAX_LOOKED_UP. */
export function lookupsOf(quotes: readonly CheckedQuote[]): number[] {
  const at: number[] = [];
  quotes.forEach((q, i) => {
    if (at.length < MAX_LOOKED_UP && worthLookingUp(q)) at.push(i);
  });
  return at;
}

/** The quotations with the library's answers (`answers[k]` for the quotation at `lookups[k]`). */
function withAnswers(
  quotes: readonly CheckedQuote[],
  book: Book,
  lookups: readonly number[],
  answers: readonly LibrarySource[][],
): CheckedQuote[] {
  const out = [...quotes];
  lookups.forEach((i, k) => {
    const other = answers[k]?.find((s) => s.bookId !== book.id);
    if (other) out[i] = { ...out[i]!, inLibraryBook: other };
  });
  return out;
}

export function findElsewhere(
  quotes: readonly CheckedQuote[],
  book: Book,
  findInLibrary: FindInLibrary | undefined,
): CheckedQuote[] {
  if (!findInLibrary) return [...quotes];
  const lookups = lookupsOf(quotes);
  return withAnswers(
    quotes,
    book,
    lookups,
    lookups.map((i) => findInLibrary(quotes[i]!.text, book.id)),
  );
}

/** What the library can tell a check: its other books, and where a passage is (`verbatim find`). */
export interface LibraryLookups {
  otherBooks?: () => Iterable<Book>;
  findInLibrary?: FindInLibrary;
}

/**
 * For a check run where the library cannot be read (the server's worker threads): whether its report
 * still has questions for the library — a passage not in the book to look up, or a review-level
 * "another book?" warning without its book.
 */
export function needsLibrary(report: CheckReport): boolean {
  return (
    lookupsOf(report.quotes).length > 0 ||
    report.warnings.some((w) => w.ruleId === 'review/other-book' && w.expected === undefined)
  );
}

/**
 * The library's part of a check, done after the rest (by the server, on a worker's report). Each
 * look-up (10–100 ms) is its own turn of the event loop, so the server's other requests are answered
 * between them.
 */
export async function askLibrary(
  report: CheckReport,
  book: Book,
  library: LibraryLookups,
): Promise<CheckReport> {
  let quotes = report.quotes;
  const find = library.findInLibrary;
  if (find) {
    const lookups = lookupsOf(quotes);
    const answers: LibrarySource[][] = [];
    for (const i of lookups) {
      await new Promise((resolve) => setImmediate(resolve));
      answers.push(find(quotes[i]!.text, book.id));
    }
    quotes = withAnswers(quotes, book, lookups, answers);
  }
  const answered = { ...report, quotes };
  return library.otherBooks ? nameOtherBook(answered, book, library.otherBooks) : answered;
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
