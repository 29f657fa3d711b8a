import type { Book } from '../../book/types.js';
import type { CheckedQuote, CheckReport } from '../types.js';
import { bookLabel, bookPassage, diffInline, hasWordChanges, shorten } from './common.js';
import { namesSection } from './names.js';
import type { PassageParagraph, PassageRun } from './passage.js';
import { countsLine, headline, isReviewLevel, sections, warningSentence } from './summary.js';
import { describeQuote } from './wording.js';

/** Markdown special characters escaped, so a quotation cannot turn into markup or a link. */
function md(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');
}

/** A run with its emphasis: `*italic*`, `**quoted**`; spaces kept outside the markers so they parse. */
function runMd(r: PassageRun): string {
  const lead = /^\s*/.exec(r.text)?.[0] ?? '';
  const trail = /\s*$/.exec(r.text.slice(lead.length))?.[0] ?? '';
  const body = r.text.slice(lead.length, r.text.length - trail.length);
  if (!body) return r.text;
  const mark = `${r.match ? '**' : ''}${r.italic ? '*' : ''}`;
  return `${lead}${mark}${md(body)}${[...mark].reverse().join('')}${trail}`;
}

/** The book's passage: one line per paragraph, joined by Markdown hard line breaks inside the list item. */
function passageMd(paragraphs: readonly PassageParagraph[]): string {
  return paragraphs.map((p) => p.map(runMd).join('')).join('\\\n    ');
}

function quoteMd(q: CheckedQuote, book: Book, report: CheckReport): string[] {
  const s = describeQuote(q, report.reviewLineUnit);
  const place = s.place.charAt(0).toUpperCase() + s.place.slice(1);
  const how = s.setOff ? ` (${md(s.setOff)})` : '';
  const out = [
    `- **${place}**${how}${q.kind !== 'passage' ? ` (${q.kind})` : ''}: “${md(shorten(q.text, 200))}”`,
  ];
  if (q.verdict === 'not_checked') out.push(`  - ${md(s.verdict.text)}`);
  if (s.where) out.push(`  - Where: ${md(s.where)}`);
  if (s.term) out.push(`  - ${md(s.term)}`);
  if (q.diff && hasWordChanges(q.diff))
    out.push(`  - Diff (review → book): ${md(shorten(diffInline(q.diff), 400))}`);
  const passage = bookPassage(book, q);
  if (passage && passage.length > 0) out.push(`  - Book: ${passageMd(passage)}`);
  if (s.attribution) {
    out.push(`  - ${s.attribution.tone === 'problem' ? '**Wrong speaker**: ' : ''}${md(s.attribution.text)}`);
  }
  if (s.addressee) {
    out.push(`  - ${s.addressee.tone === 'problem' ? '**Wrong addressee**: ' : ''}${md(s.addressee.text)}`);
  }
  for (const n of s.notes) out.push(`  - Note: ${md(n)}`);
  return out;
}

export function renderReportMarkdown(report: CheckReport, book: Book, reviewName = 'the review'): string {
  const out: string[] = [];
  out.push(`# Quotation check: ${md(reviewName)}`, '');
  out.push(`Checked against *${md(bookLabel(report))}*.`, '');
  for (const w of report.warnings.filter(isReviewLevel)) {
    out.push(`> **${w.severity === 'info' ? 'Note' : 'Warning'}**: ${md(w.reason)}`, '');
  }
  out.push(`**${md(headline(report))}**`, '', md(countsLine(report)), '');
  if (!report.speakerModel)
    out.push('_No speaker analysis for this book: attributions are not checked._', '');
  const placed = report.warnings.filter((w) => !isReviewLevel(w));
  if (placed.length > 0) {
    for (const w of placed) out.push(`- ${md(warningSentence(w, report.reviewLineUnit))}`);
    out.push('');
  }
  for (const section of sections(report)) {
    out.push(`## ${section.title} (${section.quotes.length})`, '');
    for (const q of section.quotes) out.push(...quoteMd(q, book, report));
    out.push('');
  }
  const names = namesSection(report);
  if (names) {
    out.push(`## ${names.title} (${names.count})`, '', md(names.summary), '');
    for (const g of names.groups) out.push(`- **${md(g.label)}**: ${md(g.names.join(', '))}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
