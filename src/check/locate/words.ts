import { OLD_SPELLINGS } from '../../lexicon.js';
import { normalize } from '../../text/normalize.js';
import { isEnglishWord } from './english.js';

/**
 * Words as the checker compares them. Quotations are matched word by word, ignoring punctuation,
 * case, curly vs straight apostrophes, diacritics, ligatures, _underscore italics_ and hyphenation
 * (a word broken across a line end, "to-day" vs "today"): those differ between editions and are never
 * a misquote. The text layer's normalised view (src/text/normalize.ts) does the folding and keeps the
 * offset map, so every word's offsets are into the original text (half-open UTF-16).
 */

export interface Word {
  start: number;
  end: number;
  /** Comparison form: lower case, no diacritics, no apostrophes or hyphens. */
  norm: string;
}

// In the normalised view: letters/digits joined by an apostrophe or a hyphen.
const WORD_RE = /[\p{L}\p{N}]+(?:['\-\u2010\u2011][\p{L}\p{N}]+)*/gu;
const NON_ASCII = /[^ -~]/;
const JOINERS = /['’‘ʼ\-\u2010\u2011\s>]/g;
const MARKS = /\p{M}/gu;

/** The comparison form of one word as written (used for words outside a normalised view too). */
export function normWord(raw: string): string {
  let w = raw.toLowerCase();
  if (plainAsciiWord(w)) return w; // most words: nothing below would change them

  if (NON_ASCII.test(w)) {
    w = w.replace(/æ/g, 'ae').replace(/œ/g, 'oe').replace(/ß/g, 'ss').normalize('NFKD').replace(MARKS, '');
  }
  return w.replace(JOINERS, '');
}

/** Only a–z and 0–9. */
function plainAsciiWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * Every word of `text` (or of `text.slice(from, to)`, offsets still into `text`).
 *
 * The stretches of plain text (see `plainWordsOf`) are read by a char-code scan; the rest through
 * the normalised view. The view costs ten times the words' own reading on plain text, and most of a
 * review or a book is plain. A stretch is cut only at a single space between two plain characters
 * that are no hyphen or underscore (`splitsAt`): no rule of the view looks across such a space, so
 * the words are those of one view over the whole. test/check/words.test.ts holds the two ways equal.
 */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  let p = from; // where the stretch not yet read starts
  let split = from; // the last cut seen after p
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isPlain(c)) {
      if (c === 32 && i > p && splitsAt(text, i, to)) split = i;
      i++;
      continue;
    }
    // Not plain: the plain stretch up to the last cut the fast way, then through the view up to
    // the next cut.
    if (split > p) {
      plainInto(out, text, p, split);
      p = split;
    }
    let e = i + 1;
    while (e < to && !(text.charCodeAt(e) === 32 && splitsAt(text, e, to))) e++;
    normalizedInto(out, text, p, e);
    p = e;
    split = e;
    i = e;
  }
  if (p < to) plainInto(out, text, p, to);
  return out;
}

/** `wordsOf` the general way: through one normalised view of the whole. */
export function normalizedWordsOf(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  normalizedInto(out, text, from, to);
  return out;
}

function normalizedInto(out: Word[], text: string, from: number, to: number): void {
  const view = normalize(text, { diacritics: true }, { start: from, end: to });
  const re = WORD_SCAN;
  re.lastIndex = 0;
  const nt = view.text;
  for (let m = re.exec(nt); m !== null; m = re.exec(nt)) {
    const norm = normWord(m[0]);
    if (norm.length === 0) continue;
    const span = view.toOriginal(m.index, m.index + m[0].length);
    out.push({ start: span.start, end: span.end, norm });
  }
}

/** WORD_RE for scanning (never re-entered: nothing called while scanning reads words). */
const WORD_SCAN = new RegExp(WORD_RE.source, 'gu');

/**
 * Text the normalised view would only lower-case, collapse the spaces of and turn curly quotes, em
 * dashes and "…" straight in: printable ASCII but the hyphen and the underscore, ASCII spaces,
 * ‘ ’ “ ” — and ….
 */
function isPlain(c: number): boolean {
  return c < 127 ? (c < 32 ? c >= 9 && c <= 13 : c !== 45 && c !== 95) : PLAIN_NON_ASCII.has(c);
}

