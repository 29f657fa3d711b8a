/** `verbatim profile --format text`: the profile as a person reads it. */
import { countOf, formatNumber, table } from '../text/plain-format.js';
import type { BookProfile, LengthStats } from './types.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
/** A row of the lengths table; the mean with `decimals` places (chapters, thousands of words: none). */
function lengthLine(label: string, s: LengthStats, decimals = 1): string[] {
  if (s.count === 0) return [label, '0', '', '', '', ''];
  return [
    label,
    formatNumber(s.count),
    formatNumber(s.mean, decimals),
    formatNumber(s.median),
    `${formatNumber(s.p10)}–${formatNumber(s.p90)}`,
    formatNumber(s.max),
  ];
}

export function renderProfileText(p: BookProfile): string {
  const n = p.narration;
  const person =
    n.person === 'first'
      ? `first person${n.narrator ? ` (the narrator: ${n.narrator})` : ' (the narrator is not named)'}${thirdPersonPart(p)}`
      : `${n.person} person`;
  const out: string[] = [
    `Style of ${p.title}`,
    '',
    `Narration:       ${person}   [${n.rule}]`,
    `Dialogue share:  ${pct(p.dialogueShare)} of the text is inside quotations${leftOut(p)}`,
    `Vocabulary:      ${p.vocabulary.mattr === null ? 'not measured (shorter than one window)' : `MATTR ${p.vocabulary.mattr.toFixed(3)}`} (${p.vocabulary.window}-word windows; ${formatNumber(p.vocabulary.types)} distinct words in ${formatNumber(p.vocabulary.tokens)})`,
    '',
    'Lengths in words:',
    table([
      ['', 'count', 'mean', 'median', '10–90%', 'longest'],
      lengthLine('sentences', p.sentenceLengths),
      lengthLine('paragraphs', p.paragraphLengths),
      lengthLine('chapters', p.chapterLengths, 0),
    ]),
  ];
  if (p.chapters.length > 0) {
    out.push('', 'Chapters:');
    out.push(
      table([
        ['#', 'chapter', 'words', 'dialogue', 'distinctive words'],
        ...p.chapters.map((c) => [
          String(c.index + 1),
          c.title.length > 40 ? `${c.title.slice(0, 39)}…` : c.title,
          formatNumber(c.words),
          pct(c.dialogueShare),
          c.distinctiveWords.map((k) => k.word).join(', ') || '—',
        ]),
      ]),
    );
  }
  if (p.notes.length > 0) out.push('', ...p.notes.map((x) => `Note: ${x}`));
  return `${out.join('\n')}\n`;
}

/** "; 33 of 67 chapters told in the third person (1, 7, 10, …)": a first-person book's other chapters. */
function thirdPersonPart(p: BookProfile): string {
  const third = p.narration.thirdPersonChapters;
  if (third.length === 0) return '';
  const numbers = third.slice(0, 12).map((i) => String(i + 1));
  return `; ${third.length} of ${p.chapters.length} chapters told in the third person (${numbers.join(', ')}${third.length > 12 ? ', …' : ''})`;
}

/** What the dialogue share leaves out: " (2 letters quoted in full and 12 verses recited left out)". */
function leftOut(p: BookProfile): string {
  const parts = [
    p.writtenQuotes > 0 ? `${countOf(p.writtenQuotes, 'letter')} quoted in full` : '',
    p.verseQuotes > 0 ? `${countOf(p.verseQuotes, 'verse')} recited` : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(' and ')} left out)` : '';
}
