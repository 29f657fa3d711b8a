import type { Book } from '../../book/types.js';
import type { CheckedQuote, CheckReport, DiffOp, Verdict } from '../types.js';

/** Shared by the text, Markdown and HTML renderers: grouping, labels, the book context of a location. */

export const VERDICT_ORDER: readonly Verdict[] = ['not_found', 'altered', 'verbatim', 'not_checked'];

export const VERDICT_LABEL: Record<Verdict, string> = {
  not_found: 'Not found in the book',
  altered: 'Altered (words differ from the book)',
  verbatim: 'Verbatim',
  not_checked: 'Not checked (credited outside the book, or a title)',
};

export function groupByVerdict(report: CheckReport): { verdict: Verdict; quotes: CheckedQuote[] }[] {
  return VERDICT_ORDER.map((verdict) => ({
    verdict,
    quotes: report.quotes.filter((q) => q.verdict === verdict),
  })).filter((g) => g.quotes.length > 0);
}

/** One line of the book around a location: "…before [quoted words] after…", whitespace collapsed. */
export function contextLine(
  book: Book,
  q: CheckedQuote,
  width = 50,
): { before: string; match: string; after: string } | null {
  if (!q.location) return null;
  const { start, end } = q.location;
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(book.text.slice(Math.max(0, start - width * 2), start)).slice(-width);
  let match = flat(book.text.slice(start, end));
  if (match.length > 160) match = `${match.slice(0, 75)} … ${match.slice(-75)}`;
  const after = flat(book.text.slice(end, end + width * 2)).slice(0, width);
  return { before, match, after };
}

export function shorten(s: string, max = 160): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A diff written inline in plain text: [-book words-]{+review words+}. */
export function diffInline(diff: readonly DiffOp[]): string {
  return diff
    .map((op) => {
      switch (op.type) {
        case 'same':
        case 'variant':
          return op.review;
        case 'changed':
          return `[-${op.book}-]{+${op.review}+}`;
        case 'added':
          return `{+${op.review}+}`;
        case 'missing':
          return `[-${op.book}-]`;
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

export function attributionLine(q: CheckedQuote): string | null {
  // A critic or a newspaper is credited, not a character: nothing to say about who speaks.
  if (q.attribution === 'none' || q.kind === 'external') return null;
  const claim = q.claimedSpeaker ?? 'someone';
  switch (q.attribution) {
    case 'supported':
      return `credited to ${claim}: the book agrees${q.bookSpeaker ? ` (${q.bookSpeaker})` : ''}`;
    case 'contradicted':
      return `credited to ${claim}, but in the book ${q.bookSpeaker ?? 'someone else'} says it`;
    default:
      return `credited to ${claim}: ${q.bookSpeaker ? `the book's speaker model is unsure (maybe ${q.bookSpeaker})` : 'not checked (narration, no speaker model, or not found)'}`;
  }
}

export function summaryLine(report: CheckReport): string {
  const s = report.summary;
  const v = s.byVerdict;
  const a = s.byAttribution;
  const parts = [
    `${s.quotations} quotation${s.quotations === 1 ? '' : 's'}`,
    `${v.verbatim} verbatim`,
    `${v.altered} altered`,
    `${v.not_found} not found`,
    `${v.not_checked} not checked`,
  ];
  const attr = `attributions: ${a.supported} supported, ${a.contradicted} contradicted, ${a.unknown} unknown`;
  return `${parts.join(', ')}; ${attr}`;
}

export function bookLabel(report: CheckReport): string {
  const t = report.book.title ?? `book ${report.book.id}`;
  return report.book.author ? `${t} (${report.book.author})` : t;
}

export function whereLabel(q: CheckedQuote): string {
  if (!q.location) return '';
  return q.location.chapter ?? `offset ${q.location.start}`;
}

export function termLine(q: CheckedQuote): string | null {
  if (q.kind !== 'term' || q.occurrences === null) return null;
  return q.occurrences > 0
    ? `the book uses it ${q.occurrences} time${q.occurrences === 1 ? '' : 's'}`
    : 'the book never uses it';
}

/** Quotations whose attribution the book contradicts: listed first, they fail the check like misquotes. */
export function contradicted(report: CheckReport): CheckedQuote[] {
  return report.quotes.filter((q) => q.attribution === 'contradicted');
}
