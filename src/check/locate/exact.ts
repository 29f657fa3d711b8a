import type { Alignment, AlignStep } from './align.js';
import { type BookIndex, normAt, postingsAt } from './book-index.js';
import { QuoteWords } from './compare.js';
import { edgeBefore, partAfterTag, partBeforeTag, speechWordsBetween } from './edges.js';
import type { PatternToken, QuotePattern } from './pattern.js';

/**
 * Finding a quotation word for word: every place where the book has the quotation's words in order
 * and nothing else between them (spelling variants, and "any one"/"anyone" or "hand in hand" /
 * "hand-in-hand", allowed; between the parts of a split quotation, or at an ellipsis, the book may
 * have other words). The rare-word vote (find.ts) cannot place a short line made of common words
 * ("Not at all.", "I hope not."): every "not", "at" and "all" votes, and the densest stretch of them
 * wins rather than the line itself. Here the rarest word of the quotation proposes places and each is
 * checked word by word: cheap (one pass over that word's occurrences) and exact, and it finds every
 * place a line repeated in the book occurs.
 */

/** Book words the narration between two parts of a split quotation may take ("said Mr. Bennet, after a pause,"). */
const SPLIT_MAX_WORDS = 40;
/** Book words an ellipsis may stand for (as in the aligner's gaps). */
const ELLIPSIS_MAX_WORDS = 600;
/** Stop collecting places after this many (a line of common words in a long book). */
const MAX_HITS = 2000;

interface Segment {
  /** Indexes into the pattern's tokens, all words. */
  tokens: number[];
  /** How many book words may stand between this segment and the next. */
  gapAfter: number;
  /** Whether those words may run over a paragraph break (an ellipsis may; a speech tag does not). */
  crossesParagraphs: boolean;
  /** The gap after is a split quotation's: the book's words there may be narration, not speech. */
  split?: boolean;
}

/** The pattern cut at its gaps; null when it has [editorial] words (never word for word). */
function segmentsOf(tokens: readonly PatternToken[]): Segment[] | null {
  const out: Segment[] = [{ tokens: [], gapAfter: 0, crossesParagraphs: false }];
  for (const [k, t] of tokens.entries()) {
    if (t.type === 'editorial') return null;
    if (t.type === 'gap') {
      const last = out[out.length - 1]!;
      last.gapAfter = t.reason === 'split' ? SPLIT_MAX_WORDS : ELLIPSIS_MAX_WORDS;
      last.crossesParagraphs = t.reason === 'ellipsis';
      last.split = t.reason === 'split';
      out.push({ tokens: [], gapAfter: 0, crossesParagraphs: false });
    } else out[out.length - 1]!.tokens.push(k);
  }
  return out.every((s) => s.tokens.length > 0) ? out : null;
}

type Cmp = (q: number, b: number) => 'same' | 'variant' | 'different';

/**
 * Where matching goes on past the narration between two quoted parts of one line, which the writer
 * left out ("Well, what can you do?" for “Well,” said Hanson, after a while, sticking his hands out
 * before him, “what can you do?”): from book word `p` (forward: the narration's first word;
 * backward: its last), the book word to match next, or -1 when no such narration is there.
 */
type TagSkip = (p: number, backward: boolean) => number;

function comparer(tokens: readonly PatternToken[], index: BookIndex): Cmp {
  const words = new QuoteWords(tokens, index);
  return (q, b) => words.match(q, index.ids[b]!);
}

interface Run {
  steps: AlignStep[];
  /** Book words covered, [first, end). */
  first: number;
  end: number;
}

/**
 * Match the words `seg[from..]` forward from book word `b` (or, `backward`, the words `seg[..to]`
 * ending just before book word `b`): one word against one, or two or three against one either way,
 * and over the book's tag between two parts of the line (`skipTag`).
 */
