import type { DiffOp, DiffOpType, Verdict } from '../types.js';
import type { Alignment } from './align.js';
import type { BookIndex } from './book-index.js';
import type { QuotePattern } from './pattern.js';
import { STOPWORDS } from './words.js';

/**
 * From an alignment to a verdict and a word-level diff. A quotation is `verbatim` when every word
 * matches (variants allowed), `altered` when it is clearly the same passage with words changed, added
 * or dropped, and `not_found` otherwise. "Clearly the same passage" needs real evidence: most of its
 * words, several of them not common words, and a run of consecutive matches; a few shared function
 * words earn no partial credit.
 */

export interface Judgement {
  verdict: Exclude<Verdict, 'not_checked'>;
  /** 0..1: share of the quotation's words matched in order. */
  score: number;
  diff: DiffOp[];
}

export function judge(pattern: QuotePattern, a: Alignment, index: BookIndex, bookText: string): Judgement {
  const n = pattern.wordCount;
  const matched = a.same + a.variant;
  const errors = a.changed + a.added + a.missing;
  const score = n === 0 ? 0 : Math.min(1, matched / n);
  let contentMatched = 0;
  let run = 0;
  let longestRun = 0;
  for (const s of a.steps) {
    if (s.op === 'same' || s.op === 'variant') {
      const t = pattern.tokens[s.q]!;
      if (t.type === 'word' && !STOPWORDS.has(t.norm)) contentMatched++;
      run++;
      longestRun = Math.max(longestRun, run);
    } else if (s.op !== 'elided' && s.op !== 'editorial') run = 0;
  }
  const diff = diffOf(pattern, a, index, bookText);
  if (errors === 0 && matched === n && n > 0) return { verdict: 'verbatim', score: 1, diff };
  const contentWords = pattern.tokens.filter((t) => t.type === 'word' && !STOPWORDS.has(t.norm)).length;
  // A long unbroken run of the book's words is evidence too, even when they are common words.
  const enoughContent =
    contentMatched >= Math.min(2, Math.max(1, contentWords - 1)) || (longestRun >= 5 && score >= 0.8);
  const close =
    n >= 3 &&
    score >= 0.6 &&
    enoughContent &&
    longestRun >= Math.min(3, n - 1) &&
    errors <= Math.max(2, Math.ceil(n * 0.4));
  return { verdict: close ? 'altered' : 'not_found', score, diff };
}

function push(ops: DiffOp[], type: DiffOpType, review: string, book: string): void {
  const last = ops[ops.length - 1];
  // Merge runs of the same kind (a diff of a 40-word quotation should read as a few chunks).
  if (last && last.type === type && type !== 'editorial' && type !== 'elided') {
    last.review = [last.review, review].filter((s) => s.length > 0).join(' ');
    last.book = [last.book, book].filter((s) => s.length > 0).join(' ');
    return;
  }
  ops.push({ type, review, book });
}

function diffOf(pattern: QuotePattern, a: Alignment, index: BookIndex, bookText: string): DiffOp[] {
  const ops: DiffOp[] = [];
  const word = (b: number) => {
    const w = index.words[b]!;
    return bookText.slice(w.start, w.end);
  };
  const raw = (q: number) => {
    const t = pattern.tokens[q]!;
    return t.type === 'gap' ? '' : t.raw;
  };
  const range = (from: number, to: number) => {
    if (to <= from) return '';
    const first = index.words[from]!;
    const last = index.words[to - 1]!;
    const s = bookText.slice(first.start, last.end).replace(/\s+/g, ' ');
    return s.length > 120 ? `${s.slice(0, 55)} … ${s.slice(-55)}` : s;
  };
  for (const s of a.steps) {
    switch (s.op) {
      case 'same':
      case 'variant':
      case 'changed': {
        const review = s.q2 !== undefined ? `${raw(s.q)} ${raw(s.q2)}` : raw(s.q);
        const book = s.b2 !== undefined ? `${word(s.b)} ${word(s.b2)}` : word(s.b);
        push(ops, s.op, review, book);
        break;
      }
      case 'added':
        push(ops, 'added', raw(s.q), '');
        break;
      case 'missing':
        push(ops, 'missing', '', word(s.b));
        break;
      case 'elided':
        push(ops, 'elided', '', range(s.from, s.to));
        break;
      case 'editorial':
        push(ops, 'editorial', raw(s.q), range(s.from, s.to));
        break;
    }
  }
  return ops;
}
