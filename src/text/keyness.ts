/**
 * Which words mark one part of a text against another: a chapter against the rest of the book, one
 * character's dialogue against everyone else's, one book against a library.
 *
 * The measure is Dunning's log-likelihood (G², Dunning 1993; the keyness statistic of AntConc,
 * WordSmith and Rayson's Wmatrix), which unlike chi-squared stays reliable for the rare words a
 * chapter or a minor character is made of. Words are counted from `tokenize`'s lower-cased `norm`,
 * so one word list and one idea of a word serve every caller.
 */
import type { Span } from '../book/span.js';
import { tokenize } from './tokenize.js';

/** How often each word occurs in a stretch of text, and how many words the stretch has. */
export interface WordCounts {
  counts: Map<string, number>;
  total: number;
}

/** Counts the words (not numbers or punctuation) of `text`, or of the given spans of it. */
export function countWords(text: string, spans?: readonly Span[]): WordCounts {
  const counts = new Map<string, number>();
  let total = 0;
  for (const range of spans ?? [{ start: 0, end: text.length }]) {
    for (const token of tokenize(text, undefined, range)) {
      if (token.shape !== 'word') continue;
      counts.set(token.norm, (counts.get(token.norm) ?? 0) + 1);
      total++;
    }
  }
  return { counts, total };
}

/** Adds `part` into `into` (for building "the rest" from the parts). */
export function addCounts(into: WordCounts, part: WordCounts): WordCounts {
  for (const [word, n] of part.counts) into.counts.set(word, (into.counts.get(word) ?? 0) + n);
  into.total += part.total;
  return into;
}

/** `whole` minus `part`: the rest of the book once a chapter or a speaker is taken out. */
export function subtractCounts(whole: WordCounts, part: WordCounts): WordCounts {
  const counts = new Map(whole.counts);
  for (const [word, n] of part.counts) {
    const left = (counts.get(word) ?? 0) - n;
    if (left > 0) counts.set(word, left);
    else counts.delete(word);
  }
  return { counts, total: Math.max(0, whole.total - part.total) };
}

/**
 * Dunning's G² for a word seen `a` times in a target of `targetTotal` words and `b` times in a
 * reference of `referenceTotal` words. Signed: positive when the word is relatively more frequent in
 * the target (overused there), negative when less.
 */
export function logLikelihood(a: number, b: number, targetTotal: number, referenceTotal: number): number {
  const total = targetTotal + referenceTotal;
  if (total === 0 || a + b === 0) return 0;
  const expectedA = (targetTotal * (a + b)) / total;
  const expectedB = (referenceTotal * (a + b)) / total;
  const g2 = 2 * (term(a, expectedA) + term(b, expectedB));
  return a / Math.max(targetTotal, 1) >= b / Math.max(referenceTotal, 1) ? g2 : -g2;
}

function term(observed: number, expected: number): number {
  return observed > 0 && expected > 0 ? observed * Math.log(observed / expected) : 0;
}

/** A word's keyness in a target against a reference. */
export interface KeyWord {
  word: string;
  /** Occurrences in the target. */
  count: number;
  /** Occurrences in the reference. */
  referenceCount: number;
  /** Signed G² (see `logLikelihood`). */
  g2: number;
}

/**
 * Options for `keyWords`. Defaults in `KEYNESS_DEFAULTS`, each with its reason.
 */
export interface KeynessOptions {
  /** How many words to return. */
  limit: number;
  /** A word must occur at least this often in the target: one-off words are noise, not style. */
  minCount: number;
  /**
   * The smallest G² kept. 10.83 is the critical value for p < 0.001 with one degree of freedom, the
   * cut-off Rayson recommends for keyness; below it a "distinctive" word is indistinguishable from chance.
   */
  minG2: number;
  /** Words never reported (function words, say); compared with `norm`. */
  exclude?: ReadonlySet<string>;
}

export const KEYNESS_DEFAULTS: KeynessOptions = { limit: 20, minCount: 3, minG2: 10.83 };

/** The words most overused in `target` against `reference`, strongest first (ties by word). */
export function keyWords(
  target: WordCounts,
  reference: WordCounts,
  options: Partial<KeynessOptions> = {},
): KeyWord[] {
  const { limit, minCount, minG2, exclude } = { ...KEYNESS_DEFAULTS, ...options };
  const out: KeyWord[] = [];
  for (const [word, count] of target.counts) {
    if (count < minCount || exclude?.has(word)) continue;
    const referenceCount = reference.counts.get(word) ?? 0;
    const g2 = logLikelihood(count, referenceCount, target.total, reference.total);
    if (g2 >= minG2) out.push({ word, count, referenceCount, g2 });
  }
  out.sort((x, y) => y.g2 - x.g2 || (x.word < y.word ? -1 : 1));
  return out.slice(0, limit);
}
