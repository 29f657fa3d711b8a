/**
 * Paragraphs and sentences as spans into the original text (never a copy).
 *
 * Paragraphs: blocks separated by blank lines (\n, \r\n or \r line ends), trimmed of surrounding
 * whitespace. A single newline is not a boundary: Gutenberg hard-wraps lines at ~70 characters.
 *
 * Sentences: a terminator (. ? ! … or a dash closing a quotation), the quotes, brackets and italics
 * underscores that follow it, then whitespace, then something that can start a sentence. Fiction needs
 * care: "'Is it?' said he." is one sentence (lower-case continuation), "Mr. Darcy" and "J. K." are not
 * boundaries (titles and initials), "'Stop!' He ran." is two. Char-code loops only; no regexes.
 */
import type { Span } from '../book/span.js';
import {
  CH,
  isCloser,
  isDashChar,
  isDigit,
  isInvisible,
  isLetter,
  isLower,
  isOpener,
  isSpace,
  isUpper,
} from './chars.js';

/**
 * Blank-line separated blocks, each trimmed; the gaps between them hold only whitespace. A text that
 * hardly uses blank lines (some OCR'd editions: one blank line per chapter) is split further where a
 * line visibly ends a paragraph (see {@link splitUnmarkedParagraphs}).
 */
export function segmentParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let blankLines = 0;
  let textLines = 0;
  let paraStart = -1;
  let paraEnd = -1;
  let i = 0;
  while (i < n) {
    let first = -1;
    let last = -1;
    let j = i;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === CH.lf || c === CH.cr) break;
      if (c > 32 && c < 127) {
        if (first < 0) first = j;
        last = j;
      } else if (c === 32 || c === 9) {
        // the common blanks, answered without a call
      } else if (!isSpace(c) && !isInvisible(c)) {
        if (first < 0) first = j;
        last = j;
      }
    }
    if (first < 0) {
      blankLines++;
      if (paraStart >= 0) {
        out.push({ start: paraStart, end: paraEnd });
        paraStart = -1;
      }
    } else {
      textLines++;
      if (paraStart < 0) paraStart = first;
      paraEnd = last + 1;
    }
    if (j < n) j += text.charCodeAt(j) === CH.cr && text.charCodeAt(j + 1) === CH.lf ? 2 : 1;
    i = j;
  }
  if (paraStart >= 0) out.push({ start: paraStart, end: paraEnd });
  if (textLines >= MIN_LINES_FOR_UNMARKED && blankLines * 20 < textLines)
    return splitUnmarkedParagraphs(text, out);
  return out;
}

const MIN_LINES_FOR_UNMARKED = 200;
/** Wrapped text has lines of 60–80 characters; a median far above that means lines are paragraphs. */
const UNWRAPPED_MEDIAN_LINE = 150;

interface Line {
  start: number; // first non-space character
  end: number; // after the last non-space character
  indented: boolean;
}

function linesOf(text: string, block: Span): Line[] {
  const lines: Line[] = [];
  let i = block.start;
  // The block is trimmed, so its first line starts at a non-space character; find each line's start.
  let lineStart = block.start;
  while (
    lineStart > 0 &&
    text.charCodeAt(lineStart - 1) !== CH.lf &&
    text.charCodeAt(lineStart - 1) !== CH.cr
  ) {
    lineStart--;
  }
  while (i < block.end) {
    let j = i;
    while (j < block.end && text.charCodeAt(j) !== CH.lf && text.charCodeAt(j) !== CH.cr) j++;
    let a = i;
    while (a < j && isSpace(text.charCodeAt(a))) a++;
    let b = j;
    while (b > a && (isSpace(text.charCodeAt(b - 1)) || isInvisible(text.charCodeAt(b - 1)))) b--;
    if (b > a) lines.push({ start: a, end: b, indented: a - lineStart >= 2 });
    if (j < block.end) j += text.charCodeAt(j) === CH.cr && text.charCodeAt(j + 1) === CH.lf ? 2 : 1;
    i = j;
    lineStart = j;
  }
  return lines;
}

