/**
 * Tokens as spans into the original text, with what later stages ask of a word: its shape, its
 * capitalisation, where it sits in its sentence and whether it is inside a quotation.
 *
 * Words keep internal apostrophes and single hyphens ("don't", "o'clock", "Bennet's", "to-morrow");
 * runs of the same punctuation ("--", "...") are one token; Gutenberg's italics underscores are
 * formatting, not tokens.
 */
import { findSpanIndex, type Span } from '../book/span.js';
import {
  CH,
  codePointFlags,
  FLAG,
  isDashChar,
  isDoubleQuote,
  isHighSurrogate,
  isLower,
  isLowSurrogate,
  isSingleQuote,
  isSpace,
  isUpper,
  isWordChar,
} from './chars.js';

export type TokenShape = 'word' | 'number' | 'punct' | 'symbol';
export type Capitalisation = 'lower' | 'upper' | 'title' | 'mixed' | 'none';

export interface Token {
  start: number;
  end: number;
  shape: TokenShape;
  /** lower: "the"; upper: "CHAPTER" (two or more letters); title: "Darcy", "I"; mixed: "McGregor"; none: no letters. */
  cap: Capitalisation;
  /** Index into the sentences passed to `tokenize`, or -1 when none were passed or none contains it. */
  sentence: number;
  /** Position among the tokens of its sentence (0 = first), or among all tokens when no sentences. */
  indexInSentence: number;
  /** Inside a quotation (the quote marks themselves count as inside). */
  inQuote: boolean;
  /** Lower-cased, typographic apostrophes straightened, ligatures spelled out. */
  norm: string;
}

const MAX_QUOTE_DEPTH = 3;

export function tokenize(text: string, sentences?: readonly Span[], range?: Span): Token[] {
  const from = range ? Math.max(0, range.start) : 0;
  const to = range ? Math.min(text.length, range.end) : text.length;
  const style = quoteStyle(text, from, to);
  const tokens: Token[] = [];
  // Nesting depth: a quotation inside a speech often uses the same straight mark (`says "that's a
  // Post," and…`), so an opening mark inside a quotation nests instead of being ignored, and its
  // closing mark returns to the outer speech.
  let depth = 0;
  let sentence = -1;
  let sentenceEnd = -1;
  let indexInSentence = 0;
  let newlines = 0;

  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === CH.lf) newlines++;
      else if (c === CH.cr && text.charCodeAt(i + 1) !== CH.lf) newlines++;
      i++;
      continue;
    }
    // A quotation in fiction reopens at each paragraph without closing: a blank line resets it.
    if (newlines >= 2) depth = 0;
    newlines = 0;
    if (c === CH.underscore) {
      i++;
      continue;
    }
    const end = scanToken(text, i, to);
    const shape = scannedShape;
    let tokenInQuote = depth > 0;
    if (shape === 'punct') {
      const role = quoteRole(text, i, from, to, style);
      if (role !== null) tokenInQuote = true;
      if (role === 'open') depth = Math.min(depth + 1, MAX_QUOTE_DEPTH);
      else if (role === 'close') depth = Math.max(depth - 1, 0);
      else if (role === 'toggle') depth = depth > 0 ? depth - 1 : 1;
    }
    if (sentences) {
      if (i >= sentenceEnd) {
        const s = findSpanIndex(sentences, i);
        if (s !== sentence) indexInSentence = 0;
        sentence = s;
        sentenceEnd = s >= 0 ? sentences[s]!.end : i + 1;
      }
    }
    const raw = text.slice(i, end);
    tokens.push({
      start: i,
      end,
      shape,
      cap: shape === 'word' ? capitalisation(raw) : 'none',
      sentence,
      indexInSentence: indexInSentence++,
      inQuote: tokenInQuote,
      norm: normToken(raw),
    });
    i = end;
  }
  return tokens;
}

