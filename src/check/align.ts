import type { BookIndex } from './book-index.js';
import type { PatternToken } from './pattern.js';
import { compareWords, spellingKey } from './words.js';

/**
 * Local word alignment of a quotation against a window of the book ("fitting" alignment: every
 * quotation word is accounted for; the book may start and end anywhere in the window). Dynamic
 * programming over (pattern token, book word) with moves for a same/variant/changed word, a word the
 * writer added, a book word left out, a gap (ellipsis: book words skipped freely), an editorial
 * [insertion] standing for up to four book words, and two words against one ("any one"/"anyone").
 */

const SAME = 6;
const VARIANT = 5;
const CHANGED = -4;
const ADDED = -4;
const MISSING = -4;
const MERGE = 5;
const EDITORIAL_MAX_WORDS = 4;
/** Narration between the two parts of a split quotation ("said Mr. Bennet, after a pause,"). */
const SPLIT_MAX_WORDS = 40;

enum Move {
  Start = 0,
  Diag = 1,
  Added = 2,
  Missing = 3,
  Gap = 4,
  Editorial = 5,
  MergeQuote = 6,
  MergeBook = 7,
}

/** One aligned step, in order. Positions are book word positions; `q` is a pattern token index. */
export type AlignStep =
  | { op: 'same' | 'variant' | 'changed'; q: number; b: number; q2?: number; b2?: number }
  | { op: 'added'; q: number }
  | { op: 'missing'; b: number }
  | { op: 'elided'; from: number; to: number }
  | { op: 'editorial'; q: number; from: number; to: number };

export interface Alignment {
  score: number;
  /** Book word positions covered, half-open [firstWord, endWord). */
  firstWord: number;
  endWord: number;
  steps: AlignStep[];
  same: number;
  variant: number;
  changed: number;
  added: number;
  missing: number;
}