/** Whether a line ends like the last line of a paragraph: . ! ? (or a dash) perhaps followed by closers. */
function endsSentence(text: string, line: Line): boolean {
  let k = line.end - 1;
  while (k > line.start && isCloser(text.charCodeAt(k))) k--;
  const c = text.charCodeAt(k);
  return (
    c === CH.dot || c === CH.question || c === CH.bang || c === CH.ellipsis || isDashChar(c) || c === CH.colon
  );
}

/**
 * For texts without blank lines between paragraphs: a line break is a paragraph break when the line
 * ends a sentence, the next line does not start in lower case, and either the next line is indented
 * or its first word would have fitted on this line (so the break was not a wrap). In unwrapped text
 * (most lines longer than any wrap width) every line is a paragraph.
 */
export function splitUnmarkedParagraphs(text: string, blocks: readonly Span[]): Span[] {
  const perBlock = blocks.map((b) => linesOf(text, b));
  const lengths: number[] = [];
  for (const lines of perBlock) for (const l of lines) lengths.push(l.end - l.start);
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.95)] ?? 0;
  // Unwrapped text (one line per paragraph, no blank lines between): every line break is a paragraph break.
  const unwrapped = (lengths[Math.floor(lengths.length / 2)] ?? 0) > UNWRAPPED_MEDIAN_LINE;
  const out: Span[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const lines = perBlock[b]!;
    let start = blocks[b]!.start;
    for (let k = 0; k + 1 < lines.length; k++) {
      const line = lines[k]!;
      const next = lines[k + 1]!;
      if (unwrapped) {
        out.push({ start, end: line.end });
        start = next.start;
        continue;
      }
      if (!endsSentence(text, line) || isLower(text.charCodeAt(next.start))) continue;
      let w = next.start;
      while (w < next.end && !isSpace(text.charCodeAt(w))) w++;
      const fits = line.end - line.start + 1 + (w - next.start) <= width;
      if (fits || next.indented) {
        out.push({ start, end: line.end });
        start = next.start;
      }
    }
    out.push({ start, end: blocks[b]!.end });
  }
  return out;
}

/**
 * Words before a full stop that do not end a sentence: titles and common abbreviations of the period
 * (lower-cased, without the stop). "No." only counts before a number.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'messrs',
  'mme',
  'mlle',
  'mm',
  'dr',
  'st',
  'ste',
  'capt',
  'col',
  'gen',
  'lieut',
  'lt',
  'sgt',
  'serj',
  'maj',
  'adm',
  'rev',
  'revd',
  'hon',
  'prof',
  'fr',
  'bp',
  'wm',
  'chas',
  'jas',
  'jno',
  'thos',
  'geo',
  'robt',
  'edw',
  'benj',
  'mt',
  'ft',
  'gov',
  'supt',
  'insp',
  'cf',
  'viz',
  'vs',
  'ibid',
  'vol',
  'vols',
  'chap',
  'ch',
  'fig',
  'pp',
]);
const BEFORE_NUMBER_ONLY = new Set([
  'no',
  'nos',
  'p',
  'jan',
  'feb',
  'apr',
  'jun',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Sentence spans for every paragraph; sentences never cross a paragraph boundary. */
export function segmentSentences(text: string, paragraphs: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) segmentParagraphSentences(text, p.start, p.end, out);
  return out;
}

