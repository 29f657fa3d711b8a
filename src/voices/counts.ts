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
  /** Where each word and phrase is first said (a span into the book text), for a link into the reader. */
  firstAt: Map<string, Span>;
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
  const firstAt = new Map<string, Span>();
  for (const line of lines) {
    let n = 0;
    for (const part of line) {
      let previous: string | null = null;
      let previousStart = 0;
      for (const t of tokenize(text, undefined, part)) {
        if (t.shape !== 'word') {
          previous = null;
          continue;
        }
        bump(words, t.norm);
        if (!firstAt.has(t.norm)) firstAt.set(t.norm, { start: t.start, end: t.end });
        n++;
        if (previous !== null) {
          const phrase = `${previous} ${t.norm}`;
          bump(phrases, phrase);
          if (!firstAt.has(phrase)) firstAt.set(phrase, { start: previousStart, end: t.end });
        }
        previous = t.norm;
        previousStart = t.start;
      }
    }
    wordsPerLine.push(n);
  }
  return { words, phrases, wordsPerLine, firstAt };
}
