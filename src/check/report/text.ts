import type { Book } from '../../book/types.js';
import type { CheckReport } from '../types.js';
import {
  attributionLine,
  bookLabel,
  contextLine,
  contradicted,
  diffInline,
  groupByVerdict,
  hasWordChanges,
  shorten,
  summaryLine,
  termLine,
  VERDICT_LABEL,
  whereLabel,
} from './common.js';

/** The terminal report: quotations grouped by verdict, each with chapter, a context line and its diff. */
export function renderReportText(report: CheckReport, book: Book, reviewName = 'the review'): string {
  const out: string[] = [];
  out.push(`Checked ${reviewName} against ${bookLabel(report)}`);
  out.push(summaryLine(report));
  if (!report.speakerModel) out.push('(no speaker analysis for this book: attributions are not checked)');
  for (const w of report.warnings) out.push(`warning${w.line ? ` (line ${w.line})` : ''}: ${w.reason}`);
  const wrongSpeaker = contradicted(report);
  if (wrongSpeaker.length > 0) {
    out.push('', `ATTRIBUTIONS CONTRADICTED BY THE BOOK (${wrongSpeaker.length})`);
    for (const q of wrongSpeaker)
      out.push(`  line ${q.reviewLine}: “${shorten(q.text, 100)}” — ${attributionLine(q)}`);
  }
  for (const group of groupByVerdict(report)) {
    out.push('', `${VERDICT_LABEL[group.verdict].toUpperCase()} (${group.quotes.length})`);
    for (const q of group.quotes) {
      const where = whereLabel(q);
      out.push(
        `  line ${q.reviewLine}${q.kind !== 'passage' ? ` [${q.kind}]` : ''}: “${shorten(q.text, 120)}”`,
      );
      if (where) out.push(`      in ${where}`);
      if (q.verdict === 'not_checked') out.push(`      ${q.kindReason}`);
      const term = termLine(q);
      if (term) out.push(`      ${term}`);
      if (q.diff && hasWordChanges(q.diff)) out.push(`      diff: ${shorten(diffInline(q.diff), 300)}`);
      const ctx = contextLine(book, q);
      if (ctx) out.push(`      book: …${ctx.before}«${ctx.match}»${ctx.after}…`);
      if (q.otherLocations.length > 0) out.push(`      also at ${q.otherLocations.length} other place(s)`);
      const attr = attributionLine(q);
      if (attr) out.push(`      ${q.attribution === 'contradicted' ? 'CONTRADICTED: ' : ''}${attr}`);
      for (const n of q.notes) out.push(`      note: ${n}`);
    }
  }
  return `${out.join('\n')}\n`;
}
