/**
 * The words and sentence stops of a book's text as the salience model reads them, tokenised once per
 * book, and a cursor that reads them from any offset exactly as the token pattern would.
 */
import { FEMALE_PRONOUNS, MALE_PRONOUNS, SUBJECT_PRONOUNS } from '../../lexicon.js';
import { letterWidth } from '../../text/chars.js';
import { keepShape } from '../keep-shape.js';

const TOKEN = /[\p{L}][\p{L}'\u2019]*|[.!?;]/gu;

/** What a token is to the salience model. */
const OTHER = 0;
export const SENTENCE_END = 1;
export const MALE_SUBJECT = 2;
export const MALE_OTHER = 3;
export const FEMALE_SUBJECT = 4;
export const FEMALE_OTHER = 5;

const LONGEST_PRONOUN = Math.max(...[...MALE_PRONOUNS, ...FEMALE_PRONOUNS].map((p) => p.length));

/** The first letters of the pronouns, lower case (all ASCII): a word starting otherwise is none. */
const PRONOUN_INITIALS = new Set([...MALE_PRONOUNS, ...FEMALE_PRONOUNS].map((p) => p.charCodeAt(0)));

function kindOf(w: string): number {
  if (w === '.' || w === '!' || w === '?' || w === ';') return SENTENCE_END;
  // A word longer than every pronoun needs no lower-casing (lower-casing never shortens a word).
  if (w.length > LONGEST_PRONOUN) return OTHER;
  // Nor does one whose ASCII first letter starts no pronoun in either case.
  const c = w.charCodeAt(0);
  if (c < 128 && !PRONOUN_INITIALS.has(c >= 65 && c <= 90 ? c + 32 : c)) return OTHER;
  const lw = w.toLowerCase();
  if (MALE_PRONOUNS.has(lw)) return SUBJECT_PRONOUNS.has(lw) ? MALE_SUBJECT : MALE_OTHER;
  if (FEMALE_PRONOUNS.has(lw)) return SUBJECT_PRONOUNS.has(lw) ? FEMALE_SUBJECT : FEMALE_OTHER;
  return OTHER;
}

/**
 * The words and sentence stops of a whole text, read once per book (scene.ts) instead of at every call
 * (the ranker asks for salience at every quotation, for both genders, in two passes).
 */
export interface TextTokens {
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  count: number;
}

export function textTokens(text: string): TextTokens {
  let cap = Math.max(16, text.length >> 2);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let kinds = new Uint8Array(cap);
  let n = 0;
  const push = (start: number, end: number, kind: number): void => {
    if (n === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap);
      s2.set(starts);
      starts = s2;
      const e2 = new Int32Array(cap);
      e2.set(ends);
      ends = e2;
      const k2 = new Uint8Array(cap);
      k2.set(kinds);
      kinds = k2;
    }
    starts[n] = start;
    ends[n] = end;
    kinds[n] = kind;
    n++;
  };
  // What TOKEN finds, read by character codes (the pattern over a whole novel is the slow part).
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59) {
      push(i, i + 1, SENTENCE_END);
      i++;
      continue;
    }
    const w = letterWidth(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    let j = i + w;
    for (;;) {
      const d = text.charCodeAt(j);
      if (d === 39 || d === 0x2019) j++;
      else {
        const wj = letterWidth(text, j);
        if (wj === 0) break;
        j += wj;
      }
    }
    push(i, j, j - i > LONGEST_PRONOUN ? OTHER : kindOf(text.slice(i, j)));
    i = j;
  }
  return { starts, ends, kinds, count: n };
}

/**
 * Per token k, the first token at or after k that the salience model must read: a sentence stop, a
 * pronoun, or a word starting inside a name mention. The others change nothing in its reading, and
 * skipping them makes each call read a fifth of the words.
 */
export function salienceStops(
  tok: TextTokens,
  mentions: readonly { start: number; end: number }[],
): Int32Array {
  const keep = new Uint8Array(tok.count);
  for (let k = 0; k < tok.count; k++) if (tok.kinds[k] !== OTHER) keep[k] = 1;
  for (const m of mentions) {
    let lo = 0;
    let hi = tok.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tok.starts[mid]! < m.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < tok.count && tok.starts[k]! < m.end; k++) keep[k] = 1;
  }
  const next = new Int32Array(tok.count + 1);
  next[tok.count] = tok.count;
  for (let k = tok.count - 1; k >= 0; k--) next[k] = keep[k] ? k : next[k + 1]!;
  return next;
}

/**
 * Reading the text's tokens from any offset, exactly as the token pattern would from there: an
 * offset inside a word starts with the rest of that word (its first letter on).
 */
export class TokenCursor {
  /** Next whole token to read. */
  k = 0;
  /** A word's rest to read first (start, or -1), and its kind. */
  partStart = -1;
  partKind = OTHER;
  /** The kind of the token `next` returned last. */
  kind = OTHER;
  constructor(
    private readonly text: string,
    private readonly tok: TextTokens,
    /** salienceStops: whole tokens the reader may pass over (none when absent). */
    private readonly stops?: Int32Array,
  ) {}

  /** Reads on from offset p. */
  seek(p: number): void {
    const { starts, ends, count } = this.tok;
    const at = Math.max(0, p);
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    this.k = lo;
    this.partStart = -1;
    if (lo < count && starts[lo]! < at) {
      // Inside a word: the pattern finds its rest from the first letter at or after `at`, if any.
      TOKEN.lastIndex = at;
      const m = TOKEN.exec(this.text);
      if (m && m.index < ends[lo]!) {
        this.partStart = m.index;
        this.partKind = kindOf(m[0]);
      }
      this.k = lo + 1;
    }
  }

  /** Start of the next token (-1 at the end); its kind is then in `kind`. */
  next(): number {
    if (this.partStart >= 0) {
      const s = this.partStart;
      this.partStart = -1;
      this.kind = this.partKind;
      return s;
    }
    if (this.stops) this.k = this.stops[this.k]!;
    if (this.k >= this.tok.count) return -1;
    this.kind = this.tok.kinds[this.k]!;
    return this.tok.starts[this.k++]!;
  }
}

keepShape(new TokenCursor('', textTokens('')));
