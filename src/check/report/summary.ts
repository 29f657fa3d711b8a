import type { CheckedQuote, CheckReport, ReviewWarning } from '../types.js';
import { andList, placeLabel, plural, problemOf, type QuoteProblem } from './wording.js';

/**
 * The report as a whole, as every format shows it: its sections in order, the headline, the counts
 * line and the review-level warnings. The sentences for each quotation are wording.ts's.
 */

/** The report's sections, problems first; each quotation is in exactly one. */
export type SectionId = QuoteProblem | 'verbatim' | 'terms' | 'not_checked';

export const SECTIONS: readonly { id: SectionId; title: string; blurb: string }[] = [
  { id: 'not_found', title: 'Not found in the book', blurb: 'No passage of the book has these words.' },
  { id: 'altered', title: 'Misquoted', blurb: 'Found, but the words differ from the book.' },
  {
    id: 'wrong_speaker',
    title: 'Credited to the wrong speaker',
    blurb: 'Quoted exactly, but the book gives the line to someone else.',
  },
  { id: 'verbatim', title: 'Quoted exactly', blurb: 'Found in the book as written.' },
  {
    id: 'terms',
    title: 'Words in quotation marks',
    blurb: 'A word or short phrase the writer sets off: how often the book uses it.',
  },
  {
    id: 'not_checked',
    title: 'Not checked',
    blurb: 'Titles, or words credited to someone outside the book.',
  },
];

export function sectionOf(q: CheckedQuote): SectionId {
  const problem = problemOf(q);
  if (problem) return problem;
  if (q.kind === 'term') return 'terms';
  if (q.verdict === 'not_checked') return 'not_checked';
  return 'verbatim';
}

/** The quotations of each non-empty section, in the review's order within a section. */
export function sections(
  report: CheckReport,
): { id: SectionId; title: string; blurb: string; quotes: CheckedQuote[] }[] {
  return SECTIONS.map((s) => ({ ...s, quotes: report.quotes.filter((q) => sectionOf(q) === s.id) })).filter(
    (s) => s.quotes.length > 0,
  );
}

/** What is wrong with the review, in one sentence. */
export function headline(report: CheckReport): string {
  const n = report.quotes.length;
  if (n === 0) return 'The review quotes nothing from the book.';
  const count: Record<QuoteProblem, number> = { not_found: 0, altered: 0, wrong_speaker: 0 };
  let withProblem = 0;
  for (const q of report.quotes) {
    if (problemOf(q)) withProblem++;
    if (q.kind === 'passage' && q.verdict === 'not_found') count.not_found++;
    if (q.kind === 'passage' && q.verdict === 'altered') count.altered++;
    if (q.attribution === 'contradicted') count.wrong_speaker++;
  }
  // (credits the book could settle: not on words it does not have, nor an author's, which says who
  // wrote the words and not who speaks them; probe rounds AF287–AF289 read "cannot settle 2
  // credits" of an invented line and "— Anthony Hope")
  const unsure = report.quotes.filter(
    (q) =>
      q.attribution === 'unknown' &&
      q.kind === 'passage' &&
      q.verdict !== 'not_found' &&
      q.verdict !== 'not_checked' &&
      q.credit?.kind !== 'author',
  ).length;
  const unsureTail = unsure > 0 ? ` The book cannot settle ${plural(unsure, 'credit')}.` : '';
  const isAre = (k: number) => (k === 1 ? 'is' : 'are');
  if (withProblem === 0) {
    const exact = report.quotes.filter((q) => q.kind === 'passage' && q.verdict === 'verbatim').length;
    const supported = report.summary.byAttribution.supported;
    if (exact === 0) {
      return `No problems found: ${n === 1 ? 'the one quotation is a term, a title or words' : `the ${n} quotations are terms, titles or words`} from outside the book.${unsureTail}`;
    }
    const which =
      n === 1 ? 'the one quotation' : exact === n ? `all ${n} quotations` : `${exact} of ${n} quotations`;
    const agreed =
      supported === 0
        ? ''
        : `, and the book agrees with ${n === 1 ? 'its credit' : plural(supported, 'credit')}`;
    return `No problems found: ${which} ${isAre(exact)} in the book word for word${agreed}.${unsureTail}`;
  }
  const phrases: Record<QuoteProblem, string> = {
    not_found: 'not in the book',
    altered: 'misquoted',
    wrong_speaker: 'credited to the wrong speaker',
  };
  const found = (Object.keys(phrases) as QuoteProblem[]).filter((p) => count[p] > 0);
  if (n === 1) {
    return `The one quotation needs attention: it is ${andList(found.map((p) => phrases[p]))}.${unsureTail}`;
  }
  const parts = found.map((p) => `${count[p]} ${isAre(count[p])} ${phrases[p]}`);
  return `${withProblem} of ${n} quotations ${withProblem === 1 ? 'needs' : 'need'} attention: ${andList(parts)}.${unsureTail}`;
}

/** The counts in full, under the headline. */
export function countsLine(report: CheckReport): string {
  const s = report.summary;
  const v = s.byVerdict;
  const a = s.byAttribution;
  // (the headline counts passages the book lacks; a word in quotation marks it lacks is counted here
  // too, and said so: "1 is not in the book" over "2 not found" read as a contradiction, probe rounds
  // AF247, AF248)
  const notPassages = report.quotes.filter((q) => q.kind !== 'passage' && q.verdict === 'not_found').length;
  const what =
    notPassages === 1 ? 'a word, term or title, not a passage' : 'words, terms or titles, not passages';
  const some = notPassages === v.not_found ? '' : `${notPassages} of them `;
  const ofThem = notPassages === 0 ? '' : ` (${some}${what})`;
  return (
    `${plural(s.quotations, 'quotation')}: ${v.verbatim} verbatim, ${v.altered} altered, ${v.not_found} not found${ofThem}, ` +
    `${v.not_checked} not checked; attributions: ${a.supported} supported, ${a.contradicted} contradicted, ${a.unknown} unknown`
  );
}

/** A warning about the review as a whole (no place in it): shown first and prominently. */
export function isReviewLevel(w: ReviewWarning): boolean {
  return w.line === null || w.ruleId.startsWith('review/');
}

/** "warning, line 3: the opening “ is never closed" */
export function warningSentence(w: ReviewWarning, unit: CheckReport['reviewLineUnit']): string {
  return `${w.severity}${w.line !== null ? `, ${placeLabel(unit, w.line)}` : ''}: ${w.reason}`;
}