/** A space at `s` with a printable ASCII character but space, hyphen or underscore on each side. */
function splitsAt(text: string, s: number, to: number): boolean {
  if (s + 1 >= to) return false;
  const a = text.charCodeAt(s - 1);
  const b = text.charCodeAt(s + 1);
  return a > 32 && a < 127 && a !== 45 && a !== 95 && b > 32 && b < 127 && b !== 45 && b !== 95;
}

/**
 * The words of plain text (see `isPlain`), or null when the text is not plain: ASCII letters and
 * digits joined by apostrophes (straight or curly), at the very offsets the normalised view gives.
 */
export function plainWordsOf(text: string, from = 0, to = text.length): Word[] | null {
  for (let i = from; i < to; i++) if (!isPlain(text.charCodeAt(i))) return null;
  const out: Word[] = [];
  plainInto(out, text, from, to);
  return out;
}

function plainInto(out: Word[], text: string, from: number, to: number): void {
  let i = from;
  while (i < to) {
    if (!isAsciiAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let joined = false;
    for (;;) {
      while (i < to && isAsciiAlnum(text.charCodeAt(i))) i++;
      if (i + 1 < to && isApostrophe(text.charCodeAt(i)) && isAsciiAlnum(text.charCodeAt(i + 1))) {
        joined = true;
        i++;
      } else break;
    }
    const raw = text.slice(start, i);
    out.push({ start, end: i, norm: joined ? normWord(raw) : raw.toLowerCase() });
  }
}

/** The non-ASCII characters `plainWordsOf` reads: ‘ ’ (apostrophes), “ ”, — and …. */
const PLAIN_NON_ASCII = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2014, 0x2026]);

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2018 || c === 0x2019;
}

/**
 * A looser key under which spelling variants of one word meet: old spellings a modern edition
 * changes (chuse/choose, shew/show, connexion/connection: the lexicon's OLD_SPELLINGS),
 * British/American spellings (colour/color, realise/realize), doubled consonants
 * (travelled/traveled), elided endings (lov'd/loved). Two words with the same key are "variants",
 * not a misquote.
 */
export function spellingKey(norm: string): string {
  let k = spellingKeys.get(norm);
  if (k === undefined) {
    k = spellingKeyOf(norm);
    // a vocabulary, not a text: bounded by the distinct words of the books and reviews checked
    if (spellingKeys.size > 200_000) spellingKeys.clear();
    spellingKeys.set(norm, k);
  }
  return k;
}

/**
 * Spelling keys already made: each quotation word is compared in every window it is aligned in and
 * every place it is tried, and making a key is four regular expressions.
 */
const spellingKeys = new Map<string, string>();

function spellingKeyOf(norm: string): string {
  let k = OLD_SPELLINGS.get(norm) ?? norm;
  k = k.replace(/our(s|ed|ing|able|ite|ful)?$/, 'or$1');
  k = k.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
  k = k.replace(/([a-z])\1/g, '$1');
  // lov'd → lovd; loved → lovd
  k = k.replace(/ed$/, 'd');
  return k;
}

/** Damerau-free Levenshtein distance, capped: returns max+1 as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

export type WordMatch = 'same' | 'variant' | 'different';

/**
 * When the book has an old spelling and the writer the modern one ("chuse" / "choose"), or the other
 * way round: which is which, for the note a reader sees. Null for any other pair.
 */
export function oldSpelling(review: string, book: string): { old: string; modern: string } | null {
  const modernOfBook = OLD_SPELLINGS.get(book);
  if (modernOfBook !== undefined && spellingKey(review) === spellingKey(modernOfBook)) {
    return { old: book, modern: review };
  }
  const modernOfReview = OLD_SPELLINGS.get(review);
  if (modernOfReview !== undefined && spellingKey(book) === spellingKey(modernOfReview)) {
    return { old: review, modern: book };
  }
  return null;
}

/** Letters OCR confuses with one another (same length): "wben"/"when", "sensib1e"/"sensible". */
const OCR_PAIRS = new Set([
  'e|c',
  'c|e',
  'h|b',
  'b|h',
  'l|1',
  '1|l',
  'l|i',
  'i|l',
  'i|1',
  '1|i',
  'o|0',
  '0|o',
  'u|n',
  'n|u',
]);

