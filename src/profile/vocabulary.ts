/**
 * Vocabulary richness by the moving-average type-token ratio (MATTR, Covington & McFall 2010): the
 * share of distinct words in every window of MATTR_WINDOW consecutive words, averaged over all
 * windows. Unlike a plain type-token ratio, which falls as a text grows (the common words repeat,
 * new ones come ever more slowly), MATTR does not depend on the text's length, so a novella and a
 * three-volume novel can be compared.
 */
import type { Token } from '../text/tokenize.js';
import type { Vocabulary } from './types.js';

/**
 * 500 words: Covington & McFall's window for written texts, about two pages. Long enough that a
 * window holds more than one paragraph's topic (a 50-word window, the choice for speech samples,
 * measures sentence-level repetition instead), short enough that a short story has dozens of windows.
 */
export const MATTR_WINDOW = 500;

export function vocabulary(words: readonly Token[], window = MATTR_WINDOW): Vocabulary {
  const all = new Set<string>();
  for (const t of words) all.add(t.norm);
  return { mattr: mattr(words, window), window, types: all.size, tokens: words.length };
}

/** MATTR over `words`, or null when there are fewer words than one window. */
export function mattr(words: readonly Token[], window: number): number | null {
  if (words.length < window || window < 1) return null;
  const counts = new Map<string, number>();
  let distinct = 0;
  let sum = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.norm;
    const n = counts.get(w) ?? 0;
    if (n === 0) distinct++;
    counts.set(w, n + 1);
    if (i >= window) {
      const old = words[i - window]!.norm;
      const m = counts.get(old)! - 1;
      if (m === 0) distinct--;
      counts.set(old, m);
    }
    if (i >= window - 1) sum += distinct;
  }
  return sum / (words.length - window + 1) / window;
}
