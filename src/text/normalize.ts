/**
 * Normalised views of a text. A view is never a second copy that drifts: every normalised code unit
 * knows the original offset it came from, so a match found in normalised text converts back to an
 * exact span of the original (`toOriginal`).
 *
 * One pass of char-code tests writes the normalised code units into a buffer; runs of plain ASCII are
 * copied by a small, quickly optimised loop, and only the characters a rule may change take the slow
 * path. Offsets are kept as runs, not per unit: most of a book maps one-to-one,
 * so the view stores where each run starts (a few per line) and builds the full per-unit `map` only if
 * someone reads it. Case folding is per code unit (so "Σ" folds the same alone as inside a word).
 */
import type { Span } from '../book/span.js';
import {
  CH,
  isDashChar,
  isDoubleQuote,
  isInvisible,
  isLetter,
  isLower,
  isSingleQuote,
  isSpace,
} from './chars.js';
import { baseLetter, isCombiningAccent, LIGATURES, lowerUnit } from './letters.js';

export interface NormalizeOptions {
  /** Lower-case everything ("Darcy" = "darcy"). */
  caseFold?: boolean;
  /** Curly, low-9, prime and angle quotes and apostrophes become ' and ". */
  quotes?: boolean;
  /** Em/en dashes, horizontal bars and runs of two or more hyphens (or " - ") become one "—", spaces around it dropped. */
  dashes?: boolean;
  /** ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ æ œ are spelled out (fi, fl, …, ae, oe). */
  ligatures?: boolean;
  /** "word-\nbreak" becomes "wordbreak" (hyphen or soft hyphen at a line end before a lower-case letter). */
  lineEndHyphens?: boolean;
  /** Underscores (Gutenberg's _italics_) are dropped. */
  underscores?: boolean;
  /** Every run of whitespace, line breaks included, becomes one space; zero-width characters are dropped. */
  whitespace?: boolean;
  /** "…" becomes "...". */
  ellipses?: boolean;
  /**
   * Accents dropped: "é" becomes "e", combining accents are removed ("naïve" = "naive"). Off by default
   * (the other options are on): editions disagree on accents less often than on quotes and dashes, and
   * an accent can be the whole difference between two words.
   */
  diacritics?: boolean;
}

export interface NormalizedView {
  /** The normalised text. */
  readonly text: string;
  /**
   * Original offset of each normalised code unit, plus a final entry: the end of the normalised range
   * in the original. Monotone non-decreasing.
   */
  readonly map: Uint32Array;
  /** The range of the original that was normalised. */
  readonly range: Span;
  /** Exact original span of the normalised span [start, end). */
  toOriginal(start: number, end: number): Span;
  /** First normalised offset whose original offset is >= `offset` (for converting a span the other way). */
  toNormalized(offset: number): number;
}

const DEFAULTS: Required<NormalizeOptions> = {
  caseFold: true,
  quotes: true,
  dashes: true,
  ligatures: true,
  lineEndHyphens: true,
  underscores: true,
  whitespace: true,
  ellipses: true,
  diacritics: false,
};