function segmentParagraphSentences(text: string, ps: number, pe: number, out: Span[]): void {
  let sStart = ps;
  let i = ps;
  while (i < pe) {
    i = nextTerminator(text, i, pe);
    if (i >= pe) break;
    const c = text.charCodeAt(i);
    let j = i;
    let stops = 0;
    let strong = false; // ? ! or an ellipsis
    let dash = false;
    if (c === CH.hyphen || isDashChar(c)) {
      // A dash ends a sentence only when it breaks off a quotation: `"But I--" "Go on."`
      while (j < pe && (text.charCodeAt(j) === CH.hyphen || isDashChar(text.charCodeAt(j)))) j++;
      if (j - i < 2 && c === CH.hyphen) {
        i = j;
        continue;
      }
      const q = j < pe ? text.charCodeAt(j) : -1;
      if (q !== CH.dquote && q !== CH.apos && q !== CH.rdquo && q !== CH.rsquo) {
        i = j;
        continue;
      }
      dash = true;
    } else {
      while (j < pe) {
        const d = text.charCodeAt(j);
        if (d === CH.dot) {
          stops++;
          j++;
        } else if (d === CH.question || d === CH.bang || d === CH.ellipsis) {
          strong = true;
          j++;
        } else if (d === CH.space && stops > 0 && text.charCodeAt(j + 1) === CH.dot) {
          j++; // spaced ellipsis ". . ."
        } else break;
      }
    }
    let k = j;
    while (k < pe && isCloser(text.charCodeAt(k))) k++;
    if (k >= pe) break; // the paragraph's end closes the last sentence anyway
    if (!isSpace(text.charCodeAt(k))) {
      i = j > i ? j : i + 1;
      continue;
    }
    let m = k + 1;
    while (m < pe && (isSpace(text.charCodeAt(m)) || isInvisible(text.charCodeAt(m)))) m++;
    if (m >= pe) break;
    let f = m;
    while (f < pe && isOpener(text.charCodeAt(f))) f++;
    const first = f < pe ? text.charCodeAt(f) : -1;
    let boundary = !isLower(first);
    if (boundary && !strong && !dash && stops === 1) boundary = !isNonFinalStop(text, ps, i, f, pe);
    if (boundary) {
      out.push({ start: sStart, end: k });
      sStart = m;
    }
    i = m;
  }
  out.push({ start: sStart, end: pe });
}

/** . ? ! and the hyphen: the ASCII characters that can end a sentence (or start a dash that does). */
const ASCII_TERMINATOR = new Uint8Array(128);
for (const c of [CH.dot, CH.question, CH.bang, CH.hyphen]) ASCII_TERMINATOR[c] = 1;

/**
 * The next character at or after `i` that may end a sentence, or `pe`. Letters, digits and spaces are
 * skipped here, in a small function of its own: it does most of the work and so is optimised by the
 * JIT within the first pages of a book, which keeps a one-shot run fast too.
 */
function nextTerminator(text: string, i: number, pe: number): number {
  while (i < pe) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII_TERMINATOR[c] === 1) return i;
    } else if (c === CH.ellipsis || isDashChar(c)) return i;
    i++;
  }
  return pe;
}

/** Whether the single full stop at `dot` belongs to a title, an initial or an abbreviation. */
function isNonFinalStop(text: string, ps: number, dot: number, f: number, pe: number): boolean {
  const next = f < pe ? text.charCodeAt(f) : -1;
  if (next === 38) return true; // "&c. &c." — nothing starts a sentence with "&"
  let w = dot;
  while (w > ps && isLetter(text.charCodeAt(w - 1))) w--;
  const len = dot - w;
  if (len === 0) return false;
  const before = w > ps ? text.charCodeAt(w - 1) : CH.space;
  // "e.g." / "U.S." style: a letter group right after another stop.
  if (before === CH.dot && len <= 2) return true;
  if (len === 1) {
    const c = text.charCodeAt(w);
    if (isUpper(c) && (isSpace(before) || isOpener(before) || w === ps)) {
      // An initial ("J. K. Rowling"). "I." is the pronoun far more often, unless initials surround it
      // ("R. I. P.", "J. I. Smith").
      if (c !== 73) return true;
      const nextIsInitial = isUpper(next) && f + 1 < pe && text.charCodeAt(f + 1) === CH.dot;
      const prevIsInitial =
        w >= ps + 3 &&
        text.charCodeAt(w - 2) === CH.dot &&
        isUpper(text.charCodeAt(w - 3)) &&
        !isLetter(text.charCodeAt(w - 4));
      if (nextIsInitial || prevIsInitial) return true;
    }
  }
  if (len > 7) return false;
  const word = text.slice(w, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  if (BEFORE_NUMBER_ONLY.has(word) && isDigit(next)) return true;
  return false;
}
