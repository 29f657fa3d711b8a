import type { Span } from '../../book/span.js';
import { postingsAt } from '../locate/book-index.js';
import { findPattern } from '../locate/find.js';
import { judge } from '../locate/judge.js';
import { buildPattern, type PatternToken } from '../locate/pattern.js';
import type { ExtractBook } from './types.js';

/**
 * Is a stretch of the review the book's own words? The book is at hand, so a line or a paragraph
 * with no quote marks is a quotation when it aligns with the book: found by the locate stage's own
 * search (locate/find.ts) and judged by its own judge (locate/judge.ts), never a second aligner.
 *
 * The writer's own prose shares words with the book (names, places, "Elizabeth visits Pemberley"),
 * so the bar is higher than for a marked quotation, whose marks already say "quoted": most of the
 * stretch's words must align in order, in a long unbroken run, with few changed words.
 */

export interface BookEvidence {
  /** Words of the stretch (as the locate stage counts them). */
  words: number;
  /** Share of them aligned in order with the book's words at the best place (0..1). */
  share: number;
  /** Longest run of consecutive aligned words. */
  run: number;
  /** Words changed, added or missing at that place. */
  errors: number;
  /** The locate stage's verdict at that place. */
  verdict: 'verbatim' | 'altered' | 'not_found';
}

const NONE: BookEvidence = { words: 0, share: 0, run: 0, errors: 0, verdict: 'not_found' };

/**
 * Stretches longer than this are not searched as a whole for being unmarked book words (an essay's
 * long paragraph; a set-off block this long is a quotation by its setting anyway).
 */
const MAX_WORDS = 400;

/**
 * Below this share of its word triples found in the book, a stretch is not searched: a stretch that
 * can pass the bar (85% of its words aligned in order, a run of five) has far more. Measured with
 * `npm run eval:unmarked`: no positive lost; most prose is refused here at a few microseconds.
 */
const MIN_TRIGRAM_SHARE = 0.25;

/**
 * A word's ids in the book's index: one, or -1 where the book has no such word; a contraction the book
 * prints with a space for its apostrophe ("don t", as some texts lost it) as the book's two words, so
 * the writer's "You don't escape me now" still has the book's triples (probe round AF184: a list item
 * of it was never reported).
 */