function matchRun(
  seg: readonly number[],
  tokens: readonly PatternToken[],
  index: BookIndex,
  cmp: Cmp,
  skipTag: TagSkip,
  b: number,
  backward: boolean,
  from = 0,
  to = seg.length,
  /** The run goes on from a word already matched (the anchor's words before it, read backward). */
  continues = false,
): Run | null {
  const steps: AlignStep[] = [];
  const n = index.ids.length;
  const norm = (q: number) => (tokens[seg[q]!] as { norm: string }).norm;
  const bookNorm = (p: number) => normAt(index, p);
  let i = backward ? to - 1 : from;
  let p = backward ? b - 1 : b;
  const dir = backward ? -1 : 1;
  const done = () => (backward ? i < from : i >= to);
  while (!done()) {
    if (p < 0 || p >= n) return null;
    const c = cmp(seg[i]!, p);
    if (c !== 'different') {
      steps.push({ op: c, q: seg[i]!, b: p });
      i += dir;
      p += dir;
      continue;
    }
    const bw = bookNorm(p);
    const q0 = norm(i);
    // several quotation words against one book word
    let merged = false;
    for (const k of [2, 3]) {
      const lo = backward ? i - k + 1 : i;
      if (lo < from || lo + k > to) continue;
      let joined = '';
      for (let x = lo; x < lo + k; x++) joined += norm(x);
      if (joined === bw) {
        steps.push({ op: 'variant', q: seg[lo]!, qn: k, b: p });
        i += dir * k;
        p += dir;
        merged = true;
        break;
      }
    }
    if (merged) continue;
    // the book's tag between two parts of the line, left out by the writer (never before the
    // quotation's first word or after its last: only between two of its words)
    const started = continues || (backward ? i < to - 1 : i > from);
    const resume = started ? skipTag(p, backward) : -1;
    if (resume >= 0) {
      steps.push(
        backward
          ? { op: 'elided', from: resume + 1, to: p + 1, tag: true }
          : { op: 'elided', from: p, to: resume, tag: true },
      );
      p = resume;
      continue;
    }
    // one quotation word against several book words
    for (const k of [2, 3]) {
      const lo = backward ? p - k + 1 : p;
      if (lo < 0 || lo + k > n) continue;
      let joined = '';
      for (let x = lo; x < lo + k; x++) joined += bookNorm(x);
      if (joined === q0) {
        steps.push({ op: 'variant', q: seg[i]!, b: lo, bn: k });
        i += dir;
        p += dir * k;
        merged = true;
        break;
      }
    }
    if (!merged) return null;
  }
  if (backward) steps.reverse();
  return backward ? { steps, first: p + 1, end: b } : { steps, first: b, end: p };
}

/** The pattern word (segment and position in it) whose word is rarest in the book, or null. */
function rarestWord(
  segs: readonly Segment[],
  tokens: readonly PatternToken[],
  index: BookIndex,
): { s: number; k: number; postings: Int32Array } | null {
  let best: { s: number; k: number; postings: Int32Array } | null = null;
  segs.forEach((seg, s) => {
    seg.tokens.forEach((q, k) => {
      const id = index.idOf.get((tokens[q] as { norm: string }).norm);
      if (id === undefined) return;
      const postings = postingsAt(index, id);
      if (!best || postings.length < best.postings.length) best = { s, k, postings };
    });
  });
  return best;
}

/**
 * Every place the book has the quotation word for word, in book order, each as an alignment with
 * only `same` and `variant` steps (and `elided` ones at a split or an ellipsis). Empty when there is
 * none: the quotation differs from the book somewhere, and the aligner must say where.
 */
