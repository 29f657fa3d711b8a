/**
 * Normalised views of a text. A view is never a second copy that drifts: every normalised code unit
 * records the original offset it came from, so a match found in normalised text converts back to an
 * exact span of the original (`toOriginal`). One pass of char-code tests; the output is assembled from
 * slices of the original, and case folding is one `toLowerCase` of the result (length-preserving: the
 * two characters whose lower case is context-dependent or longer are folded in the loop instead).
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
};

const LIGATURES: Record<number, string> = {
  64256: 'ff',
  64257: 'fi',
  64258: 'fl',
  64259: 'ffi',
  64260: 'ffl',
  64261: 'st',
  64262: 'st',
  198: 'AE',
  230: 'ae',
  338: 'OE',
  339: 'oe',
};

const CAPITAL_I_WITH_DOT = 0x130; // lower-cases to two code units
const CAPITAL_SIGMA = 0x3a3; // lower-cases to σ or ς depending on the next letter

export function normalize(text: string, options?: NormalizeOptions, range?: Span): NormalizedView {
  const o = options ? { ...DEFAULTS, ...options } : DEFAULTS;
  const from = range ? Math.max(0, Math.min(range.start, text.length)) : 0;
  const to = range ? Math.max(from, Math.min(range.end, text.length)) : text.length;

  const pieces: string[] = [];
  let map = new Uint32Array(to - from + 16);
  let n = 0;
  let pieceStart = from; // start of the current run of unchanged characters

  const grow = (extra: number) => {
    if (n + extra + 1 <= map.length) return;
    const bigger = new Uint32Array(Math.max(map.length * 2, n + extra + 16));
    bigger.set(map.subarray(0, n));
    map = bigger;
  };
  /** Close the unchanged run before `i` and continue it after `next`. */
  const replace = (i: number, next: number, replacement: string, origin: number) => {
    if (i > pieceStart) pieces.push(text.slice(pieceStart, i));
    if (replacement.length > 0) {
      pieces.push(replacement);
      grow(replacement.length);
      for (let k = 0; k < replacement.length; k++) map[n++] = origin;
    }
    pieceStart = next;
  };
  /** End of a dash starting at `j` (run of dash characters and hyphens), or -1 if none starts there. */
  const dashEnd = (j: number, afterSpace: boolean): number => {
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
  };
  const skipSpaces = (j: number): number => {
    while (j < to) {
      const c = text.charCodeAt(j);
      if (isSpace(c) || isInvisible(c)) j++;
      else break;
    }
    return j;
  };

  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);

    if (o.whitespace && isSpace(c)) {
      const j = skipSpaces(i + 1);
      if (o.dashes) {
        const k = dashEnd(j, true);
        if (k >= 0) {
          replace(i, skipSpaces(k), '\u2014', i);
          i = pieceStart;
          continue;
        }
      }
      if (c === CH.space && j === i + 1) {
        grow(1);
        map[n++] = i;
        i++;
      } else {
        replace(i, j, ' ', i);
        i = j;
      }
      continue;
    }
    if (o.whitespace && isInvisible(c) && c !== CH.softHyphen) {
      replace(i, i + 1, '', i);
      i++;
      continue;
    }
    if (
      o.lineEndHyphens &&
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
          replace(i, k, '', i);
          i = k;
          continue;
        }
      }
    }
    if (c === CH.softHyphen && (o.whitespace || o.lineEndHyphens)) {
      replace(i, i + 1, '', i);
      i++;
      continue;
    }
    if (o.dashes && (c === CH.hyphen || isDashChar(c))) {
      const k = dashEnd(i, false);
      if (k >= 0) {
        const next = o.whitespace ? skipSpaces(k) : k;
        if (c === 0x2014 && next === i + 1) {
          grow(1);
          map[n++] = i;
          i++;
        } else {
          replace(i, next, '\u2014', i);
          i = next;
        }
        continue;
      }
    }
    if (o.quotes && c !== CH.apos && c !== CH.dquote) {
      if (isSingleQuote(c)) {
        replace(i, i + 1, "'", i);
        i++;
        continue;
      }
      if (isDoubleQuote(c)) {
        replace(i, i + 1, '"', i);
        i++;
        continue;
      }
    }
    if (o.underscores && c === CH.underscore) {
      replace(i, i + 1, '', i);
      i++;
      continue;
    }
    if (o.ellipses && c === CH.ellipsis) {
      replace(i, i + 1, '...', i);
      i++;
      continue;
    }
    if (o.ligatures && c >= 0xc6) {
      const lig = LIGATURES[c];
      if (lig !== undefined) {
        replace(i, i + 1, lig, i);
        i++;
        continue;
      }
    }
    if (o.caseFold) {
      if (c === CAPITAL_I_WITH_DOT) {
        replace(i, i + 1, 'i', i);
        i++;
        continue;
      }
      if (c === CAPITAL_SIGMA) {
        replace(i, i + 1, '\u03c3', i);
        i++;
        continue;
      }
    }
    grow(1);
    map[n++] = i;
    i++;
  }
  if (to > pieceStart) pieces.push(text.slice(pieceStart, to));
  map[n] = to;

  let out = pieces.length === 1 ? pieces[0]! : pieces.join('');
  if (o.caseFold) {
    const folded = out.toLowerCase();
    // toLowerCase keeps the length for everything but the two characters folded above; guard anyway.
    out = folded.length === out.length ? folded : foldByCodeUnit(out);
  }
  const finalMap = map.length === n + 1 ? map : map.subarray(0, n + 1);
  return makeView(text, out, finalMap, { start: from, end: to }, o);
}

function foldByCodeUnit(s: string): string {
  let r = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const l = ch.toLowerCase();
    r += l.length === 1 ? l : ch;
  }
  return r;
}

function makeView(
  original: string,
  text: string,
  map: Uint32Array,
  range: Span,
  o: Required<NormalizeOptions>,
): NormalizedView {
  const len = text.length;
  /** Characters dropped by the options: they may sit between a unit's source and the next unit's. */
  const dropped = (c: number) =>
    (o.underscores && c === CH.underscore) ||
    ((o.whitespace || o.lineEndHyphens) && c === CH.softHyphen) ||
    (o.whitespace && isInvisible(c));
  /** Original end of normalised unit k. Most units come from one code unit; spaces and dashes from runs. */
  const unitEnd = (k: number): number => {
    const p = map[k]!;
    const c = original.charCodeAt(p);
    const multi = (o.whitespace && isSpace(c)) || (o.dashes && (c === CH.hyphen || isDashChar(c)));
    if (!multi) return p + 1;
    let q = map[k + 1]!;
    while (q - 1 > p && dropped(original.charCodeAt(q - 1))) q--;
    return Math.max(q, p + 1);
  };
  return {
    text,
    map,
    range,
    toOriginal(start: number, end: number): Span {
      const s = Math.max(0, Math.min(start, len));
      const e = Math.max(s, Math.min(end, len));
      if (s === e) {
        const at = map[s]!;
        return { start: at, end: at };
      }
      return { start: map[s]!, end: unitEnd(e - 1) };
    },
    toNormalized(offset: number): number {
      let lo = 0;
      let hi = len;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (map[mid]! < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}