function bookIdsOf(t: { norm: string; raw: string }, idOf: ReadonlyMap<string, number>): readonly number[] {
  const id = idOf.get(t.norm);
  if (id !== undefined) return [id];
  const parts = t.raw.toLowerCase().split(/['’]/);
  if (parts.length === 2 && parts.every((p) => p.length > 0 && idOf.has(p)))
    return parts.map((p) => idOf.get(p)!);
  return [-1];
}

/** Share of the stretch's consecutive word triples (ellipses break them) that occur in the book. */
export function trigramShare(tokens: readonly PatternToken[], book: ExtractBook): number {
  const { idOf, ids } = book.index;
  let triples = 0;
  let found = 0;
  let a = -2;
  let b = -2;
  for (const t of tokens) {
    if (t.type !== 'word') {
      a = -2;
      b = -2;
      continue;
    }
    for (const c of bookIdsOf(t, idOf)) {
      if (a !== -2 && b !== -2) {
        triples++;
        if (a >= 0 && b >= 0 && c >= 0) {
          // Walk the rarest word's places and look at its neighbours.
          const pa = postingsAt(book.index, a);
          const pb = postingsAt(book.index, b);
          const pc = postingsAt(book.index, c);
          let hit = false;
          if (pa.length <= pb.length && pa.length <= pc.length) {
            for (let k = 0; k < pa.length && !hit; k++) hit = ids[pa[k]! + 1] === b && ids[pa[k]! + 2] === c;
          } else if (pb.length <= pc.length) {
            for (let k = 0; k < pb.length && !hit; k++) hit = ids[pb[k]! - 1] === a && ids[pb[k]! + 1] === c;
          } else {
            for (let k = 0; k < pc.length && !hit; k++) hit = ids[pc[k]! - 2] === a && ids[pc[k]! - 1] === b;
          }
          if (hit) found++;
        }
      }
      a = b;
      b = c;
    }
  }
  return triples === 0 ? 1 : found / triples;
}

/**
 * Could the words outside a paragraph's marks be the book's narration (a passage pasted with its
 * dialogue)? Most of their word triples must be in the book; the writer's "Point 3: she says" is not.
 * A cheap test that spares a search for each of an essay's paragraphs with a quotation in it.
 */
export function outsideIsBookLike(reviewText: string, outside: readonly Span[], book: ExtractBook): boolean {
  const pattern = buildPattern(reviewText, outside);
  return trigramShare(pattern.tokens, book) >= 0.5;
}

export function bookEvidence(reviewText: string, parts: readonly Span[], book: ExtractBook): BookEvidence {
  const pattern = buildPattern(reviewText, parts);
  if (pattern.wordCount === 0 || pattern.wordCount > MAX_WORDS) return { ...NONE, words: pattern.wordCount };
  // Cheap refusal first: the writer's prose shares the book's words but seldom three in a row.
  if (trigramShare(pattern.tokens, book) < MIN_TRIGRAM_SHARE) return { ...NONE, words: pattern.wordCount };
  const best = findPattern(pattern, book.index, book.text)[0];
  if (!best) return { ...NONE, words: pattern.wordCount };
  const a = best.alignment;
  const j = judge(pattern, a, book.index, book.text);
  let run = 0;
  let longest = 0;
  for (const s of a.steps) {
    if (s.op === 'same' || s.op === 'variant') longest = Math.max(longest, ++run);
    else if (s.op !== 'elided' && s.op !== 'editorial') run = 0;
  }
  return {
    words: pattern.wordCount,
    share: j.score,
    run: longest,
    errors: a.changed + a.added + a.missing,
    verdict: j.verdict,
  };
}

/**
 * The bar for unmarked words to count as the book's: at least 85% of the words aligned in order, a
 * run of five in a row (or all of a shorter stretch), at least three words; word for word always
 * passes. Measured with `npm run eval:unmarked` (eval/results/unmarked.md) over the 18 development
 * novels. At this bar: real quotations from web pages 99.5% (verbatim) and 73.1% (altered) pass;
 * book passages 100% as written, 95.6% with one word in twelve changed; and of the negatives none of
 * 48 sentences of prose about the novels, none of 108 of generic review prose, none of 180 sentences
 * of other novels, 0.6% of synthetic paraphrases (two words in five replaced). A share of 0.7 would
 * pass 1.5 more points of real altered quotations but 3.1% of paraphrases; a run of four, 19.7%.
 * Capping the changed words (at 15% of the words) cost 4.4 points of real altered quotations for no
 * gain on the prose measured.
 */
export const UNMARKED_MIN_SHARE = 0.85;
export const UNMARKED_MIN_RUN = 5;
export const UNMARKED_MIN_WORDS = 3;

export function isBookWords(e: BookEvidence): boolean {
  if (e.verdict === 'not_found' || e.words < UNMARKED_MIN_WORDS) return false;
  if (e.verdict === 'verbatim') return true;
  return e.share >= UNMARKED_MIN_SHARE && e.run >= Math.min(UNMARKED_MIN_RUN, e.words);
}

/**
 * Stricter, for a paragraph that has quote marks in it but is not wholly inside them: taken whole
 * only when it is the book's passage nearly word for word (narration and dialogue copied together),
 * never when the writer's "Darcy says," stands before a marked line.
 */
export function isBookPassageWithDialogue(e: BookEvidence, wordsOutsideMarks: number): boolean {
  // The words outside the marks must be a real stretch of narration, not a name before the marks
  // that happens to be the book's word before the quotation ("Ruth “kept a lamp burning…”").
  if (wordsOutsideMarks < 4 || wordsOutsideMarks < 0.2 * e.words) return false;
  return e.verdict !== 'not_found' && e.errors <= Math.max(1, Math.floor(e.words * 0.05)) && e.share >= 0.95;
}
