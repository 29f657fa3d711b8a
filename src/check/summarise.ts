import type { BookIndex } from './locate/book-index.js';
import { wordsOf } from './locate/words.js';
import type { CheckedQuote, CheckSummary, ReviewWarning } from './types.js';

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
  const words = wordsOf(reviewText).filter((w) => w.norm.length > 2 && !/^\d+$/.test(w.norm));
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

/** Warnings about the review as a whole, once every quotation is checked. */
export function reviewWarnings(quotes: readonly CheckedQuote[]): ReviewWarning[] {
  const out: ReviewWarning[] = [];
  if (quotes.length === 0) {
    out.push({
      ruleId: 'review/no-quotations',
      reason: 'the review quotes nothing: no quotations found',
      severity: 'info',
      line: null,
    });
  }
  return out;
}