/** Number of words (as `tokenize` counts them) without building tokens: for word counts of whole books. */
export function countWords(text: string, range?: Span): number {
  const from = range ? range.start : 0;
  const to = range ? range.end : text.length;
  let count = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : isWordChar(c) || isHighSurrogate(c)) {
      i = scanToken(text, i, to);
      if (scannedShape === 'word') count++;
    } else i++;
  }
  return count;
}

function isWordAt(text: string, i: number, to: number): number {
  // Returns the width (1 or 2) of a word character at i, or 0.
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (isHighSurrogate(c)) {
    if (i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1))) {
      return codePointFlags(text, i) & (FLAG.LETTER | FLAG.DIGIT | FLAG.MARK) ? 2 : 0;
    }
    return 0;
  }
  return isWordChar(c) ? 1 : 0;
}

/** Shape of the token `scanToken` last scanned (a module variable, so scanning allocates nothing). */
let scannedShape: TokenShape = 'symbol';

/** End of the token starting at `i` (which is not a space); its shape is left in `scannedShape`. */
function scanToken(text: string, i: number, to: number): number {
  const w = isWordAt(text, i, to);
  if (w > 0) {
    let j = i + w;
    let letters = codePointFlags(text, i) & FLAG.LETTER ? 1 : 0;
    // (a run of combining marks alone is no word a joiner could extend: "̈'̈" is three tokens)
    let marksOnly = (codePointFlags(text, i) & (FLAG.LETTER | FLAG.DIGIT)) === 0;
    for (;;) {
      if (j < to) {
        const d = text.charCodeAt(j);
        // ASCII letters and digits answered inline: most of a novel.
        if (d < 128) {
          const lower = d | 32;
          if (lower >= 97 && lower <= 122) {
            letters++;
            j++;
            continue;
          }
          if (d >= 48 && d <= 57) {
            marksOnly = false;
            j++;
            continue;
          }
        } else {
          const v = isWordAt(text, j, to);
          if (v > 0) {
            const flags = codePointFlags(text, j);
            if (flags & FLAG.LETTER) letters++;
            if (flags & (FLAG.LETTER | FLAG.DIGIT)) marksOnly = false;
            j += v;
            continue;
          }
        }
      }
      // Joiners inside a word: apostrophes, a single hyphen, and (in numbers) , or . between digits.
      const d = j < to ? text.charCodeAt(j) : -1;
      const after = isWordAt(text, j + 1, to);
      if (
        after > 0 &&
        (letters > 0 || !marksOnly) &&
        (d === CH.apos || d === CH.rsquo || (d === CH.hyphen && text.charCodeAt(j + 1) !== CH.hyphen))
      ) {
        j += 1;
        continue;
      }
      if (
        after > 0 &&
        letters === 0 &&
        (d === CH.comma || d === CH.dot) &&
        text.charCodeAt(j + 1) >= 48 &&
        text.charCodeAt(j + 1) <= 57
      ) {
        j += 1;
        continue;
      }
      break;
    }
    scannedShape = letters > 0 ? 'word' : 'number';
    return j;
  }
  const c = text.charCodeAt(i);
  if (isHighSurrogate(c) && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1))) {
    scannedShape = 'symbol';
    return i + 2;
  }
  if (isPunct(c)) {
    let j = i + 1;
    // Runs of the same mark are one token ("--", "...", "!!"), but quotes stay single.
    if (!isSingleQuote(c) && !isDoubleQuote(c)) while (j < to && text.charCodeAt(j) === c) j++;
    scannedShape = 'punct';
    return j;
  }
  scannedShape = 'symbol';
  return i + 1;
}