export function normalize(text: string, options?: NormalizeOptions, range?: Span): NormalizedView {
  const o = options ? { ...DEFAULTS, ...options } : DEFAULTS;
  const from = range ? Math.max(0, Math.min(range.start, text.length)) : 0;
  const to = range ? Math.max(from, Math.min(range.end, text.length)) : text.length;
  const fold = o.caseFold;
  const optWhitespace = o.whitespace;
  const optDashes = o.dashes;
  const optHyphens = o.lineEndHyphens;
  const optUnderscores = o.underscores;
  const optQuotes = o.quotes;
  const optEllipses = o.ellipses;
  const optLigatures = o.ligatures;
  const optDiacritics = o.diacritics;

  // Invariant: out.length >= n + (to - i), so one-for-one writes never need a bounds check. The hot
  // loop keeps n and out in locals; replacements go through `st` (module-level helpers, not closures,
  // so the optimised loop is reused across calls instead of deoptimising on a new closure each time).
  const st: OutState = { out: new Uint16Array(to - from + 16), n: 0, maxCode: 0, runs: new RunMap(from), to };
  let out = st.out;
  let n = 0;
  let maxCode = 0;

  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Fast path: runs of printable ASCII (and single spaces between words) map one-for-one.
    if ((c > 32 && c < 127 && c !== 45 && c !== 95) || ((c === 32 || c === 10) && optWhitespace)) {
      const j = copyAscii(text, i, to, out, n, fold, optWhitespace);
      if (j > i) {
        n += j - i;
        i = j;
        continue;
      }
    }
    if (optWhitespace && isSpace(c)) {
      const j = skipSpaces(text, i + 1, to);
      if (optDashes) {
        const k = dashEnd(text, j, to, true);
        if (k >= 0) {
          const next = skipSpaces(text, k, to);
          ({ out, n, maxCode } = replaceInto(st, n, maxCode, next, '\u2014', i));
          i = next;
          continue;
        }
      }
      if (j === i + 1) {
        out[n++] = 32; // one space (or one newline/tab, which becomes a space) stays one-for-one
      } else {
        ({ out, n, maxCode } = replaceInto(st, n, maxCode, j, ' ', i));
      }
      i = j;
      continue;
    }
    if (optWhitespace && isInvisible(c) && c !== CH.softHyphen) {
      ({ out, n, maxCode } = replaceInto(st, n, maxCode, i + 1, '', i));
      i++;
      continue;
    }
    if (
      optHyphens &&
      (c === CH.hyphen || c === CH.softHyphen) &&
      i > from &&
      isLetter(text.charCodeAt(i - 1))
    ) {
      let k = i + 1;
      while (k < to && (text.charCodeAt(k) === CH.space || text.charCodeAt(k) === CH.tab)) k++;
      const b = k < to ? text.charCodeAt(k) : -1;
      if (b === CH.lf || b === CH.cr) {
        k += b === CH.cr && k + 1 < to && text.charCodeAt(k + 1) === CH.lf ? 2 : 1;
        while (k < to && (text.charCodeAt(k) === CH.space || text.charCodeAt(k) === CH.tab)) k++;
        if (k < to && isLower(text.charCodeAt(k))) {
          ({ out, n, maxCode } = replaceInto(st, n, maxCode, k, '', i));
          i = k;
          continue;
        }
      }
    }
    if (c === CH.softHyphen && (optWhitespace || optHyphens)) {
      ({ out, n, maxCode } = replaceInto(st, n, maxCode, i + 1, '', i));
      i++;
      continue;
    }
    if (optDashes && (c === CH.hyphen || isDashChar(c))) {
      const k = dashEnd(text, i, to, false);
      if (k >= 0) {
        const next = optWhitespace ? skipSpaces(text, k, to) : k;
        if (next === i + 1) {
          out[n++] = 0x2014;
          if (0x2014 > maxCode) maxCode = 0x2014;
        } else ({ out, n, maxCode } = replaceInto(st, n, maxCode, next, '\u2014', i));
        i = next;
        continue;
      }
    }
    if (optUnderscores && c === CH.underscore) {
      ({ out, n, maxCode } = replaceInto(st, n, maxCode, i + 1, '', i));
      i++;
      continue;
    }
    let u = c;
    if (c >= 128) {
      if (optQuotes && isSingleQuote(c)) u = CH.apos;
      else if (optQuotes && isDoubleQuote(c)) u = CH.dquote;
      else if (optEllipses && c === CH.ellipsis) {
        ({ out, n, maxCode } = replaceInto(st, n, maxCode, i + 1, '...', i));
        i++;
        continue;
      } else if (optLigatures && LIGATURES.has(c)) {
        const lig = LIGATURES.get(c)!;
        ({ out, n, maxCode } = replaceInto(st, n, maxCode, i + 1, fold ? lig.toLowerCase() : lig, i));
        i++;
        continue;
      } else if (optDiacritics && isCombiningAccent(c)) {
        ({ out, n, maxCode } = replaceInto(st, n, maxCode, i + 1, '', i));
        i++;
        continue;
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          // An astral character: fold it as a whole code point (its lower case is astral too).
          let hi = c;
          let lo = d;
          if (fold) {
            const l = String.fromCharCode(c, d).toLowerCase();
            if (l.length === 2) {
              hi = l.charCodeAt(0);
              lo = l.charCodeAt(1);
            }
          }
          out[n++] = hi;
          out[n++] = lo;
          if (hi > maxCode) maxCode = hi;
          i += 2;
          continue;
        }
      } else {
        if (optDiacritics) u = baseLetter(c);
        if (fold) u = lowerUnit(u);
      }
    } else if (fold && c >= 65 && c <= 90) u = c + 32;
    out[n++] = u;
    if (u > maxCode) maxCode = u;
    i++;
  }
  st.runs.finish(n, to);
  return makeView(text, decodeUnits(out, n, maxCode), st.runs, { start: from, end: to }, o);
}

