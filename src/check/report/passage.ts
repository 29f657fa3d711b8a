import type { Span } from '../../book/span.js';
import { isRegExpSpace } from '../../text/chars.js';

/**
 * The book's words around a located quotation, as a reader of the printed book sees them: the
 * line wrapping of a plain-text edition joined into running text (a blank line still starts a new
 * paragraph), and Project Gutenberg's `_italics_` turned into italic runs without the underscores.
 * Every report format and the web app render these runs; none of them shows the raw file text.
 */

export interface PassageRun {
  text: string;
  /** Set in italics in the book (`_…_` in a Gutenberg text). */
  italic: boolean;
  /** Part of the quoted passage (the rest is context). */
  match: boolean;
}

/** A paragraph of the book, as runs. */
export type PassageParagraph = PassageRun[];

/** Context shown on each side of the quoted words, in characters (cut back to a word boundary). */
export const CONTEXT_CHARS = 60;
/** A quoted passage longer than this is shown as its start and end, "…" between. */
export const LONG_MATCH_CHARS = 300;
/** How far back and forward to look for the paragraph's edges when pairing underscores. */
const PARAGRAPH_REACH = 4000;

/** A blank line at `i`: "\n", then spaces, tabs or "\r" only, then "\n". Its end (after the second "\n"), or -1. */
function blankLineAt(text: string, i: number, to: number): number {
  if (text.charCodeAt(i) !== 10) return -1;
  let j = i + 1;
  while (j < to && isLineSpace(text.charCodeAt(j))) j++;
  return j < to && text.charCodeAt(j) === 10 ? j + 1 : -1;
}

function holdsBlankLine(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (blankLineAt(text, k, to) >= 0) return true;
  return false;
}

/** Space, tab or carriage return: what a blank line may hold. */
function isLineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * Offsets of the underscores in `text[from, to)` that open or close an italic run: an opening `_`
 * follows a non-word character and precedes a non-space; a closing one the reverse. Only pairs within
 * one paragraph count, so a stray underscore (or `snake_case`) is left as it is.
 */
export function italicMarks(text: string, from: number, to: number): Set<number> {
  const marks = new Set<number>();
  let open = -1;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 95) continue; // only line ends and underscores matter
    if (code === 10 && blankLineAt(text, i, Math.min(text.length, i + 8)) >= 0) open = -1;
    if (code !== 95) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    if (open < 0) {
      if (!isWordChar(before) && after !== undefined && !/\s|_/.test(after)) open = i;
    } else if (before !== undefined && !/\s/.test(before) && !isWordChar(after)) {
      marks.add(open);
      marks.add(i);
      open = -1;
    }
  }
  return marks;
}

/**
 * The paragraph around [start, end): from the end of the last blank line before `start` to the first
 * blank line after `end`, looking at most PARAGRAPH_REACH characters either way. Blank lines are
 * read as a left-to-right search reads them ("\n\n\n" is one blank line and a line end), by char
 * codes: a regular expression over two 4,000-character slices was most of a check page's passages.
 */
function paragraphEdges(text: string, start: number, end: number): Span {
  let from = Math.max(0, start - PARAGRAPH_REACH);
  const lastBreak = lastBlankLineEnd(text, from, start);
  if (lastBreak >= 0) from = lastBreak;
  const reach = Math.min(text.length, end + PARAGRAPH_REACH);
  for (let k = end; k < reach; k++) {
    if (text.charCodeAt(k) === 10 && blankLineAt(text, k, reach) >= 0) return { start: from, end: k };
  }
  return { start: from, end: reach };
}

/**
 * The end of the last blank line in text[from, to), as a left-to-right search finds them (each
 * search resuming after the blank line before), or -1. Found from the back: the last line end that
 * closes a blank line, then the search replayed over the run of spaces and line ends holding it,
 * which is where the two readings of "\n\n\n" can differ.
 */
function lastBlankLineEnd(text: string, from: number, to: number): number {
  let p = to - 1;
  for (; p > from; p--) {
    if (text.charCodeAt(p) !== 10) continue;
    let q = p - 1;
    while (q >= from && isLineSpace(text.charCodeAt(q))) q--;
    if (q >= from && text.charCodeAt(q) === 10) break;
  }
  if (p <= from) return -1;
  let run = p;
  while (run > from && (text.charCodeAt(run - 1) === 10 || isLineSpace(text.charCodeAt(run - 1)))) run--;
  let last = -1;
  for (let k = run; k <= p; ) {
    const e = blankLineAt(text, k, p + 1);
    if (e >= 0) {
      last = e;
      k = e;
    } else k++;
  }
  return last;
}

/** Moves `i` back (dir -1) or forward (dir 1) to the nearest space, within 20 characters. */
function toWordEdge(text: string, i: number, dir: -1 | 1, limit: Span): number {
  for (let k = 0; k < 20; k++) {
    const j = i + dir * k;
    if (j <= limit.start || j >= limit.end) return Math.max(limit.start, Math.min(limit.end, j));
    if (/\s/.test(text[j]!)) return dir === 1 ? j + 1 : j;
  }
  return i;
}

class RunBuilder {
  readonly paragraphs: PassageParagraph[] = [[]];
  private pendingSpace = false;

  push(text: string, italic: boolean, match: boolean): void {
    const para = this.paragraphs[this.paragraphs.length - 1]!;
    const last = para[para.length - 1];
    if (this.pendingSpace && last) {
      // A space between a plain and a marked run stays plain: no highlighted or italic edge.
      const rank = (r: { match: boolean; italic: boolean }) => (r.match ? 2 : 0) + (r.italic ? 1 : 0);
      if (rank(last) <= rank({ italic, match })) last.text += ' ';
      else this.append(para, ' ', italic, match);
    }
    this.pendingSpace = false;
    this.append(para, text, italic, match);
  }

