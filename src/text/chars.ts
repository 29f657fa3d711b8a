/**
 * Character classes as char-code tests, shared by the normaliser, the segmenter and the tokenizer.
 * Everything here works on UTF-16 code units so the hot loops never allocate a string per character.
 */

export const CH = {
  tab: 9,
  lf: 10,
  vt: 11,
  ff: 12,
  cr: 13,
  space: 32,
  bang: 33,
  dquote: 34,
  apos: 39,
  lparen: 40,
  rparen: 41,
  star: 42,
  comma: 44,
  hyphen: 45,
  dot: 46,
  colon: 58,
  semicolon: 59,
  question: 63,
  lbracket: 91,
  rbracket: 93,
  underscore: 95,
  backtick: 96,
  nbsp: 0xa0,
  softHyphen: 0xad,
  lsquo: 0x2018,
  rsquo: 0x2019,
  ldquo: 0x201c,
  rdquo: 0x201d,
  ellipsis: 0x2026,
  emDash: 0x2014,
  enDash: 0x2013,
  laquo: 0xab,
  raquo: 0xbb,
} as const;

/**
 * Exactly what `/\s/` matches (ECMAScript's white space and line terminators, U+FEFF included), for
 * scanners that replace a regular expression and must agree with it to the character.
 */
export function isRegExpSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xfeff || (c !== 0x85 && isSpace(c));
}

/** Whitespace a reader would see as a gap: ASCII space and controls, NBSP and the Unicode spaces. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return c === 0x85;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Horizontal whitespace only (no line breaks): used to decide whether a line is blank. */
export function isLineBreak(c: number): boolean {
  return c === CH.lf || c === CH.cr || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/** Characters with no visible width that a reader never notices: dropped by normalisation. */
export function isInvisible(c: number): boolean {
  return c === CH.softHyphen || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

/** Dash characters (not the hyphen-minus): figure, en, em, horizontal bar, two- and three-em dashes. */
export function isDashChar(c: number): boolean {
  return (c >= 0x2012 && c <= 0x2015) || c === 0x2e3a || c === 0x2e3b || c === 0x2212;
}

/** Single quotation marks and apostrophes, straight or typographic (not the grave accent). */
export function isSingleQuote(c: number): boolean {
  return c === CH.apos || (c >= 0x2018 && c <= 0x201b) || c === 0x2032 || c === 0x2039 || c === 0x203a;
}

export function isDoubleQuote(c: number): boolean {
  return c === CH.dquote || (c >= 0x201c && c <= 0x201f) || c === 0x2033 || c === CH.laquo || c === CH.raquo;
}

export function isQuote(c: number): boolean {
  return isSingleQuote(c) || isDoubleQuote(c);
}

/** Marks that open a quotation or bracket (and may stand before a sentence's first word). */
export function isOpener(c: number): boolean {
  return (
    c === CH.dquote ||
    c === CH.apos ||
    c === CH.lsquo ||
    c === CH.ldquo ||
    c === 0x201e ||
    c === 0x201a ||
    c === CH.laquo ||
    c === CH.lparen ||
    c === CH.lbracket ||
    c === CH.underscore ||
    c === CH.star
  );
}

/** Marks that may close a sentence after its terminator: quotes, brackets, italics underscores. */
export function isCloser(c: number): boolean {
  return (
    c === CH.dquote ||
    c === CH.apos ||
    c === CH.rsquo ||
    c === CH.rdquo ||
    c === CH.raquo ||
    c === CH.rparen ||
    c === CH.rbracket ||
    c === CH.underscore ||
    c === CH.star
  );
}

// Letter/digit tests. ASCII and Latin-1 are answered inline; everything else in the BMP is looked up
// once with a Unicode property regex and cached in a table (astral characters are looked up each time:
// they are rare in novels).
const LETTER = 1;
const DIGIT = 2;
const MARK = 4;
const UPPER = 8;
const LOWER = 16;
/** Upper case proper (\p{Lu}), without the title-case letters UPPER also holds. */
const UPPER_ONLY = 32;
let bmpTable: Uint8Array | null = null;
const UNKNOWN = 255;

function classifySlow(ch: string): number {
  let f = 0;
  if (/\p{L}/u.test(ch)) f |= LETTER;
  if (/\p{Nd}/u.test(ch)) f |= DIGIT;
  if (/\p{M}/u.test(ch)) f |= MARK;
  if (/\p{Lu}|\p{Lt}/u.test(ch)) f |= UPPER;
  if (/\p{Ll}/u.test(ch)) f |= LOWER;
  if (/\p{Lu}/u.test(ch)) f |= UPPER_ONLY;
  return f;
}

function flagsOf(c: number): number {
  if (c < 128) {
    if (c >= 97 && c <= 122) return LETTER | LOWER;
    if (c >= 65 && c <= 90) return LETTER | UPPER | UPPER_ONLY;
    if (c >= 48 && c <= 57) return DIGIT;
    return 0;
  }
  if (bmpTable === null) bmpTable = new Uint8Array(65536).fill(UNKNOWN);
  let f = bmpTable[c]!;
  if (f === UNKNOWN) {
    // Lone surrogates classify as nothing; pairs are handled by codePointFlags.
    f = c >= 0xd800 && c <= 0xdfff ? 0 : classifySlow(String.fromCharCode(c));
    bmpTable[c] = f;
  }
  return f;
}

/** Flags for the code point at `i` (handles surrogate pairs); `width` is returned via the caller. */
export function codePointFlags(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classifySlow(String.fromCharCode(c, d));
    return 0;
  }
  return flagsOf(c);
}

export function isLetter(c: number): boolean {
  return (flagsOf(c) & LETTER) !== 0;
}
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57 ? true : c >= 128 && (flagsOf(c) & DIGIT) !== 0;
}
export function isMark(c: number): boolean {
  return c >= 0x300 && (flagsOf(c) & MARK) !== 0;
}
export function isUpper(c: number): boolean {
  return (flagsOf(c) & UPPER) !== 0;
}
export function isLower(c: number): boolean {
  return (flagsOf(c) & LOWER) !== 0;
}
/** Letter, digit or combining mark: the characters a word is made of. */
export function isWordChar(c: number): boolean {
  return (flagsOf(c) & (LETTER | DIGIT | MARK)) !== 0;
}

