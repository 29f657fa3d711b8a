/**
 * Cosine Delta (Smith & Aldridge 2011; Evert et al. 2017, "Understanding and explaining Delta
 * measures for authorship attribution"): the stylometric distance `similar` ranks books by.
 *
 * Like Burrows' Delta it compares books on the most frequent words of the library (MFW), each word's
 * relative frequency turned into a z-score over the library's books so that "the" and "perhaps"
 * weigh alike. Unlike Burrows' Delta (the mean absolute difference of z-scores) it takes the angle
 * between two books' z-score vectors: Evert et al. found it the most robust of the Delta family,
 * keeping its accuracy as the number of MFW grows instead of peaking at a few hundred and falling,
 * which matters here because the right number for an arbitrary library cannot be tuned. The angle
 * also splits into one term per word, which gives the words that drive each similarity.
 */
import type { ProfiledBook } from './library-profiles.js';

/** A word's z-scores in the two books and its share of their similarity. */
export interface DeltaWord {
  word: string;
  /** How far the book's use of the word is from the library's mean, in standard deviations. */
  z: number;
  otherZ: number;
  /** z·otherZ / (|z-vector|·|otherZ-vector|): the word's term of the cosine; positive terms draw the books together. */
  contribution: number;
}

export interface DeltaNeighbour {
  id: string;
  /** Cosine of the books' z-score vectors, −1..1: 1 alike, 0 unrelated, −1 opposite. */
  similarity: number;
  /** Cosine Delta, 1 − similarity: smaller is closer. */
  distance: number;
  /** The words that bring the books closest, largest contribution first. */
  drivers: DeltaWord[];
}

export interface DeltaOptions {
  /**
   * The library's most frequent words compared. 2,000, from `npm run eval:similar`
   * (eval/results/similar.md): over the 110 corpus novels the nearest book was by the same author for
   * 96% of the 52 novels that have another book by their author, against 88–92% at 300 to 1,000 MFW
   * and 79% at 100; Evert et al. likewise found Cosine Delta at its best from about 1,000 to 5,000
   * MFW, where Burrows' Delta falls off (here 83% at 2,000). The gaps between 300 and 2,000 are a few
   * novels each: the choice follows the literature as much as this corpus.
   */
  mfw: number;
  /**
   * A word counts towards the MFW only when at least this share of the library's books use it
   * ("culling", as in Stylo): a frequent word of one book (a character's name) is not style.
   */
  minBookShare: number;
  /** Words given as drivers of each similarity. */
  drivers: number;
}

export const DELTA_DEFAULTS: DeltaOptions = { mfw: 2000, minBookShare: 0.5, drivers: 10 };

/** The z-score space of a library: the MFW, their means and standard deviations, each book's vector. */
export interface DeltaSpace {
  words: string[];
  vectors: Map<string, Float64Array>;
}

export function deltaSpace(books: readonly ProfiledBook[], options: Partial<DeltaOptions> = {}): DeltaSpace {
  const { mfw, minBookShare } = { ...DELTA_DEFAULTS, ...options };
  const freqs = books.map((b) => {
    const total = Math.max(1, b.profile.total);
    return new Map(b.profile.words.map(([w, n]) => [w, n / total]));
  });
  // The library's MFW: mean relative frequency over its books, among words enough books use.
  const sum = new Map<string, number>();
  const usedBy = new Map<string, number>();
  for (const f of freqs) {
    for (const [w, x] of f) {
      sum.set(w, (sum.get(w) ?? 0) + x);
      usedBy.set(w, (usedBy.get(w) ?? 0) + 1);
    }
  }
  const words = [...sum]
    .filter(([w]) => (usedBy.get(w) ?? 0) >= minBookShare * books.length)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, mfw)
    .map(([w]) => w);
  const n = books.length;
  const vectors = new Map<string, Float64Array>(books.map((b) => [b.id, new Float64Array(words.length)]));
  words.forEach((w, j) => {
    const xs = freqs.map((f) => f.get(w) ?? 0);
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / Math.max(1, n - 1));
    books.forEach((b, i) => {
      vectors.get(b.id)![j] = sd > 0 ? (xs[i]! - mean) / sd : 0;
    });
  });
  return { words, vectors };
}

/**
 * The other books of the space, closest first (ties by id), at most `limit` of them. Drivers are
 * worked out for the books returned only: a library of 100 books ranks in milliseconds.
 */
export function nearest(
  space: DeltaSpace,
  id: string,
  candidates: readonly string[],
  options: Partial<DeltaOptions> = {},
  limit = Number.POSITIVE_INFINITY,
): DeltaNeighbour[] {
  const { drivers } = { ...DELTA_DEFAULTS, ...options };
  const a = space.vectors.get(id);
  if (!a) return [];
  const normA = norm(a);
  const ranked = candidates
    .filter((c) => c !== id && space.vectors.has(c))
    .map((c) => {
      const b = space.vectors.get(c)!;
      const scale = normA * norm(b);
      let dot = 0;
      for (let j = 0; j < a.length; j++) dot += a[j]! * b[j]!;
      return { id: c, b, scale, similarity: scale > 0 ? dot / scale : 0 };
    })
    .sort((x, y) => y.similarity - x.similarity || (x.id < y.id ? -1 : 1))
    .slice(0, limit);
  return ranked.map(({ id: c, b, scale, similarity }) => ({
    id: c,
    similarity: round3(similarity),
    distance: round3(1 - similarity),
    drivers: space.words
      .map((word, j) => ({
        word,
        z: round3(a[j]!),
        otherZ: round3(b[j]!),
        contribution: scale > 0 ? (a[j]! * b[j]!) / scale : 0,
      }))
      .filter((t) => t.contribution > 0)
      .sort((x, y) => y.contribution - x.contribution || (x.word < y.word ? -1 : 1))
      .slice(0, drivers)
      .map((t) => ({ ...t, contribution: Math.round(t.contribution * 1e5) / 1e5 })),
  }));
}

function norm(v: Float64Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
