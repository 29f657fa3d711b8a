import type { BookIndex } from './book-index.js';
import { QuoteWords } from './compare.js';
import { marksBefore, OPENS, PARAGRAPH, partBeforeTag, speechWordsBetween } from './edges.js';
import type { PatternToken } from './pattern.js';

/**
 * Local word alignment of a quotation against a window of the book ("fitting" alignment: every
 * quotation word is accounted for; the book may start and end anywhere in the window). Dynamic
 * programming over (pattern token, book word) with moves for a same/variant/changed word, a word the
 * writer added, a book word left out, a gap (ellipsis: book words skipped freely), an editorial
 * [insertion] standing for up to four book words, and two or three words against one ("any one" /
 "anyone", "hand in hand" / "hand-in-hand": hyphens are dropped, so the hyphenated form is one word).
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
  /** Two quotation words against one book word ("any one" / "anyone"). */
  MergeQuote = 6,
  /** One quotation word against two book words ("anyone" / "any one"). */
  MergeBook = 7,
  /** Book narration between two parts of one line of dialogue ("said Ruth,"), left out by the writer. */
  TagSkip = 8,
  /** Three quotation words against one book word ("hand in hand" / "hand-in-hand"). */
  MergeQuote3 = 9,
  /** One quotation word against three book words ("hand-in-hand" / "hand in hand"). */
  MergeBook3 = 10,
}

/**
 * One aligned step, in order. Positions are book word positions; `q` is a pattern token index. A
 * merged step covers `qn` pattern tokens from `q` and `bn` book words from `b` (both 1 when absent).
 */
export type AlignStep =
  | { op: 'same' | 'variant' | 'changed'; q: number; b: number; qn?: number; bn?: number }
  | { op: 'added'; q: number }
  | { op: 'missing'; b: number }
  /** Book words left out: a writer's ellipsis, or the book's speech tag between two parts (`tag`). */
  | { op: 'elided'; from: number; to: number; tag?: true }
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

/**
 * The dynamic-programming tables, reused from call to call (a review aligns dozens of windows;
 * fresh arrays each time were most of the garbage). Every cell used is written before it is read.
 */
let tables = { H: new Int32Array(0), move: new Uint8Array(0), from: new Int32Array(0) };
function scratch(cells: number): typeof tables {
  if (tables.H.length < cells) {
    const size = Math.max(cells, tables.H.length * 2, 1 << 16);
    tables = { H: new Int32Array(size), move: new Uint8Array(size), from: new Int32Array(size) };
  }
  return tables;
}

