import { findFirstAtOrAfter } from '../book/span.js';
import type { Library } from '../store/library.js';
import { int32Of } from './stored.js';

/**
 * Stage 2 of `find`, word order: among the books holding the passage's words, those holding its
 * rarer words at the same distances from one another as the passage has them. Bags of common words
 * ("those that aren't kin by blood are kin by marriage") are in dozens of novels; the same words in
 * that order are in one. Read from the stored word positions of a handful of the passage's rarest
 * words (one query per word for all books): no book text is read.
 */

/** Passage words whose positions are compared: its rarest across the library. */
const ANCHORS = 8;
/**
 * Anchors (the book's rarest of them) whose occurrences are each tried as the passage's place: three,
 * so that two of them changed by the writer, or absent from this edition, still leave one to stand on.
 */
const PIVOTS = 3;
/**
 * Words a position may be off by, either way: a writer who drops two words, or an edition that splits
 * a hyphenated word, still has the rest of the words where the passage has them.
 */
const SLACK = 2;
/** Occurrences of one pivot word tried per book (a rarer pivot has far fewer). */
const MAX_OCCURRENCES = 600;

export interface Anchor {
  word: string;
  /** The word's first index in the passage. */
  at: number;
  /** Its rarity across the library (the log of words in the library over its uses). */
  weight: number;
  /** Word positions by book id. */
  positions: Map<string, Int32Array>;
}

export interface OrderEvidence {
  bookId: string;
  /**
   * The anchor words found at the passage's distances around the best place (the place counts
   * itself), each weighted by its rarity across the library: the same rare words in order outweigh
   * "of" and "the" in order.
   */
  inOrder: number;
  /** Word positions where the passage would start at its best places, best first (at most two). */
  starts: number[];
}

/** The passage's anchors: its `ANCHORS` rarest words (fewest uses across the library), with their positions. */
export function anchorsOf(
  library: Library,
  passage: readonly string[],
  uses: (word: string) => number,
  weightOf: (word: string) => number,
): Anchor[] {
  const firstAt = new Map<string, number>();
  passage.forEach((w, i) => {
    if (!firstAt.has(w) && uses(w) > 0) firstAt.set(w, i);
  });
  return [...firstAt]
    .sort((a, b) => uses(a[0]) - uses(b[0]))
    .slice(0, ANCHORS)
    .map(([word, at]) => {
      const positions = new Map<string, Int32Array>();
      for (const [bookId, bytes] of library.wordPositions(word)) positions.set(bookId, int32Of(bytes));
      return { word, at, weight: weightOf(word), positions };
    });
}

function anyWithin(sorted: Int32Array, lo: number, hi: number): boolean {
  const a = findFirstAtOrAfter(sorted, lo);
  return a < sorted.length && sorted[a]! <= hi;
}

/** How much of the passage's anchors one book has at the passage's distances, and where. */
export function orderEvidence(
  bookId: string,
  anchors: readonly Anchor[],
  passageWords: number,
): OrderEvidence {
  const here = anchors
    .map((a) => ({ at: a.at, weight: a.weight, positions: a.positions.get(bookId) }))
    .filter((a): a is { at: number; weight: number; positions: Int32Array } => a.positions !== undefined);
  const pivots = [...here].sort((a, b) => a.positions.length - b.positions.length).slice(0, PIVOTS);
  const scored: { start: number; inOrder: number }[] = [];
  // Each pivot in turn is where the others are looked for: the rarest may be a word the writer changed.
  for (const pivot of pivots) {
    const n = Math.min(pivot.positions.length, MAX_OCCURRENCES);
    for (let k = 0; k < n; k++) {
      const start = pivot.positions[k]! - pivot.at;
      let inOrder = 0;
      for (const other of here) {
        const expected = start + other.at;
        if (other === pivot || anyWithin(other.positions, expected - SLACK, expected + SLACK)) {
          inOrder += other.weight;
        }
      }
      scored.push({ start, inOrder });
    }
  }
  scored.sort((a, b) => b.inOrder - a.inOrder || a.start - b.start);
  const best = scored[0]?.inOrder ?? 0;
  const starts: number[] = [];
  for (const s of scored) {
    if (starts.length >= 2 || s.inOrder < best * 0.75) break;
    if (starts.every((t) => Math.abs(t - s.start) > passageWords + SLACK)) starts.push(s.start);
  }
  return { bookId, inOrder: best, starts };
}
