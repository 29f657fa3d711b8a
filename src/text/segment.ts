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

/** Blank-line separated blocks, each trimmed; the gaps between them hold only whitespace. */
export function segmentParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
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
      } else if (!isSpace(c) && !isInvisible(c)) {
        if (first < 0) first = j;
        last = j;
      }
    }
    if (first < 0) {
      if (paraStart >= 0) {
        out.push({ start: paraStart, end: paraEnd });
        paraStart = -1;
      }
    } else {
      if (paraStart < 0) paraStart = first;
      paraEnd = last + 1;
    }
    if (j < n) j += text.charCodeAt(j) === CH.cr && text.charCodeAt(j + 1) === CH.lf ? 2 : 1;
    i = j;
  }
  if (paraStart >= 0) out.push({ start: paraStart, end: paraEnd });
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
const BEFORE_NUMBER_ONLY = new Set(['no', 'nos', 'p']);

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
    const c = text.charCodeAt(i);
    // Fast skip: letters, digits, spaces and most punctuation cannot end a sentence.
    if (
      c !== CH.dot &&
      c !== CH.question &&
      c !== CH.bang &&
      c !== CH.ellipsis &&
      c !== CH.hyphen &&
      !isDashChar(c)
    ) {
      i++;
      continue;
    }
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
    if (boundary && !strong && !dash && stops === 1) boundary = !isNonFinalStop(text, ps, i, first);
    if (boundary) {
      out.push({ start: sStart, end: k });
      sStart = m;
    }
    i = m;
  }
  out.push({ start: sStart, end: pe });
}

/** Whether the single full stop at `dot` belongs to a title, an initial or an abbreviation. */
function isNonFinalStop(text: string, ps: number, dot: number, next: number): boolean {
  let w = dot;
  while (w > ps && isLetter(text.charCodeAt(w - 1))) w--;
  const len = dot - w;
  if (len === 0) return false;
  const before = w > ps ? text.charCodeAt(w - 1) : CH.space;
  // "e.g." / "U.S." style: a letter group right after another stop.
  if (before === CH.dot && len <= 2) return true;
  if (len === 1) {
    const c = text.charCodeAt(w);
    // An initial ("J. K. Rowling"); "I." is the pronoun far more often than an initial.
    if (isUpper(c) && c !== 73 && (isSpace(before) || isOpener(before) || w === ps)) return true;
  }
  if (len > 7) return false;
  const word = text.slice(w, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  if (BEFORE_NUMBER_ONLY.has(word) && isDigit(next)) return true;
  return false;
}