const ocrKeys = new Map<string, string>();

/** A word as OCR might have read it, with the multi-letter confusions undone ("irnaginable" → "imaginable"). */
function ocrKey(w: string): string {
  let k = ocrKeys.get(w);
  if (k === undefined) {
    k = /rn|vv|cl|[10]/.test(w)
      ? w.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/cl/g, 'd').replace(/1/g, 'l').replace(/0/g, 'o')
      : w;
    // a vocabulary, not a text: bounded by the distinct words of the books and reviews checked
    if (ocrKeys.size > 200_000) ocrKeys.clear();
    ocrKeys.set(w, k);
  }
  return k;
}

/** Whether `ocrKey` changes the word: it has rn, vv, cl, 1 or 0. */
export function mayBeMisread(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 49 || c === 48) return true; // 1, 0
    const d = w.charCodeAt(i + 1);
    if ((c === 114 && d === 110) || (c === 118 && d === 118) || (c === 99 && d === 108)) return true; // rn, vv, cl
  }
  return false;
}

/** Same length, one letter different, and that letter a known OCR confusion. */
function oneOcrSlip(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) {
      if (diff >= 0) return false;
      diff = i;
    }
  }
  return diff >= 0 && OCR_PAIRS.has(`${a[diff]}|${b[diff]}`);
}

/**
 * Whether two different words are one misread by scanning: "sensib1e" / "sensible", "irnaginable".
 * `misread`: whether either has letters OCR confuses (`mayBeMisread`), when the caller knows.
 * (A word without rn, vv, cl, 1 or 0 is its own OCR key: the keys can meet only when one of the two
 * has such letters. Most pairs have none, and a key lookup was most of the cost.)
 */
export function isScanningSlip(a: string, b: string, misread?: boolean): boolean {
  return (
    oneOcrSlip(a, b) ||
    (a.length >= 4 && (misread ?? (mayBeMisread(a) || mayBeMisread(b))) && ocrKey(a) === ocrKey(b))
  );
}

/**
 * Whether two words differ only in a final vowel ("Camille" / "Camilla", "Louisa" / "Louise",
 * "Antonio" / "Antonia"): that is how names mark another person and Latin another number, and
 * neither misprints nor old spellings swap one final vowel for another.
 */
function otherEnding(a: string, b: string): boolean {
  const n = a.length;
  return (
    n === b.length &&
    a.slice(0, n - 1) === b.slice(0, n - 1) &&
    /[aeiou]/.test(a[n - 1]!) &&
    /[aeiou]/.test(b[n - 1]!)
  );
}

/**
 * How two normalised words compare. Spelling variants, a one-letter difference in a long word
 * (≥ 6 letters) and typical OCR misreadings count as variants: in another edition those are far
 * more often typography or scanning than a writer's change. But when the writer's word `a` is itself
 * a word of the book (`aIsBookWord`) or of English (english.ts), a one-letter difference is another
 * word, not a misprint: "sensations" for "sensation", "errors" for "terrors".
 */
export function compareWords(
  a: string,
  b: string,
  keyA = spellingKey(a),
  keyB = spellingKey(b),
  aIsBookWord = false,
  /** Whether either word has letters OCR confuses (`mayBeMisread`), when the caller knows. */
  misread?: boolean,
): WordMatch {
  if (a === b) return 'same';
  if (keyA === keyB) return 'variant';
  if (!aIsBookWord && a.length >= 6 && b.length >= 6 && !otherEnding(a, b) && editDistance(a, b, 1) <= 1)
    // Two words of English are two words ("errors", "terrors"); an old spelling the writer
    // modernised ("synonimously") is no word of today's English.
    return isEnglishWord(a) && isEnglishWord(b) ? 'different' : 'variant';
  return isScanningSlip(a, b, misread) ? 'variant' : 'different';
}

/** Very common English words: matching only these is no evidence that a quotation is in the book. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about after all also am an and any are as at be been before being but by can could did do does ' +
    'dont for from had has have having he her here hers him his how i if im in into is it its just ' +
    'me mine more most much must my no nor not now of off on once one only or other our out over own ' +
    'said say says shall she should so some such than that the their them then there these they this ' +
    'those though to too up upon us very was we were what when where which while who whom why will ' +
    'with would yes yet you your'
  ).split(' '),
);