function isPunct(c: number): boolean {
  if (c < 128) {
    return (
      (c >= 33 && c <= 47 && c !== 35 && c !== 36 && c !== 37 && c !== 38 && c !== 42 && c !== 43) ||
      c === 58 ||
      c === 59 ||
      c === 63 ||
      c === 91 ||
      c === 93 ||
      c === 95 ||
      c === 123 ||
      c === 125
    );
  }
  return (
    isSingleQuote(c) ||
    isDoubleQuote(c) ||
    isDashChar(c) ||
    c === CH.ellipsis ||
    c === 0xa1 ||
    c === 0xbf ||
    c === 0xb7 ||
    (c >= 0x2010 && c <= 0x2027)
  );
}

type QuoteStyle = 'double' | 'single';

/**
 * Which marks a text uses for dialogue. British editions often use single quotes (and doubles for
 * quotes within quotes); counting opening marks decides.
 */
function quoteStyle(text: string, from: number, to: number): QuoteStyle {
  let doubles = 0;
  let singles = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === CH.dquote || c === CH.ldquo || c === CH.rdquo) doubles++;
    else if (c === CH.lsquo) singles++;
    else if (c === CH.apos && (i === from || isSpace(text.charCodeAt(i - 1))) && isWordAt(text, i + 1, to))
      singles++;
  }
  return doubles >= singles / 2 ? 'double' : 'single';
}

function quoteRole(
  text: string,
  i: number,
  from: number,
  to: number,
  style: QuoteStyle,
): 'open' | 'close' | 'toggle' | null {
  const c = text.charCodeAt(i);
  if (style === 'double') {
    if (c === CH.ldquo || c === 0x201e || c === CH.laquo) return 'open';
    if (c === CH.rdquo || c === CH.raquo) return 'close';
    if (c === CH.dquote) {
      const prev = i > from ? text.charCodeAt(i - 1) : CH.space;
      const next = i + 1 < to ? text.charCodeAt(i + 1) : CH.space;
      if (isSpace(prev) || prev === CH.lparen || prev === CH.underscore || isDashChar(prev)) return 'open';
      if (isSpace(next)) return 'close';
      return 'toggle';
    }
    return null;
  }
  if (c === CH.lsquo) return 'open';
  if (c === CH.rsquo || c === CH.apos) {
    const prev = i > from ? text.charCodeAt(i - 1) : CH.space;
    const nextWord = isWordAt(text, i + 1, to) > 0;
    if (isSpace(prev) || prev === CH.lparen || prev === CH.underscore || isDashChar(prev)) {
      return nextWord || c === CH.apos ? 'open' : null;
    }
    // An apostrophe between letters is part of a word and never reaches here; after a letter at a
    // word end it is either a closing quote or a plural possessive ("the girls'"); treat as close.
    if (nextWord) return null;
    // "the girls' turn": after a letter and before a lower-case word it is a plural possessive.
    if (isWordAt(text, i - 1, to) > 0) {
      let k = i + 1;
      while (k < to && text.charCodeAt(k) === CH.space) k++;
      if (k > i + 1 && k < to && isLower(text.charCodeAt(k))) return null;
    }
    return 'close';
  }
  return null;
}

function capitalisation(raw: string): Capitalisation {
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  let seenLetter = false;
  let laterUpper = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const u = isUpper(c);
    const l = !u && isLower(c);
    if (!u && !l) continue;
    if (!seenLetter) {
      firstUpper = u;
      seenLetter = true;
    } else if (u) laterUpper = true;
    if (u) upper++;
    else lower++;
  }
  if (upper + lower === 0) return 'none';
  if (upper === 0) return 'lower';
  if (lower === 0) return upper >= 2 ? 'upper' : 'title';
  if (firstUpper && !laterUpper) return 'title';
  return 'mixed';
}

function normToken(raw: string): string {
  let s = raw;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === CH.rsquo || c === CH.lsquo || c >= 0xfb00) {
      s = s
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/\ufb00/g, 'ff')
        .replace(/\ufb01/g, 'fi')
        .replace(/\ufb02/g, 'fl');
      s = s.replace(/\ufb03/g, 'ffi').replace(/\ufb04/g, 'ffl');
      break;
    }
  }
  return s.toLowerCase();
}