export const FLAG = { LETTER, DIGIT, MARK, UPPER, LOWER } as const;

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Width in UTF-16 units of the code point at `i` when it is a letter (\p{L}), else 0: what a
 * Unicode-mode `\p{L}` matches there, a surrogate pair as one letter, a lone surrogate as none.
 */
export function letterWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return (codePointFlags(text, i) & LETTER) !== 0 ? 2 : 0;
  return (flagsOf(c) & LETTER) !== 0 ? 1 : 0;
}

/** The same for a lower-case letter (\p{Ll}). */
export function lowerWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return (codePointFlags(text, i) & LOWER) !== 0 ? 2 : 0;
  return (flagsOf(c) & LOWER) !== 0 ? 1 : 0;
}

/** The same for an upper-case letter proper (\p{Lu}: not the title-case "ǅ"). */
export function upperWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return (codePointFlags(text, i) & UPPER_ONLY) !== 0 ? 2 : 0;
  return (flagsOf(c) & UPPER_ONLY) !== 0 ? 1 : 0;
}

/** True when the code point that ends just before `i` is a lower-case letter (a Unicode-mode `(?<=\p{Ll})`). */
export function lowerBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return c >= 97 && c <= 122;
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (codePointFlags(text, i - 2) & LOWER) !== 0;
  }
  return (flagsOf(c) & LOWER) !== 0;
}

/** True when the code point that ends just before `i` is a letter (a Unicode-mode `(?<=\p{L})`). */
export function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (codePointFlags(text, i - 2) & LETTER) !== 0;
  }
  return (flagsOf(c) & LETTER) !== 0;
}

/** A word that opens on a capital letter ("Bartleby", "I"), of any script with cases. */
export function isUpperInitial(w: string): boolean {
  const c = w[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
