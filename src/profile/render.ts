/** `verbatim profile --format text`: the profile as a person reads it. */
import { groupDigits, table } from '../text/plain-format.js';
import type { BookProfile, LengthStats } from './types.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const one = (x: number) => x.toFixed(1);

function lengthLine(label: string, s: LengthStats): string[] {
  if (s.count === 0) return [label, '0', '', '', '', ''];
  return [
    label,
    groupDigits(s.count),
    one(s.mean),
    String(s.median),
    `${s.p10}–${s.p90}`,
    groupDigits(s.max),
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
    `Vocabulary:      ${p.vocabulary.mattr === null ? 'not measured (shorter than one window)' : `MATTR ${p.vocabulary.mattr.toFixed(3)}`} (${p.vocabulary.window}-word windows; ${groupDigits(p.vocabulary.types)} distinct words in ${groupDigits(p.vocabulary.tokens)})`,
    '',
    'Lengths in words:',
    table([
      ['', 'count', 'mean', 'median', '10–90%', 'longest'],
      lengthLine('sentences', p.sentenceLengths),
      lengthLine('paragraphs', p.paragraphLengths),
      lengthLine('chapters', { ...p.chapterLengths, mean: Math.round(p.chapterLengths.mean) }),
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
          groupDigits(c.words),
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
    p.writtenQuotes > 0 ? `${p.writtenQuotes} letter${p.writtenQuotes === 1 ? '' : 's'} quoted in full` : '',
    p.verseQuotes > 0 ? `${p.verseQuotes} verse${p.verseQuotes === 1 ? '' : 's'} recited` : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(' and ')} left out)` : '';
}
