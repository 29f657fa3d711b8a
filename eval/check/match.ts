/**
 * Matching what a review planted to the quotations the checker reported, by words, in review order.
 * Used where quotations may be set off without marks, split, merged or cut: a planted quotation is
 * matched to a reported one that holds at least half its words in order, with a run of three (or all
 * of a shorter quotation) together.
 */
import type { CheckedQuote } from '../../src/check/types.js';
import { plainWords } from './truth.js';

const words = (s: string) => plainWords(s).words;

/** Longest common subsequence and longest common contiguous run of two word lists. */
function common(a: readonly string[], b: readonly string[]): { lcs: number; run: number } {
  const m = b.length;
  let prev = new Array<number>(m + 1).fill(0);
  let prevRun = new Array<number>(m + 1).fill(0);
  let run = 0;
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(m + 1).fill(0);
    const curRun = new Array<number>(m + 1).fill(0);
    for (let j = 1; j <= m; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = prev[j - 1]! + 1;
        curRun[j] = prevRun[j - 1]! + 1;
        if (curRun[j]! > run) run = curRun[j]!;
      } else cur[j] = Math.max(prev[j]!, cur[j - 1]!);
    }
    prev = cur;
    prevRun = curRun;
  }
  return { lcs: prev[m]!, run };
}

/** Share (0..1) of the planted words found in order in the reported quotation. */
export function matchScore(planted: string, q: CheckedQuote): number {
  const a = words(planted);
  const b = words(q.text);
  if (a.length === 0 || b.length === 0) return 0;
  const { lcs, run } = common(a, b);
  if (run < Math.min(3, a.length)) return 0;
  return lcs / a.length;
}

/**
 * For each planted text (in review order) the reported quotation it matches, or null. A reported
 * quotation may stand for two planted ones when the checker merged them.
 */
export function matchByWords(
  planted: readonly string[],
  quotes: readonly CheckedQuote[],
): (CheckedQuote | null)[] {
  const out: (CheckedQuote | null)[] = [];
  let prev = -1;
  for (const p of planted) {
    let best = -1;
    let bestScore = 0.5;
    for (let k = prev + 1; k < Math.min(quotes.length, prev + 8); k++) {
      const s = matchScore(p, quotes[k]!);
      if (s > bestScore + 1e-9) {
        best = k;
        bestScore = s;
      }
    }
    if (best < 0 && prev >= 0 && matchScore(p, quotes[prev]!) >= 0.5) best = prev;
    out.push(best >= 0 ? quotes[best]! : null);
    if (best >= 0) prev = best;
  }
  return out;
}