  private append(para: PassageParagraph, text: string, italic: boolean, match: boolean): void {
    const last = para[para.length - 1];
    if (last && last.italic === italic && last.match === match) last.text += text;
    else para.push({ text, italic, match });
  }

  space(): void {
    this.pendingSpace = true;
  }

  paragraphBreak(): void {
    if (this.paragraphs[this.paragraphs.length - 1]!.length > 0) this.paragraphs.push([]);
    this.pendingSpace = false;
  }
}

/** What every passage of one span reads first: its paragraph and the italic marks in it. */
export interface PassageFrame {
  edges: Span;
  marks: Set<number>;
}

/**
 * The book's span a report marks for a quotation: its location, and the "!" or "?" right after it
 * when the writer's quotation ends with that mark too. A location ends at its last word, and marking
 * "«Would you mind Handel for a familiar name»?" read to teachers as if the writer had left the "?"
 * out (probe rounds AF245, AF246).
 */
export function shownSpan(bookText: string, location: Span, written: string): Span {
  const mark = /([!?])[\s"'”’»)\]]*$/.exec(written)?.[1];
  return mark && bookText[location.end] === mark
    ? { start: location.start, end: location.end + 1 }
    : location;
}

export function passageFrame(bookText: string, span: Span): PassageFrame {
  const edges = paragraphEdges(bookText, span.start, span.end);
  // The context never reaches past the paragraph, so its marks are all a passage needs.
  return { edges, marks: italicMarks(bookText, edges.start, edges.end) };
}

/**
 * The book's text of `span` (and `context` characters either side) as paragraphs of runs; `match`
 * marks the runs inside `span`. "…" stands where the context was cut mid-paragraph and in the middle
 * of a very long passage. `frame`: passageFrame(bookText, span), when the caller shows the span twice.
 */
export function readerPassage(
  bookText: string,
  span: Span,
  context = CONTEXT_CHARS,
  frame: PassageFrame = passageFrame(bookText, span),
): PassageParagraph[] {
  const { edges, marks } = frame;
  const limit = { start: 0, end: bookText.length };
  let from =
    span.start - context > edges.start ? toWordEdge(bookText, span.start - context, 1, limit) : edges.start;
  let to = span.end + context < edges.end ? toWordEdge(bookText, span.end + context, -1, limit) : edges.end;
  if (context === 0) {
    from = span.start;
    to = span.end;
  }
  // A long passage: its first and last words, the middle left out.
  const half = LONG_MATCH_CHARS / 2;
  let cut: Span | null =
    span.end - span.start > LONG_MATCH_CHARS
      ? {
          start: toWordEdge(bookText, span.start + half, -1, span),
          end: toWordEdge(bookText, span.end - half, 1, span),
        }
      : null;
  if (cut && cut.end <= cut.start) cut = null;
  let italic = false;
  for (const m of marks) if (m >= edges.start && m < from) italic = !italic;

  const out = new RunBuilder();
  if (from > edges.start && context > 0) out.push('…', false, false);
  let i = from;
  while (i < to) {
    if (cut && i >= cut.start && i < cut.end) {
      for (let k = cut.start; k < cut.end; k++) if (marks.has(k)) italic = !italic;
      out.push(' … ', false, true);
      i = cut.end;
      continue;
    }
    const c = bookText[i]!;
    if (marks.has(i)) {
      italic = !italic;
      i++;
      continue;
    }
    if (isRegExpSpace(c.charCodeAt(0))) {
      let j = i;
      while (j < to && isRegExpSpace(bookText.charCodeAt(j))) j++;
      if (holdsBlankLine(bookText, i, j)) {
        out.paragraphBreak();
        italic = false;
      } else out.space();
      i = j;
      continue;
    }
    let j = i + 1;
    while (j < to && !isRegExpSpace(bookText.charCodeAt(j)) && !marks.has(j) && j !== cut?.start) {
      if (j === span.start || j === span.end) break;
      j++;
    }
    out.push(bookText.slice(i, j), italic, i >= span.start && i < span.end);
    i = j;
  }
  if (to < edges.end && context > 0) out.push('…', false, false);
  return out.paragraphs.filter((p) => p.length > 0);
}

/**
 * The passage as plain text: paragraphs joined by `paragraphSep`, no underscores, no line wrapping;
 * with `marks`, the quoted words between them (« and »).
 */
export function plainPassage(
  paragraphs: readonly PassageParagraph[],
  paragraphSep = '\n\n',
  marks: readonly [string, string] | null = null,
): string {
  return paragraphs
    .map((p) => {
      let out = '';
      let inMatch = false;
      for (const r of p) {
        if (marks && r.match !== inMatch) {
          // Spaces stay outside the marks.
          const trail = inMatch ? (/\s*$/.exec(out)?.[0] ?? '') : '';
          if (trail) out = out.slice(0, -trail.length);
          out += (inMatch ? marks[1] : marks[0]) + trail;
          inMatch = r.match;
        }
        out += r.text;
      }
      if (marks && inMatch) out += marks[1];
      return out;
    })
    .join(paragraphSep);
}

/** Book words as a reader sees them (for the book side of a diff): underscores of italics dropped. */
export function readerWords(s: string): string {
  const marks = italicMarks(s, 0, s.length);
  let out = '';
  for (let i = 0; i < s.length; i++) if (!marks.has(i)) out += s[i];
  return out.replace(/\s+/g, ' ');
}
