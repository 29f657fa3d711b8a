/**
 * Length distributions in words: of sentences, paragraphs and chapters. Words are `tokenize`'s word
 * tokens (numbers and punctuation not counted), the same words keyness and MATTR count.
 */
import type { Span } from '../book/span.js';
import type { Token } from '../text/tokenize.js';
import type { LengthStats } from './types.js';

/** Bucket edges a reader can compare between books (the last bucket is open-ended). */
export const SENTENCE_BINS = [1, 5, 10, 15, 20, 25, 30, 40, 50, 75, 100];
export const PARAGRAPH_BINS = [1, 10, 25, 50, 75, 100, 150, 200, 300, 500];
export const CHAPTER_BINS = [0, 1000, 2000, 3000, 4000, 5000, 7500, 10000, 15000, 20000];

/** Word tokens starting inside each span; `words` and `spans` sorted by start, spans non-overlapping. */
export function wordsPerSpan(words: readonly Token[], spans: readonly Span[]): number[] {
  const out = new Array<number>(spans.length).fill(0);
  let s = 0;
  for (const t of words) {
    while (s < spans.length && spans[s]!.end <= t.start) s++;
    if (s === spans.length) break;
    if (spans[s]!.start <= t.start) out[s]!++;
  }
  return out;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Summary and histogram of lengths. Empty input gives zeros (a book with no sentences has none to measure). */
export function lengthStats(lengths: readonly number[], binEdges: readonly number[]): LengthStats {
  const sorted = [...lengths].sort((a, b) => a - b);
  const bins = new Array<number>(binEdges.length).fill(0);
  for (const n of sorted) {
    let b = binEdges.length - 1;
    while (b > 0 && n < binEdges[b]!) b--;
    bins[b]!++;
  }
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    mean: sorted.length === 0 ? 0 : sum / sorted.length,
    median: percentile(sorted, 50),
    p10: percentile(sorted, 10),
    p90: percentile(sorted, 90),
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
    bins,
    binEdges: [...binEdges],
  };
}
