/**
 * The book's words, once: offsets and a vocabulary id per word, in compact arrays. `terms` looks up
 * every occurrence of a stem in them and the motif suggestions count them per chapter, so a book of
 * 350,000 words is tokenised once per request (about 0.8 s on the longest corpus novel), not once per
 * term. Kept per Book object (a WeakMap), so a server that keeps the book keeps its words too.
 * The words of the book's headings (title line, chapter and part headings: headings.ts says why) are
 * not among them.
 */
import { stemmer } from 'stemmer';
import type { Span } from '../book/span.js';
import type { Book } from '../book/types.js';
import { tokenize } from '../text/tokenize.js';
import { headingSpans } from './headings.js';

export interface BookWords {
  /** Start and end offset of each word, in text order. */
  starts: Int32Array;
  ends: Int32Array;
  /** Each word's index into `vocab`. */
  ids: Int32Array;
  /** Lower-cased word forms (`tokenize`'s `norm`), in order of first appearance. */
  vocab: string[];
  /** The stem of each vocab entry (`stemOf`), same order. */
  stems: string[];
}

const cache = new WeakMap<Book, BookWords>();

export function bookWords(book: Book): BookWords {
  const cached = cache.get(book);
  if (cached) return cached;
  const words = wordsOfText(book.text, headingSpans(book));
  cache.set(book, words);
  return words;
}

/** The words of `text`, but those inside `leaveOut` (sorted, non-overlapping spans). */
export function wordsOfText(text: string, leaveOut: readonly Span[] = []): BookWords {
  let h = 0;
  const tokens = tokenize(text).filter((t) => {
    if (t.shape !== 'word') return false;
    while (h < leaveOut.length && leaveOut[h]!.end <= t.start) h++;
    return !(h < leaveOut.length && leaveOut[h]!.start <= t.start);
  });
  const starts = new Int32Array(tokens.length);
  const ends = new Int32Array(tokens.length);
  const ids = new Int32Array(tokens.length);
  const vocab: string[] = [];
  const idOf = new Map<string, number>();
  tokens.forEach((t, i) => {
    let id = idOf.get(t.norm);
    if (id === undefined) {
      id = vocab.length;
      vocab.push(t.norm);
      idOf.set(t.norm, id);
    }
    starts[i] = t.start;
    ends[i] = t.end;
    ids[i] = id;
  });
  return { starts, ends, ids, vocab, stems: vocab.map(stemOf) };
}

/**
 * The Porter stem (the `stemmer` package) of a normalised word, with a possessive taken off first
 * ("Hailsham's" → "hailsham"): "carer", "carers" and "carer's" share one stem, and so do "donate",
 * "donated", "donation" and "donations" (all "donat").
 */
export function stemOf(norm: string): string {
  return stemmer(norm.replace(/'s?$/, ''));
}