/**
 * Copies printable ASCII from text[i] on into out[n] (lower-cased when folding), stopping at anything
 * the rules may change: a hyphen, an underscore, a control or non-ASCII character, or a space or line
 * feed not followed by a plain character (spaces and line feeds are copied as one space only when
 * whitespace is being normalised). Returns where it stopped. A small function of its own so the JIT
 * optimises it within the first pages of a book: this loop does almost all of the work.
 */
function copyAscii(
  text: string,
  i: number,
  to: number,
  out: Uint16Array,
  n: number,
  fold: boolean,
  spaces: boolean,
): number {
  let k = i;
  while (k < to) {
    const c = text.charCodeAt(k);
    if (c > 32 && c < 127 && c !== 45 && c !== 95) {
      out[n++] = fold && c >= 65 && c <= 90 ? c + 32 : c;
      k++;
    } else if (spaces && (c === 32 || c === 10) && k + 1 < to) {
      // A single space or line feed before a plain character is one space; anything else (runs, CRLF,
      // a dash after it) takes the slow path.
      const d = text.charCodeAt(k + 1);
      if (d > 32 && d < 127 && d !== 45) {
        out[n++] = 32;
        k++;
      } else break;
    } else break;
  }
  return k;
}

interface OutState {
  out: Uint16Array;
  n: number;
  maxCode: number;
  runs: RunMap;
  to: number;
}

/** Replace original [i, next) by `replacement`, every unit of it mapped to `origin`; returns the new locals. */
function replaceInto(
  st: OutState,
  n: number,
  maxCode: number,
  next: number,
  replacement: string,
  origin: number,
): { out: Uint16Array; n: number; maxCode: number } {
  const len = replacement.length;
  if (len > 0) {
    if (n + len + (st.to - next) > st.out.length) {
      const bigger = new Uint16Array(Math.max(st.out.length * 2, n + len + (st.to - next) + 16));
      bigger.set(st.out.subarray(0, n));
      st.out = bigger;
    }
    st.runs.start(n, origin, false);
    const out = st.out;
    for (let k = 0; k < len; k++) {
      const u = replacement.charCodeAt(k);
      out[n++] = u;
      if (u > maxCode) maxCode = u;
    }
  }
  st.runs.start(n, next, true);
  st.n = n;
  st.maxCode = maxCode;
  return st;
}

/** End of a dash starting at `j` (run of dash characters and hyphens), or -1 if none starts there. */
function dashEnd(text: string, j: number, to: number, afterSpace: boolean): number {
  if (j >= to) return -1;
  const c = text.charCodeAt(j);
  const d = j + 1 < to ? text.charCodeAt(j + 1) : -1;
  const isDash =
    isDashChar(c) ||
    (c === CH.hyphen && (d === CH.hyphen || isDashChar(d) || (afterSpace && d !== -1 && isSpace(d))));
  if (!isDash) return -1;
  let k = j + 1;
  while (k < to) {
    const e = text.charCodeAt(k);
    if (e === CH.hyphen || isDashChar(e)) k++;
    else break;
  }
  return k;
}

function skipSpaces(text: string, j: number, to: number): number {
  while (j < to) {
    const c = text.charCodeAt(j);
    if (isSpace(c) || isInvisible(c)) j++;
    else break;
  }
  return j;
}

/**
 * Offsets of the normalised text as runs. Run r covers normalised units [norm[r], norm[r+1]); an
 * identity run maps unit k to orig[r] + (k - norm[r]), a replacement run maps all its units to orig[r].
 */
class RunMap {
  private norm: number[] = [0];
  private orig: number[];
  private identity: boolean[] = [true];
  length = 0;
  end = 0;