export function alignPattern(
  tokens: readonly PatternToken[],
  index: BookIndex,
  winStart: number,
  winEnd: number,
): Alignment | null {
  const n = tokens.length;
  const m = winEnd - winStart;
  if (n === 0 || m <= 0) return null;
  const W = m + 1;
  const H = new Int32Array((n + 1) * W);
  const move = new Uint8Array((n + 1) * W);
  const from = new Int32Array((n + 1) * W);
  const NEG = -1e9;
  const words = index.words;
  const ids = index.ids;
  // Word comparison by id: equal ids are the same word; otherwise the (cached) variant test.
  const qIds = new Int32Array(n).fill(-1);
  const qKeys: string[] = new Array(n).fill('');
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    if (t.type === 'word') {
      qIds[k] = index.idOf.get(t.norm) ?? -1;
      qKeys[k] = spellingKey(t.norm);
    }
  }
  const cmpCache = new Map<number, number>();
  const cmp = (qi: number, bookId: number): number => {
    if (qIds[qi] === bookId) return SAME;
    const key = qi * 4_194_304 + bookId;
    let v = cmpCache.get(key);
    if (v === undefined) {
      const t = tokens[qi]!;
      let bKey = index.spellingKeys[bookId];
      if (bKey === undefined) {
        bKey = spellingKey(index.vocab[bookId]!);
        index.spellingKeys[bookId] = bKey;
      }
      const c = t.type === 'word' ? compareWords(t.norm, index.vocab[bookId]!, qKeys[qi], bKey) : 'different';
      v = c === 'same' ? SAME : c === 'variant' ? VARIANT : CHANGED;
      cmpCache.set(key, v);
    }
    return v;
  };
  for (let i = 1; i <= n; i++) {
    const t = tokens[i - 1]!;
    const row = i * W;
    const prev = (i - 1) * W;
    let bestPrev = NEG;
    let bestPrevJ = 0;
    for (let j = 0; j <= m; j++) {
      let best = NEG;
      let mv: Move = Move.Start;
      let fr = 0;
      if (t.type === 'word') {
        if (j > 0) {
          const bw = words[winStart + j - 1]!.norm;
          const d = H[prev + j - 1]! + cmp(i - 1, ids[winStart + j - 1]!);
          if (d > best) {
            best = d;
            mv = Move.Diag;
          }
          // two quotation words against one book word ("any one" / "anyone")
          if (i >= 2) {
            const t0 = tokens[i - 2]!;
            if (t0.type === 'word' && t0.norm + t.norm === bw) {
              const v = H[(i - 2) * W + j - 1]! + MERGE * 2;
              if (v > best) {
                best = v;
                mv = Move.MergeQuote;
              }
            }
          }
          if (j >= 2 && t.norm === words[winStart + j - 2]!.norm + bw) {
            const v = H[prev + j - 2]! + MERGE * 2;
            if (v > best) {
              best = v;
              mv = Move.MergeBook;
            }
          }
        }
        const a = H[prev + j]! + ADDED;
        if (a > best) {
          best = a;
          mv = Move.Added;
        }
        if (j > 0) {
          const l = H[row + j - 1]! + MISSING;
          if (l > best) {
            best = l;
            mv = Move.Missing;
          }
        }
      } else if (t.type === 'gap' && t.reason === 'split') {
        // narration between the parts of a split quotation: a few words at most; the nearest wins
        for (let k = Math.max(0, j - SPLIT_MAX_WORDS); k <= j; k++) {
          if (H[prev + k]! >= best) {
            best = H[prev + k]!;
            mv = Move.Gap;
            fr = k;
          }
        }
      } else if (t.type === 'gap') {
        // ties go to the later start: the shortest omission
        if (H[prev + j]! >= bestPrev) {
          bestPrev = H[prev + j]!;
          bestPrevJ = j;
        }
        best = bestPrev;
        mv = Move.Gap;
        fr = bestPrevJ;
      } else {
        for (let k = 0; k <= EDITORIAL_MAX_WORDS && k <= j; k++) {
          const v = H[prev + j - k]!;
          if (v > best) {
            best = v;
            mv = Move.Editorial;
            fr = j - k;
          }
        }
      }
      H[row + j] = best;
      move[row + j] = mv;
      from[row + j] = fr;
    }
  }
  // Best end in the last row.
  let endJ = 0;
  let bestScore = NEG;
  const last = n * W;
  for (let j = 0; j <= m; j++) {
    // on ties prefer the later end: a changed last word rather than an added one
    if (H[last + j]! >= bestScore) {
      bestScore = H[last + j]!;
      endJ = j;
    }
  }
  // Trace back.
  const steps: AlignStep[] = [];
  let i = n;
  let j = endJ;
  let same = 0;
  let variant = 0;
  let changed = 0;
  let added = 0;
  let missing = 0;
  let firstJ = endJ;
  while (i > 0) {
    const mv = move[i * W + j] as Move;
    const b = winStart + j - 1;
    switch (mv) {
      case Move.Diag: {
        const t = tokens[i - 1]!;
        const c = t.type === 'word' ? cmp(i - 1, ids[b]!) : CHANGED;
        const op = c === SAME ? 'same' : c === VARIANT ? 'variant' : 'changed';
        if (op === 'same') same++;
        else if (op === 'variant') variant++;
        else changed++;
        steps.push({ op, q: i - 1, b });
        i--;
        j--;
        firstJ = j;
        break;
      }
      case Move.MergeQuote:
        steps.push({ op: 'variant', q: i - 2, q2: i - 1, b });
        variant += 2;
        i -= 2;
        j--;
        firstJ = j;
        break;
      case Move.MergeBook:
        steps.push({ op: 'variant', q: i - 1, b: b - 1, b2: b });
        variant++;
        i--;
        j -= 2;
        firstJ = j;
        break;
      case Move.Added:
        steps.push({ op: 'added', q: i - 1 });
        added++;
        i--;
        break;
      case Move.Missing:
        steps.push({ op: 'missing', b });
        missing++;
        j--;
        break;
      case Move.Gap: {
        const fr = from[i * W + j]!;
        if (fr < j) steps.push({ op: 'elided', from: winStart + fr, to: winStart + j });
        j = fr;
        i--;
        break;
      }
      case Move.Editorial: {
        const fr = from[i * W + j]!;
        steps.push({ op: 'editorial', q: i - 1, from: winStart + fr, to: winStart + j });
        if (fr < j) firstJ = fr;
        j = fr;
        i--;
        break;
      }
      default:
        i = 0;
    }
  }
  steps.reverse();
  // Trailing/leading elisions at the edges are not part of the located span.
  return {
    score: bestScore,
    firstWord: winStart + firstJ,
    endWord: winStart + endJ,
    steps,
    same,
    variant,
    changed,
    added,
    missing,
  };
}
