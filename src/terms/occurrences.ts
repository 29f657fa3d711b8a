/**
 * Every place a term occurs: runs of the book's words whose stems (or forms, when exact) are the
 * term's, in text order. Offsets are the book's half-open UTF-16 offsets, from the first word's start
 * to the last word's end.
 */
import type { Span } from '../book/span.js';
import type { BookWords } from './book-words.js';
import type { TermPattern } from './term-pattern.js';

export interface Occurrence extends Span {
  /** The words as the book spells them, lower-cased ("donations", "hail sham"). */
  form: string;
}

export function findOccurrences(words: BookWords, pattern: TermPattern): Occurrence[] {
  const keyOfVocab = pattern.exact ? words.vocab : words.stems;
  // Which vocabulary ids can stand at each position of the term.
  const idsAt = pattern.keys.map((key) => {
    const ids = new Set<number>();
    keyOfVocab.forEach((k, id) => {
      if (k === key) ids.add(id);
    });
    return ids;
  });
  const out: Occurrence[] = [];
  if (idsAt.some((ids) => ids.size === 0)) return out;
  const n = pattern.keys.length;
  const last = words.ids.length - n;
  for (let i = 0; i <= last; i++) {
    let k = 0;
    while (k < n && idsAt[k]!.has(words.ids[i + k]!)) k++;
    if (k < n) continue;
    const form = Array.from({ length: n }, (_, j) => words.vocab[words.ids[i + j]!]!).join(' ');
    out.push({ start: words.starts[i]!, end: words.ends[i + n - 1]!, form });
    i += n - 1; // occurrences of a phrase do not overlap
  }
  return out;
}
