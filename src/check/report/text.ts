import type { Book } from '../../book/types.js';
import type { CheckedQuote, CheckReport } from '../types.js';
import { bookLabel, bookPassage, diffInline, hasWordChanges, shorten } from './common.js';
import { namesSection } from './names.js';
import { plainPassage } from './passage.js';
import { countsLine, headline, isReviewLevel, sections, warningSentence } from './summary.js';
import { describeQuote } from './wording.js';

const INDENT = '      ';

function quoteLines(q: CheckedQuote, book: Book, report: CheckReport): string[] {
  const s = describeQuote(q, report.reviewLineUnit);
  const how = s.setOff ? ` (${s.setOff})` : '';
  const out = [`  ${s.place}${how}${q.kind !== 'passage' ? ` [${q.kind}]` : ''}: “${shorten(q.text, 120)}”`];
  if (q.verdict === 'not_checked') out.push(`${INDENT}${s.verdict.text}`);
  if (s.where) out.push(`${INDENT}in ${s.where}`);
  if (s.term) out.push(`${INDENT}${s.term}`);
  if (q.diff && hasWordChanges(q.diff))
    out.push(`${INDENT}diff (review → book): ${shorten(diffInline(q.diff), 300)}`);
  const passage = bookPassage(book, q);
  if (passage && passage.length > 0) {
    // A new paragraph of the book on a line of its own, under the first.
    const [first, ...rest] = plainPassage(passage, '\n', ['«', '»']).split('\n');
    out.push(`${INDENT}book: ${first}`, ...rest.map((p) => `${INDENT}      ${p}`));
  }
  if (q.otherLocations.length > 0 && q.kind === 'passage') {
    out.push(
      `${INDENT}also at ${q.otherLocations.length} other place${q.otherLocations.length === 1 ? '' : 's'}`,
    );
  }
  if (s.attribution) {
    out.push(`${INDENT}${s.attribution.tone === 'problem' ? 'WRONG SPEAKER: ' : ''}${s.attribution.text}`);
  }
  if (s.addressee) {
    out.push(`${INDENT}${s.addressee.tone === 'problem' ? 'WRONG ADDRESSEE: ' : ''}${s.addressee.text}`);
  }
  for (const n of s.notes) out.push(`${INDENT}note: ${n}`);
  return out;
}

/** The terminal report: what is wrong first, then every quotation by section, each with its evidence. */
export function renderReportText(report: CheckReport, book: Book, reviewName = 'the review'): string {
  const out: string[] = [];
  out.push(`Checked ${reviewName} against ${bookLabel(report)}`);
  for (const w of report.warnings.filter(isReviewLevel)) out.push(`${w.severity.toUpperCase()}: ${w.reason}`);
  out.push(headline(report), `(${countsLine(report)})`);
  if (!report.speakerModel) out.push('(no speaker analysis for this book: attributions are not checked)');
  for (const w of report.warnings.filter((w) => !isReviewLevel(w))) {
    out.push(warningSentence(w, report.reviewLineUnit));
  }
  for (const section of sections(report)) {
    out.push('', `${section.title.toUpperCase()} (${section.quotes.length})`);
    for (const q of section.quotes) out.push(...quoteLines(q, book, report));
  }
  const names = namesSection(report);
  if (names) {
    out.push('', `${names.title.toUpperCase()} (${names.count})`, `  ${names.summary}`);
    for (const g of names.groups) out.push(`  ${g.label.toLowerCase()}: ${g.names.join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}