  constructor(from: number) {
    this.orig = [from];
  }

  start(normAt: number, origAt: number, identity: boolean): void {
    const last = this.norm.length - 1;
    if (this.norm[last] === normAt) {
      this.orig[last] = origAt;
      this.identity[last] = identity;
    } else {
      this.norm.push(normAt);
      this.orig.push(origAt);
      this.identity.push(identity);
    }
  }

  finish(length: number, end: number): void {
    this.length = length;
    this.end = end;
  }

  /** Original offset of normalised unit k (k = length gives the end of the range). */
  at(k: number): number {
    if (k >= this.length) return this.end;
    const norm = this.norm;
    let lo = 0;
    let hi = norm.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (norm[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    return this.identity[lo] ? this.orig[lo]! + (k - norm[lo]!) : this.orig[lo]!;
  }

  materialise(): Uint32Array {
    const map = new Uint32Array(this.length + 1);
    const runs = this.norm.length;
    for (let r = 0; r < runs; r++) {
      const a = this.norm[r]!;
      const b = r + 1 < runs ? this.norm[r + 1]! : this.length;
      const o = this.orig[r]!;
      if (this.identity[r]) for (let k = a; k < b; k++) map[k] = o + (k - a);
      else map.fill(o, a, b);
    }
    map[this.length] = this.end;
    return map;
  }
}

interface NodeBuffer {
  allocUnsafe(n: number): Uint8Array & { toString(enc: string, start?: number, end?: number): string };
  from(buf: ArrayBufferLike, offset: number, len: number): { toString(enc: string): string };
}

/** The buffer as a string: one-byte when it fits (half the memory), lone surrogates preserved. */
function decodeUnits(out: Uint16Array, n: number, maxCode: number): string {
  const B = (globalThis as { Buffer?: NodeBuffer }).Buffer;
  if (B) {
    if (maxCode < 256) {
      const bytes = B.allocUnsafe(n);
      for (let k = 0; k < n; k++) bytes[k] = out[k]!;
      return bytes.toString('latin1', 0, n);
    }
    return B.from(out.buffer, out.byteOffset, n * 2).toString('utf16le');
  }
  const parts: string[] = [];
  for (let k = 0; k < n; k += 8192) {
    parts.push(String.fromCharCode(...out.subarray(k, Math.min(n, k + 8192))));
  }
  return parts.join('');
}

function makeView(
  original: string,
  text: string,
  runs: RunMap,
  range: Span,
  o: Required<NormalizeOptions>,
): NormalizedView {
  const len = text.length;
  let map: Uint32Array | null = null;
  /** Characters dropped by the options: they may sit between a unit's source and the next unit's. */
  const dropped = (c: number) =>
    (o.underscores && c === CH.underscore) ||
    ((o.whitespace || o.lineEndHyphens) && c === CH.softHyphen) ||
    (o.whitespace && isInvisible(c));
  /** Original end of normalised unit k. Most units come from one code unit; spaces and dashes from runs. */
  const unitEnd = (k: number): number => {
    const p = runs.at(k);
    const c = original.charCodeAt(p);
    const multi = (o.whitespace && isSpace(c)) || (o.dashes && (c === CH.hyphen || isDashChar(c)));
    if (!multi) {
      // Accents dropped after this character belong to it ("cafe" matches all of "café" spelled e + ◌́).
      let e = p + 1;
      if (o.diacritics) {
        const next = runs.at(k + 1);
        while (e < next && isCombiningAccent(original.charCodeAt(e))) e++;
      }
      return e;
    }
    let q = runs.at(k + 1);
    while (q - 1 > p && dropped(original.charCodeAt(q - 1))) q--;
    return Math.max(q, p + 1);
  };
  return {
    text,
    range,
    get map(): Uint32Array {
      if (map === null) map = runs.materialise();
      return map;
    },
    toOriginal(start: number, end: number): Span {
      const s = Math.max(0, Math.min(start, len));
      const e = Math.max(s, Math.min(end, len));
      const at = runs.at(s);
      if (s === e) return { start: at, end: at };
      return { start: at, end: unitEnd(e - 1) };
    },
    toNormalized(offset: number): number {
      let lo = 0;
      let hi = len;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (runs.at(mid) < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}