export function alignPattern(
  tokens: readonly PatternToken[],
  index: BookIndex,
  winStart: number,
  winEnd: number,
  bookText: string,
  /** Word comparisons of this quotation, shared by the windows it is aligned in. */
  quoteWords: QuoteWords = new QuoteWords(tokens, index),
): Alignment | null {
  const n = tokens.length;
  const m = winEnd - winStart;
  if (n === 0 || m <= 0) return null;
  const W = m + 1;
  const { H, move, from } = scratch((n + 1) * W);
  H.fill(0, 0, W); // row 0: the quotation may start anywhere in the window
  const NEG = -1e9;
  const { vocab, starts, ends } = index;
  const ids = index.ids;
  const { tagStart, paragraphOf } = dialogueTags(bookText, index, winStart, winEnd);
  /** The window columns in [from, to) whose book words are speech (edges.ts `speechWordsBetween`). */
  const speechWordsIn = (fromCol: number, toCol: number): number[] =>
    speechWordsBetween(winStart + fromCol, winStart + toCol, index, bookText).map((p) => p - winStart);
  const cmp = (qi: number, bookId: number): number => quoteWords.score(qi, bookId, SAME, VARIANT, CHANGED);
  // The length and last letter of each window word: one word can end another (a merge of two or
  // three words) only when the last letters agree, which spares most cells the string test.
  const bookLen = new Int32Array(m + 1);
  const bookLast = new Int32Array(m + 1);
  for (let j = 1; j <= m; j++) {
    const bw = vocab[ids[winStart + j - 1]!]!;
    bookLen[j] = bw.length;
    bookLast[j] = bw.charCodeAt(bw.length - 1);
  }
  for (let i = 1; i <= n; i++) {
    const t = tokens[i - 1]!;
    const tLen = t.type === 'word' ? t.norm.length : 0;
    const tLast = t.type === 'word' ? t.norm.charCodeAt(tLen - 1) : -1;
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
          const bw = vocab[ids[winStart + j - 1]!]!;
          const d = H[prev + j - 1]! + cmp(i - 1, ids[winStart + j - 1]!);
          if (d > best) {
            best = d;
            mv = Move.Diag;
          }
          // two or three quotation words against one book word ("any one" / "anyone")
          const lastAgrees = bookLast[j] === tLast;
          if (i >= 2 && lastAgrees && bookLen[j]! > tLen && bw.endsWith(t.norm)) {
            const t1 = tokens[i - 2]!;
            if (t1.type === 'word') {
              const two = t1.norm + t.norm;
              if (two === bw) {
                const v = H[(i - 2) * W + j - 1]! + MERGE * 2;
                if (v > best) {
                  best = v;
                  mv = Move.MergeQuote;
                }
              } else if (i >= 3) {
                const t2 = tokens[i - 3]!;
                if (t2.type === 'word' && t2.norm + two === bw) {
                  const v = H[(i - 3) * W + j - 1]! + MERGE * 3;
                  if (v > best) {
                    best = v;
                    mv = Move.MergeQuote3;
                  }
                }
              }
            }
          }
          // one quotation word against two or three book words ("anyone" / "any one")
          if (j >= 2 && lastAgrees && tLen > bookLen[j]! && t.norm.endsWith(bw)) {
            const two = vocab[ids[winStart + j - 2]!]! + bw;
            if (t.norm === two) {
              const v = H[prev + j - 2]! + MERGE * 2;
              if (v > best) {
                best = v;
                mv = Move.MergeBook;
              }
            } else if (j >= 3 && t.norm === vocab[ids[winStart + j - 3]!]! + two) {
              const v = H[prev + j - 3]! + MERGE * 3;
              if (v > best) {
                best = v;
                mv = Move.MergeBook3;
              }
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
        // narration between the parts of a split quotation: a few words at most, in the paragraph
        // of the line (a tag never runs over into the next speaker's turn); the nearest wins
        for (let k = Math.max(0, j - SPLIT_MAX_WORDS); k <= j; k++) {
          if (paragraphOf[Math.max(k - 1, 0)] !== paragraphOf[j]) continue;
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
          // a bracket usually stands for some words of the book ("[he]" for "Tommy"): prefer that
          const v = H[prev + j - k]! + (k > 0 ? 1 : 0);
          if (v > best) {
            best = v;
            mv = Move.Editorial;
            fr = j - k;
          }
        }
      }
      // Skipping the narration between two quoted parts costs nothing: writers drop "said Ruth".
      const tag = tagStart[j]!;
      if (tag >= 0 && H[row + tag]! > best && i > 0) {
        best = H[row + tag]!;
        mv = Move.TagSkip;
        fr = tag;
      }
      H[row + j] = best;
      move[row + j] = mv;
      from[row + j] = fr;
    }
  }
  // Best end in the last row. On a tie a later end (a changed last word rather than an added one)
  // wins only while it stays in the same sentence of the book.
  let endJ = 0;
  let bestScore = NEG;
  const last = n * W;
  for (let j = 0; j <= m; j++) {
    const v = H[last + j]!;
    if (v > bestScore) {
      bestScore = v;
      endJ = j;
    } else if (v === bestScore && endJ > 0 && j > 0) {
      const between = bookText.slice(ends[winStart + endJ - 1]!, starts[winStart + j - 1]!);
      if (!/[.!?;:"\u201d\u2019]/.test(between)) endJ = j;
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
      case Move.MergeQuote3: {
        const qn = mv === Move.MergeQuote ? 2 : 3;
        steps.push({ op: 'variant', q: i - qn, qn, b });
        variant += qn;
        i -= qn;
        j--;
        firstJ = j;
        break;
      }
      case Move.MergeBook:
      case Move.MergeBook3: {
        const bn = mv === Move.MergeBook ? 2 : 3;
        steps.push({ op: 'variant', q: i - 1, b: b - bn + 1, bn });
        variant++;
        i--;
        j -= bn;
        firstJ = j;
        break;
      }
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
      case Move.TagSkip: {
        const fr = from[i * W + j]!;
        steps.push({ op: 'elided', from: winStart + fr, to: winStart + j, tag: true });
        j = fr;
        break;
      }
      case Move.Gap: {
        const fr = from[i * W + j]!;
        const t = tokens[i - 1]!;
        // Between the parts of a split quotation the writer may drop the book's narration (its tag),
        // not its speech: book words inside quote marks there are words left out silently. ("Let me
        // go,” he cries. “You are an ogre.” for "'Let me go,' he cried; 'monster! Ugly wretch! … You
        // are an ogre'": probe round AF172, called verbatim.)
        const spoken = t.type === 'gap' && t.reason === 'split' ? speechWordsIn(fr, j) : null;
        if (spoken && spoken.length > 0) {
          let k = j;
          for (let s = spoken.length - 1; s >= 0; s--) {
            const w = spoken[s]!;
            if (w + 1 < k) steps.push({ op: 'elided', from: winStart + w + 1, to: winStart + k });
            steps.push({ op: 'missing', b: winStart + w });
            missing++;
            k = w;
          }
          if (fr < k) steps.push({ op: 'elided', from: winStart + fr, to: winStart + k });
        } else if (fr < j) steps.push({ op: 'elided', from: winStart + fr, to: winStart + j });
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
  // A changed first word whose book word ends a sentence or a quotation before the rest ("Dick." in
  // the paragraph before “Name's Gloria Gilbert?”) is a word the writer added, not a slip for the
  // book's: the place starts at the next word (probe round AF144, a place shown from the paragraph
  // before, as the end already is: see endJ above).
  const first = steps[0];
  const next = steps.find((s, k) => k > 0 && (s.op === 'same' || s.op === 'variant' || s.op === 'changed'));
  if (first?.op === 'changed' && next && 'b' in next) {
    const between = bookText.slice(ends[first.b]!, starts[next.b]!);
    if (/[.!?;:"\u201c\u201d\u2019]/.test(between)) {
      steps[0] = { op: 'added', q: first.q };
      changed--;
      added++;
      firstJ = next.b - winStart;
    }
  }
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

/**
 * A comma (or a semicolon or colon) right after a word: where a dash line's tag may end. (Its code
 * point, tested for every word of every window: no slice, no pattern.)
 */
const AFTER_COMMA: ReadonlySet<number> = new Set([','.charCodeAt(0), ';'.charCodeAt(0), ':'.charCodeAt(0)]);

/**
 * For each window column l, the column k where a run of narration between two quoted parts of
 * dialogue starts (words k..l-1 are narration: a closing mark just before word k, an opening mark
 * just before word l, no marks in between), or -1: `partBeforeTag` (edges.ts).
 */
function dialogueTags(
  text: string,
  index: BookIndex,
  winStart: number,
  winEnd: number,
): { tagStart: Int32Array; paragraphOf: Int32Array } {
  const m = winEnd - winStart;
  const out = new Int32Array(m + 1).fill(-1);
  /** The paragraph (counted from the window's start) of each window word. */
  const paragraphOf = new Int32Array(m + 1);
  for (let k = 0; k <= m; k++) {
    if (k > 0) paragraphOf[k] = paragraphOf[k - 1]!;
    const marks = marksBefore(winStart + k, index, text);
    if (marks & PARAGRAPH) paragraphOf[k]!++;
    if (k === 0) continue;
    // (or, in a line of dialogue printed after a dash, a comma after the tag: "--It is called a
    // tundish in Lower Drumcondra, said Stephen, laughing, where they speak the best English.", A
    // Portrait of the Artist, probe round AF276: the writer who left the tag out was called altered)
    if (!(marks & OPENS) && !AFTER_COMMA.has(text.charCodeAt(index.ends[winStart + k - 1]!))) continue;
    // the narration ending just before word k, within the window (edges.ts reads it the same way
    // for the exact search)
    const last = partBeforeTag(winStart + k - 1, index, text);
    if (last + 1 >= winStart) out[k] = last + 1 - winStart;
  }
  return { tagStart: out, paragraphOf };
}
