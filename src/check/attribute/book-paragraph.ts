import { findLastStartingAtOrBefore, type Span } from '../../book/span.js';

/**
 * The book's paragraphs and the quoted parts in them, as the book-tag reader (book-tag.ts) and the
 * turns around a line (turns.ts) see them: the paragraph around an offset, its quoted parts (the
 * speaker model's, else its quote marks), and whether it carries on the speech of the one before.
 */

/** A quoted part of a paragraph: the words inside the marks. */
export interface Segment extends Span {}

/**
 * The book's paragraphs as the book was built (`Book.structure.paragraphs`, src/text/segment.ts),
 * sorted. With them the paragraph around an offset is the analysis's own: an edition without blank
 * lines between paragraphs (some OCR'd texts: one speech a line, wrapped lines in between) is split
 * where the analysis split it. Without them (a text alone, in tests), blank lines are the breaks.
 */
export type BookParagraphs = readonly Span[] | null | undefined;

/**
 * The paragraph around an offset (the one before, when the offset falls between two), at most
 * `reach` characters either way of it.
 */
export function paragraphAround(text: string, at: number, paragraphs?: BookParagraphs, reach = 4000): Span {
  const p = paragraphs ? paragraphs[findLastStartingAtOrBefore(paragraphs, at)] : undefined;
  if (p) return { start: Math.max(p.start, at - reach), end: Math.min(p.end, at + reach) };
  const from = Math.max(0, at - reach);
  const back = text.slice(from, at);
  const breaks = [...back.matchAll(/\n[ \t]*\n/g)];
  const start =
    breaks.length > 0
      ? from + breaks[breaks.length - 1]!.index! + breaks[breaks.length - 1]![0].length
      : from;
  const fwd = /\n[ \t]*\n/.exec(text.slice(at, at + reach));
  const end = fwd ? at + fwd.index : Math.min(text.length, at + reach);
  return { start, end };
}

/** Quoted parts of a paragraph from its quote marks (used when there is no speaker model). */
function segmentsFromMarks(text: string, para: Span): Segment[] {
  const s = text.slice(para.start, para.end);
  const out: Segment[] = [];
  const pairs: [RegExp, RegExp][] = [
    [/\u201c/g, /\u201d/g],
    [/"/g, /"/g],
    [/\u2018(?=\S)/g, /(?<=\S)\u2019(?!\p{L})/gu],
  ];
  for (const [open, close] of pairs) {
    open.lastIndex = 0;
    for (let m = open.exec(s); m; m = open.exec(s)) {
      close.lastIndex = m.index + 1;
      const c = close.exec(s);
      const end = c ? c.index : s.length;
      out.push({ start: para.start + m.index + 1, end: para.start + end });
      open.lastIndex = c ? c.index + 1 : s.length;
    }
    if (out.length > 0) break;
  }
  return out;
}

/** The quoted parts of the paragraph, in order. */
export function segmentsOf(text: string, para: Span, modelParts: readonly Span[] | null): Segment[] {
  if (modelParts) {
    return modelParts
      .filter((p) => p.end > para.start && p.start < para.end)
      .map((p) => ({ start: Math.max(p.start, para.start), end: Math.min(p.end, para.end) }));
  }
  return segmentsFromMarks(text, para);
}

/** The parts (sorted) that fall in the paragraph. */
export function partsIn(parts: readonly Span[] | null | undefined, para: Span): Span[] | null {
  if (!parts) return null;
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (parts[mid]!.end <= para.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let k = lo; k < parts.length && parts[k]!.start < para.end; k++) out.push(parts[k]!);
  return out;
}

/** The paragraph holding most of the located words (a located span may reach into its neighbours). */
export function mainParagraph(text: string, loc: Span, paragraphs?: BookParagraphs): Span {
  const first = paragraphAround(text, loc.start, paragraphs);
  if (first.end >= loc.end) return first;
  const last = paragraphAround(text, Math.max(loc.start, loc.end - 1), paragraphs);
  const inFirst = first.end - loc.start;
  const inLast = loc.end - last.start;
  return inLast > inFirst ? last : first;
}

