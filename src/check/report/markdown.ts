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

/** Markdown special characters escaped, so a quotation cannot turn into markup or a link. */
function md(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');
}

export function renderReportMarkdown(report: CheckReport, book: Book, reviewName = 'the review'): string {
  const out: string[] = [];
  out.push(`# Quotation check: ${md(reviewName)}`, '');
  out.push(`Checked against *${md(bookLabel(report))}*.`, '', `**${md(summaryLine(report))}**`, '');
  if (!report.speakerModel)
    out.push('_No speaker analysis for this book: attributions are not checked._', '');
  for (const w of report.warnings)
    out.push(`> Warning${w.line ? ` (line ${w.line})` : ''}: ${md(w.reason)}`, '');
  const wrongSpeaker = contradicted(report);
  if (wrongSpeaker.length > 0) {
    out.push(`## Attributions contradicted by the book (${wrongSpeaker.length})`, '');
    for (const q of wrongSpeaker) {
      out.push(`- **Line ${q.reviewLine}**: “${md(shorten(q.text, 120))}” — ${md(attributionLine(q) ?? '')}`);
    }
    out.push('');
  }
  for (const group of groupByVerdict(report)) {
    out.push(`## ${VERDICT_LABEL[group.verdict]} (${group.quotes.length})`, '');
    for (const q of group.quotes) {
      const where = whereLabel(q);
      out.push(
        `- **Line ${q.reviewLine}**${q.kind !== 'passage' ? ` (${q.kind})` : ''}: “${md(shorten(q.text, 200))}”`,
      );
      if (where) out.push(`  - Where: ${md(where)}`);
      if (q.verdict === 'not_checked') out.push(`  - ${md(q.kindReason)}`);
      const term = termLine(q);
      if (term) out.push(`  - ${md(term)}`);
      if (q.diff && hasWordChanges(q.diff)) out.push(`  - Diff: ${md(shorten(diffInline(q.diff), 400))}`);
      const ctx = contextLine(book, q);
      if (ctx) out.push(`  - Book: …${md(ctx.before)}**${md(ctx.match)}**${md(ctx.after)}…`);
      const attr = attributionLine(q);
      if (attr) out.push(`  - ${q.attribution === 'contradicted' ? '**Contradicted**: ' : ''}${md(attr)}`);
      for (const n of q.notes) out.push(`  - Note: ${md(n)}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
