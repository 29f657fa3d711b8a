/** `terms` as plain text for the terminal. */
import type { Book } from '../book/types.js';
import { countOf, formatNumber } from '../text/plain-format.js';
import type { MotifSuggestions } from './motifs.js';
import type { TermReport, TermsReport } from './types.js';

export function renderTermsText(report: TermsReport): string {
  const out: string[] = [];
  const title = report.title ? `"${report.title}"` : report.bookId;
  out.push(`${title}: ${countOf(report.words, 'word')}, ${countOf(report.chapters.length, 'chapter')}`);
  for (const t of report.terms) out.push('', ...renderTerm(report, t));
  return `${out.join('\n')}\n`;
}

function renderTerm(report: TermsReport, t: TermReport): string[] {
  const how = t.exact ? 'as typed' : `stem${t.keys.length > 1 ? 's' : ''} ${t.keys.join(' ')}`;
  const lines = [
    `== ${t.term} (${how}): ${countOf(t.total, 'use')}, ${formatNumber(t.per10k)} per 10,000 words`,
  ];
  if (t.total === 0) {
    lines.push('   not in this book. Check the spelling, or try a shorter form of the word.');
    return lines;
  }
  lines.push(`   forms: ${t.forms.map((f) => `${f.form} ${formatNumber(f.count)}`).join(', ')}`);
  if (t.voices) {
    lines.push(`   who:   ${t.voices.map((v) => `${v.name} ${formatNumber(v.count)}`).join(', ')}`);
  } else {
    lines.push('   who:   (the book has not been analysed)');
  }
  const used = t.perChapter.flatMap((n, i) =>
    n > 0 ? [`${shortTitle(report.chapters[i]!.title)} ${formatNumber(n)}`] : [],
  );
  lines.push(
    `   per chapter (${formatNumber(used.length)} of ${countOf(report.chapters.length, 'chapter')} ${used.length === 1 ? 'uses' : 'use'} it): ${used.join(', ')}`,
  );
  const shown = t.concordanceTruncated
    ? `${formatNumber(t.concordance.length)} of ${formatNumber(t.total)}, spread over the book`
    : formatNumber(t.total);
  lines.push(`   in context (${shown}; offsets into \`verbatim text\`):`);
  const width = 50;
  for (const c of t.concordance) {
    const left = c.left.length > width ? `…${c.left.slice(-width + 1)}` : c.left.padStart(width);
    const right = c.right.length > width ? `${c.right.slice(0, width - 1)}…` : c.right;
    const who = c.voice && c.voice !== 'narration' ? `  [${voiceName(t, c.voice)}]` : '';
    lines.push(`   ${String(c.start).padStart(8)}  ${left}[${c.match}]${right}${who}`);
  }
  return lines;
}

function voiceName(t: TermReport, voice: string): string {
  return t.voices?.find((v) => v.voice === voice)?.name ?? voice;
}

function shortTitle(title: string): string {
  return title.length > 24 ? `${title.slice(0, 23)}…` : title;
}

export function renderMotifsText(book: Book, s: MotifSuggestions): string {
  const title = book.metadata.title ? `"${book.metadata.title}"` : book.id;
  const basis =
    s.basis === 'library'
      ? `words this book uses more than the library's ${countOf(s.referenceBooks, 'other book')} (log-likelihood), through at least a quarter of its chapters`
      : 'the most frequent words through the book: there is no other book in the library to compare with, so these are not yet what is distinctive of it';
  const lines = [`Suggested motifs of ${title}: ${basis}.`, ''];
  if (s.motifs.length === 0) lines.push('No word qualifies.');
  for (const m of s.motifs) {
    const forms = m.forms.length > 1 ? ` (${m.forms.slice(0, 5).join(', ')})` : '';
    const g2 = m.g2 === null ? '' : `  G² ${m.g2}`;
    lines.push(
      `  ${m.word.padEnd(16)} ${countOf(m.count, 'use').padStart(11)} in ${countOf(m.chapters, 'chapter')}${g2}${forms}`,
    );
  }
  lines.push('', `Look one up with: verbatim terms ${book.id} <word>`);
  return `${lines.join('\n')}\n`;
}
