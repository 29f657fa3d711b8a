/**
 * Word and two-word-phrase counts of one speaker's lines, the input to keyness. Words are
 * `tokenize`'s word tokens (lower-cased `norm`), as in src/text/keyness.ts `countWords`; a phrase is
 * two word tokens with nothing but space between them (no comma, no dash, no line of another part).
 */
import type { Span } from '../book/span.js';
import type { WordCounts } from '../text/keyness.js';
import { tokenize } from '../text/tokenize.js';

export interface LineCounts {
  words: WordCounts;
  phrases: WordCounts;
  /** Words in each line, in order. */
  wordsPerLine: number[];
}

function bump(c: WordCounts, key: string): void {
  c.counts.set(key, (c.counts.get(key) ?? 0) + 1);
  c.total++;
}

/** Counts of each line, a line given as its spoken parts. */
export function countLines(text: string, lines: readonly (readonly Span[])[]): LineCounts {
  const words: WordCounts = { counts: new Map(), total: 0 };
  const phrases: WordCounts = { counts: new Map(), total: 0 };
  const wordsPerLine: number[] = [];
  for (const line of lines) {
    let n = 0;
    for (const part of line) {
      let previous: string | null = null;
      for (const t of tokenize(text, undefined, part)) {
        if (t.shape !== 'word') {
          previous = null;
          continue;
        }
        bump(words, t.norm);
        n++;
        if (previous !== null) bump(phrases, `${previous} ${t.norm}`);
        previous = t.norm;
      }
    }
    wordsPerLine.push(n);
  }
  return { words, phrases, wordsPerLine };
}
