/**
 * The words most distinctive of each chapter: keyness (Dunning's G², src/text/keyness.ts) of the
 * chapter's words against the rest of the book's, function words (src/lexicon.ts) left out.
 */
import type { Span } from '../book/span.js';
import { FUNCTION_WORDS } from '../lexicon.js';
import { type KeyWord, keyWords, type WordCounts } from '../text/keyness.js';
import type { Token } from '../text/tokenize.js';

/** Words per chapter in the profile: enough to see what a chapter is about, few enough to read. */
export const CHAPTER_WORDS_LIMIT = 10;

/** Word counts of each span, from word tokens sorted by start (the counting of keyness.ts `countWords`). */
export function countsPerSpan(words: readonly Token[], spans: readonly Span[]): WordCounts[] {
  const out = spans.map((): WordCounts => ({ counts: new Map(), total: 0 }));
  let s = 0;
  for (const t of words) {
    while (s < spans.length && spans[s]!.end <= t.start) s++;
    if (s === spans.length) break;
    if (spans[s]!.start > t.start) continue;
    const c = out[s]!;
    c.counts.set(t.norm, (c.counts.get(t.norm) ?? 0) + 1);
    c.total++;
  }
  return out;
}

/**
 * `whole` minus `part`, for the words of `part` only: all `keyWords` reads of a reference. keyness.ts
 * `subtractCounts` copies the whole book's counts, which for 87 chapters of Middlemarch was most of
 * the profile's time (5 of 7 CPU-seconds over three runs).
 */
export function restOf(whole: WordCounts, part: WordCounts): WordCounts {
  const counts = new Map<string, number>();
  for (const [word, n] of part.counts) counts.set(word, Math.max(0, (whole.counts.get(word) ?? 0) - n));
  return { counts, total: Math.max(0, whole.total - part.total) };
}

/** Each chapter's key words against the rest of the book; none when there is no rest (one chapter). */
export function chapterWords(
  words: readonly Token[],
  chapters: readonly Span[],
  limit = CHAPTER_WORDS_LIMIT,
): KeyWord[][] {
  if (chapters.length < 2) return chapters.map(() => []);
  const perChapter = countsPerSpan(words, chapters);
  const whole: WordCounts = { counts: new Map(), total: 0 };
  for (const t of words) {
    whole.counts.set(t.norm, (whole.counts.get(t.norm) ?? 0) + 1);
    whole.total++;
  }
  return perChapter.map((c) => keyWords(c, restOf(whole, c), { limit, exclude: FUNCTION_WORDS }));
}