export function findExact(pattern: QuotePattern, index: BookIndex, bookText: string): Alignment[] {
  const tokens = pattern.tokens;
  const segs = segmentsOf(tokens);
  if (!segs) return [];
  const anchor = rarestWord(segs, tokens, index);
  if (!anchor) return [];
  const cmp = comparer(tokens, index);
  const skipTag: TagSkip = (p, backward) =>
    backward ? partBeforeTag(p, index, bookText) : partAfterTag(p, index, bookText);
  /** Is there a paragraph break just before book word b? */
  const breakBefore = (b: number) =>
    b > 0 &&
    b < index.ids.length &&
    /\n[^\S\n]*\n/.test(bookText.slice(index.ends[b - 1]!, index.starts[b]!));
  const speaksBetween = (from: number, to: number) =>
    speechWordsBetween(from, to, index, bookText).length > 0;
  const hits: Alignment[] = [];
  for (const at of anchor.postings) {
    if (hits.length >= MAX_HITS) break;
    const seg = segs[anchor.s]!.tokens;
    const after = matchRun(seg, tokens, index, cmp, skipTag, at, false, anchor.k);
    if (!after) continue;
    const before = matchRun(seg, tokens, index, cmp, skipTag, at, true, 0, anchor.k, true);
    if (!before) continue;
    const runs: Run[] = [{ steps: [...before.steps, ...after.steps], first: before.first, end: after.end }];
    // Segments after the anchor's, each as near as possible after the one before it.
    let ok = true;
    for (let s = anchor.s + 1; s < segs.length && ok; s++) {
      const prev = runs[runs.length - 1]!;
      ok = false;
      const gap = segs[s - 1]!;
      for (let b = prev.end; b <= prev.end + gap.gapAfter && b < index.ids.length; b++) {
        if (!gap.crossesParagraphs && breakBefore(b)) break;
        const r = matchRun(segs[s]!.tokens, tokens, index, cmp, skipTag, b, false);
        if (r) {
          // (speech between the parts is words the writer left out: no word-for-word place)
          ok = !(gap.split && speaksBetween(prev.end, r.first));
          if (ok) runs.push(r);
          break;
        }
      }
    }
    // Segments before it, each as near as possible before the one after it.
    for (let s = anchor.s - 1; s >= 0 && ok; s--) {
      const next = runs[0]!;
      ok = false;
      const gap = segs[s]!;
      for (let b = next.first; b >= next.first - gap.gapAfter && b > 0; b--) {
        if (!gap.crossesParagraphs && breakBefore(b)) break;
        const r = matchRun(segs[s]!.tokens, tokens, index, cmp, skipTag, b, true);
        if (r) {
          ok = !(gap.split && speaksBetween(r.end, next.first));
          if (ok) runs.unshift(r);
          break;
        }
      }
    }
    if (!ok) continue;
    hits.push(joinRuns(runs));
  }
  // Distinct places only (a word repeated inside the quotation proposes the same place twice).
  hits.sort((a, b) => a.firstWord - b.firstWord);
  return hits.filter((h, k) => k === 0 || h.firstWord !== hits[k - 1]!.firstWord);
}

function joinRuns(runs: readonly Run[]): Alignment {
  const steps: AlignStep[] = [];
  let same = 0;
  let variant = 0;
  for (const [k, r] of runs.entries()) {
    if (k > 0 && r.first > runs[k - 1]!.end)
      steps.push({ op: 'elided', from: runs[k - 1]!.end, to: r.first });
    for (const s of r.steps) {
      steps.push(s);
      if (s.op === 'same') same++;
      else if (s.op === 'variant') variant += 'qn' in s && s.qn ? s.qn : 1;
    }
  }
  return {
    score: same * 6 + variant * 5,
    firstWord: runs[0]!.first,
    endWord: runs[runs.length - 1]!.end,
    steps,
    same,
    variant,
    changed: 0,
    added: 0,
    missing: 0,
  };
}

/**
 * How well a place's edges agree with a quotation given as a whole line (see `edgeBefore`): 0 to 4,
 * the two edges added.
 */
export function edgeFit(a: Alignment, index: BookIndex, bookText: string): number {
  return edgeBefore(a.firstWord, index, bookText) + edgeBefore(a.endWord, index, bookText);
}