/** A speech over several paragraphs: this paragraph opens on a quotation the paragraph before left open. */
export function continuesSpeech(text: string, para: Span, prevPara: Span, segs: readonly Segment[]): boolean {
  const first = segs[0];
  if (
    !first ||
    text
      .slice(para.start, first.start)
      .trim()
      .replace(/[\u201c"\u2018']/g, '') !== ''
  )
    return false;
  const prevText = text.slice(prevPara.start, prevPara.end);
  // the paragraph before opens a quotation it never closes
  const lastOpen = Math.max(prevText.lastIndexOf('\u201c'), prevText.lastIndexOf('\u2018'));
  if (lastOpen >= 0) return !/[\u201d\u2019](?!\p{L})/u.test(prevText.slice(lastOpen));
  return (prevText.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** The quoted parts the located words overlap, most overlapped first. */
export function overlapped(segs: readonly Segment[], loc: Span): { k: number; overlap: number }[] {
  return segs
    .map((s, k) => ({ k, overlap: Math.min(s.end, loc.end) - Math.max(s.start, loc.start) }))
    .filter((o) => o.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap);
}

/**
 * The words at `at` are inside a quotation within the speech that runs over [from, to): ‘…’ in “…”,
 * or '…' in "…", a story told inside the story ("Mr. Godfrey came to a standstill. 'You prefer,' says
 * he, …", Penelope's speech in The Moonstone; probe round X5). The speech's own tag then says who
 * tells the story, not who says these words. Counts the inner marks before `at` that open (‘, or '
 * before a letter and not after one) and close (’ or ' not before a letter; an apostrophe within a
 * word is neither), and wants a closing one after `at` in the speech: "'Tis a muddle," opens nothing.
 * A speech in single marks has its inner quotations in double ones: Heathcliff's '…' telling Nelly
 * how Catherine whispered "Run, Heathcliff, run!" (Wuthering Heights; probe round AB4).
 */
export function insideInnerQuote(text: string, from: number, at: number, to: number): boolean {
  const outer = text[from - 1];
  return outer === '‘' || outer === "'"
    ? insideMarks(text, from, at, to, DOUBLE_MARKS)
    : insideMarks(text, from, at, to, SINGLE_MARKS);
}

interface InnerMarks {
  open: string;
  close: string;
  straight: string;
}
const SINGLE_MARKS: InnerMarks = { open: '‘', close: '’', straight: "'" };
const DOUBLE_MARKS: InnerMarks = { open: '“', close: '”', straight: '"' };

function insideMarks(text: string, from: number, at: number, to: number, m: InnerMarks): boolean {
  const letter = (i: number) => i >= 0 && i < text.length && /\p{L}/u.test(text[i]!);
  const isMark = (c: string | undefined) => c === m.open || c === m.close || c === m.straight;
  const opens = (i: number) =>
    text[i] === m.open || (text[i] === m.straight && letter(i + 1) && !letter(i - 1));
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (!isMark(text[i])) continue;
    if (opens(i)) depth++;
    else if (!letter(i + 1) && depth > 0) depth--;
  }
  if (depth === 0) return false;
  for (let i = at; i < to; i++) if (isMark(text[i]) && !opens(i) && !letter(i + 1)) return true;
  return false;
}

/**
 * A part in single marks after a double mark that opened the paragraph's speech and has not closed:
 * "\"'Thank God,' he cried. 'You'll do.'" (Holmes telling Watson of the church, the paragraph one of
 * his speech's, whose marks open each paragraph and close only at its end). The speaker model may
 * take the inner marks for the speech's own; the turns and tags inside ("'What then?' I asked": "I"
 * is Holmes) belong to the story told (probe round AF262: Godfrey Norton's right credit contradicted
 * by "I asked" read as Watson's).
 */
export function insideOpenSpeech(text: string, paraStart: number, segStart: number): boolean {
  const mark = text[segStart - 1];
  if (mark !== "'" && mark !== '‘') return false;
  let open = false;
  for (let i = paraStart; i < segStart - 1; i++) {
    const c = text[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}
