import type { Span } from '../book/span.js';
import { HONORIFICS, isReviewLabel } from '../lexicon.js';
import type { NameOccurrence } from './names.js';
import type { RawQuotation } from './quotes.js';

/**
 * Lines a novel prints as a play ("ROSALIND: (Outside) Yes!", "MRS. CONNAGE: Rosalind, you are not
 * dressed."): This Side of Paradise writes whole chapters so, and a novel in dialogue only may be
 * written so throughout. Each such line is a quotation (the words after the label and any stage
 * direction opening them) whose speaker the label names.
 */
export interface ScriptLine {
  /** The speaker's label as printed, without its colon. */
  label: Span;
  /**
   * The label as a name is written in narration: "ROSALIND" → "Rosalind", "MRS. CONNAGE" → "Mrs.
   * Connage"; null for a pronoun ("HE:", "SHE:", a scene between two people the book leaves unnamed).
   */
  name: string | null;
  /** The words spoken. */
  speech: Span;
  /** Index of the paragraph. */
  paragraph: number;
}

/** A label in capitals (one to four words, a title's stop allowed), a colon, then the line. */
const LINE = /^[ \t]*((?:[A-Z][A-Z'’-]*\.?)(?:[ \t]+[A-Z][A-Z'’-]*\.?){0,3})[ \t]*:[ \t]+(?=\S)/;
/** A label that is a pronoun: the line is a play's, its speaker unnamed. */
const PRONOUN_LABEL = /^(?:HE|SHE|I|WE|THEY|YOU|IT|ONE)$/;
/** A stage direction opening the line: "(Outside) ", "[Entering] ". */
const DIRECTION = /^(?:\([^()\n]{0,200}\)|\[[^[\]\n]{0,200}\])[ \t]*/;
/** At least this many lines, by at least MIN_SPEAKERS labels, make a script (a lone "P. S.: …" does not). */
const MIN_LINES = 4;
const MIN_SPEAKERS = 2;
/** Paragraphs of other kinds (stage directions, narration) a script may have between two of its lines. */
const MAX_GAP = 3;

/** "MRS. CONNAGE" as narration writes it: each word capitalised, a title as the lexicon spells it. */
function nameOf(label: string): string {
  return label
    .split(/\s+/)
    .map((w) => {
      const title = HONORIFICS.get(w.replace(/\.$/, '').toLowerCase());
      if (title && w.endsWith('.')) return title.canonical;
      return w.charAt(0) + w.slice(1).toLowerCase();
    })
    .join(' ');
}

/**
 * A paragraph printed as a play's line: its label, the name it gives and where the words start
 * (offsets into `body`, the paragraph's text); null for any other paragraph. The check reads the
 * book's tag with it (check/attribute/book-tag.ts), the analysis finds the script's lines.
 */
export function scriptLineOf(body: string): { label: Span; name: string | null; speech: Span } | null {
  const m = LINE.exec(body);
  if (!m) return null;
  const label = m[1]!;
  if (isReviewLabel(label) || /^(?:CHAPTER|BOOK|PART|ACT|SCENE|VOLUME)\b/.test(label)) return null;
  let from = m[0].length;
  const direction = DIRECTION.exec(body.slice(from));
  if (direction) from += direction[0].length;
  const speech = body.slice(from).trimEnd();
  // (a line in capitals is a heading or an inscription, not speech)
  if (!/\p{Ll}/u.test(speech)) return null;
  const labelStart = m[0].indexOf(label);
  return {
    label: { start: labelStart, end: labelStart + label.length },
    name: PRONOUN_LABEL.test(label) ? null : nameOf(label),
    speech: { start: from, end: from + speech.length },
  };
}

/** The script lines of the book: runs of labelled paragraphs, outside the quotations found by their marks. */
export function findScriptLines(
  text: string,
  paragraphs: readonly Span[],
  quoted: (paragraph: number) => boolean,
): ScriptLine[] {
  const candidates: ScriptLine[] = [];
  paragraphs.forEach((para, pi) => {
    const line = quoted(pi) ? null : scriptLineOf(text.slice(para.start, para.end));
    if (!line) return;
    const at = (s: Span): Span => ({ start: para.start + s.start, end: para.start + s.end });
    candidates.push({ label: at(line.label), name: line.name, speech: at(line.speech), paragraph: pi });
  });
  // Runs of lines close together; a run is a script with enough lines and speakers.
  const out: ScriptLine[] = [];
  let run: ScriptLine[] = [];
  const flush = () => {
    const labels = new Set(run.map((l) => text.slice(l.label.start, l.label.end)));
    if (run.length >= MIN_LINES && labels.size >= MIN_SPEAKERS) out.push(...run);
    run = [];
  };
  for (const line of candidates) {
    const last = run[run.length - 1];
    if (last && line.paragraph - last.paragraph > MAX_GAP + 1) flush();
    run.push(line);
  }
  flush();
  return out;
}

/**
 * Each label as a name printed in the book, for the cast: a label names a person as surely as "said
 * Rosalind" does (`scriptLabel`), and it is one of that person's mentions.
 */
export function labelOccurrences(lines: readonly ScriptLine[]): NameOccurrence[] {
  return lines.flatMap((l) => {
    if (l.name === null) return [];
    const words = l.name.split(' ');
    const title = HONORIFICS.get(words[0]!.replace(/\.$/, '').toLowerCase());
    const titled = title !== undefined && words.length > 1;
    const occurrence: NameOccurrence = {
      start: l.label.start,
      end: l.label.end,
      form: l.name,
      honorific: titled ? title.canonical : null,
      printedTitle: titled ? words[0]! : null,
      words: titled ? words.slice(1) : words,
      sentenceInitial: true,
      subject: true,
      inQuote: false,
      paragraph: l.paragraph,
      scriptLabel: true,
    };
    return [occurrence];
  });
}

/** Whether a paragraph holds a quotation found by its marks (its line is then no play's line). */
export function quotedParagraphs(quotes: readonly RawQuotation[]): (paragraph: number) => boolean {
  const held = new Set<number>();
  for (const q of quotes) for (let p = q.firstParagraph; p <= q.lastParagraph; p++) held.add(p);
  return (p) => held.has(p);
}

/** The quotations found by their marks and the script's lines, in the order of the text. */
export function withScriptLines(
  quotes: readonly RawQuotation[],
  lines: readonly ScriptLine[],
): RawQuotation[] {
  if (lines.length === 0) return [...quotes];
  const scripted: RawQuotation[] = lines.map((l) => ({
    parts: [l.speech],
    firstParagraph: l.paragraph,
    lastParagraph: l.paragraph,
    label: l.label,
  }));
  return [...quotes, ...scripted].sort((a, b) => a.parts[0]!.start - b.parts[0]!.start);
}

/** The book's name occurrences with the script's labels among them, in the order of the text. */
export function withLabels(occurrences: NameOccurrence[], lines: readonly ScriptLine[]): NameOccurrence[] {
  if (lines.length === 0) return occurrences;
  return [...occurrences, ...labelOccurrences(lines)].sort((a, b) => a.start - b.start);
}
