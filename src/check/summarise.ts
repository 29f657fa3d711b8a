import type { Book } from '../book/types.js';
import { isCreditedToOutsider } from './classify.js';
import type { BookIndex } from './locate/book-index.js';
import { countHeld, probesOf } from './locate/probe.js';
import { wordsOf } from './locate/words.js';
import type { CheckedQuote, CheckReport, CheckSummary, ReviewWarning } from './types.js';

/**
 * Stage 6 of the check, summarise: counts per kind, verdict and attribution, whether the check fails
 * (exit status 1), and the warnings about the review as a whole.
 */

function emptySummary(): CheckSummary {
  return {
    quotations: 0,
    byKind: { passage: 0, term: 0, external: 0, title: 0 },
    byVerdict: { verbatim: 0, altered: 0, not_found: 0, not_checked: 0 },
    byAttribution: { supported: 0, contradicted: 0, unknown: 0, none: 0 },
    hasProblems: false,
  };
}

export function summarise(quotes: readonly CheckedQuote[]): CheckSummary {
  const s = emptySummary();
  for (const q of quotes) {
    s.quotations++;
    s.byKind[q.kind]++;
    s.byVerdict[q.verdict]++;
    s.byAttribution[q.attribution]++;
    if (q.kind === 'passage' && (q.verdict === 'not_found' || q.verdict === 'altered')) s.hasProblems = true;
    if (q.attribution === 'contradicted') s.hasProblems = true;
  }
  return s;
}

/** A warning when the review and the book barely share a vocabulary (a review in another language). */
export function languageWarning(reviewText: string, index: BookIndex): ReviewWarning | null {
  const words = wordsOf(reviewText).filter((w) => w.norm.length > 2 && !allDigits(w.norm));
  if (words.length < 30) return null;
  const known = words.filter((w) => index.idOf.has(w.norm)).length;
  if (known / words.length >= 0.35) return null;
  return {
    ruleId: 'review/language',
    reason: `only ${Math.round((100 * known) / words.length)}% of the review's words occur in the book: is the review in another language than the book?`,
    severity: 'warning',
    line: null,
  };
}

/** /^\d+$/ for a non-empty word, without a regular expression per word of the review. */
function allDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export interface ReviewWarningOptions {
  /** The book checked against (never named as the other book). */
  book: Book;
  /**
   * Other books to look in when most quotations are not found (the library's other books), read
   * lazily: called only then, and read one at a time.
   */
  otherBooks?: () => Iterable<Book>;
}

/**
 * The warnings about the review as a whole, once every quotation is checked: `earlier` (the
 * extraction's and the language warning) with these added. A review found to be about another book
 * of the library is not also told it may be in another language (a novel of a small vocabulary
 * shares few words with a review of another); one in another language is not told it may be about
 * another book unless a book is found.
 */
export function reviewWarnings(
  quotes: readonly CheckedQuote[],
  options: ReviewWarningOptions,
  earlier: readonly ReviewWarning[] = [],
): ReviewWarning[] {
  const out = [...earlier];
  if (quotes.length === 0) {
    out.push({
      ruleId: 'review/no-quotations',
      reason: 'the review quotes nothing: no quotations found',
      severity: 'info',
      line: null,
    });
  }
  const other = otherBookWarning(quotes, options);
  const language = out.findIndex((w) => w.ruleId === 'review/language');
  if (other && other.expected !== undefined && language >= 0) out.splice(language, 1);
  if (other && (other.expected !== undefined || language < 0)) out.push(other);
  return out;
}

/**
 * "Most lines not found": at least this many, and at least two thirds of the lines searched for. A
 * review quoting a film line or two, or misremembering a few, is still about the book; a check
 * against the wrong book finds next to nothing. (Over the 75 generated reviews of eval:check, where
 * one line in seven is planted from another novel, half of them gave 1 warning, two thirds none.)
 */
const MIN_NOT_FOUND = 3;
const MIN_NOT_FOUND_SHARE = 2 / 3;
/** Bounds on the look in other books: quotations probed, and books looked in. */
const MAX_PROBED_QUOTES = 12;
const MAX_OTHER_BOOKS = 50;
/** Another book is named when it holds at least this many of the probed quotations, and half of them. */
const MIN_HELD = 2;

/**
 * `review/other-book`: most of the review's passages are not in the book. When one of `otherBooks`
 * holds most of them, it is named; the look is cheap and bounded (`probe.ts`: a dozen quotations,
 * fifty books, no index built).
 */
export function otherBookWarning(
  quotes: readonly CheckedQuote[],
  options: ReviewWarningOptions,
): ReviewWarning | null {
  // The lines searched for: passages, and lines credited to names this book does not know (which,
  // checked against the wrong book, is what most credited lines become).
  const searched = quotes.filter(
    (q) => q.kind === 'passage' || (q.kind === 'external' && isCreditedToOutsider(q.kindReason)),
  );
  const missing = searched.filter((q) => q.verdict === 'not_found' || q.kind === 'external');
  if (missing.length < MIN_NOT_FOUND || missing.length < searched.length * MIN_NOT_FOUND_SHARE) return null;
  const head = `${missing.length} of the ${searched.length} lines quoted are not in this book`;
  const other = options.otherBooks ? bookHolding(missing, options.book, options.otherBooks) : null;
  if (!other) {
    return {
      ruleId: 'review/other-book',
      reason: `${head}: is the review about another book, or does it quote another edition or a translation?`,
      severity: 'warning',
      line: null,
    };
  }
  const title = other.book.metadata.title ? `“${other.book.metadata.title}”` : 'another book';
  const by = other.book.metadata.author ? ` by ${other.book.metadata.author}` : '';
  return {
    ruleId: 'review/other-book',
    reason: `${head}; ${other.held} of ${other.probed} looked for are in ${title}${by} (library id ${other.book.id.slice(0, 12)}): is the review about that book?`,
    severity: 'warning',
    line: null,
    expected: other.book.id,
  };
}

function bookHolding(
  missing: readonly CheckedQuote[],
  book: Book,
  otherBooks: () => Iterable<Book>,
): { book: Book; held: number; probed: number } | null {
  const probes = missing
    .map((q) => probesOf(q.text))
    .filter((p) => p.length > 0)
    .slice(0, MAX_PROBED_QUOTES);
  if (probes.length < MIN_HELD) return null;
  let best: { book: Book; held: number; probed: number } | null = null;
  let looked = 0;
  for (const other of otherBooks()) {
    if (other.id === book.id || other.hash === book.hash) continue;
    if (++looked > MAX_OTHER_BOOKS) break;
    const held = countHeld(other.text.toLowerCase(), probes);
    if (held >= MIN_HELD && held * 2 >= probes.length && (!best || held > best.held)) {
      best = { book: other, held, probed: probes.length };
    }
  }
  return best;
}

/**
 * For a report made where `otherBooks` could not be given (the server checks in worker threads):
 * names the other book in its `review/other-book` warning, if one of `otherBooks` holds the quotations.
 */
export function nameOtherBook(
  report: CheckReport,
  book: Book,
  otherBooks: () => Iterable<Book>,
): CheckReport {
  const at = report.warnings.findIndex((w) => w.ruleId === 'review/other-book' && w.expected === undefined);
  if (at < 0) return report;
  const named = otherBookWarning(report.quotes, { book, otherBooks });
  if (!named || named.expected === undefined) return report;
  const warnings = [...report.warnings];
  warnings[at] = named;
  return { ...report, warnings };
}
