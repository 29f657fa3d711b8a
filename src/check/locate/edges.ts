import type { BookIndex } from './book-index.js';

/**
 * What stands in the book between word `p - 1` and word `p`, as an edge of a quoted line:
 * `2` a line edge (a full stop, ? or !, a quote mark, a paragraph break, or the start or end of the
 * book), `1` a clause break (comma, semicolon, colon, dash, parenthesis), `0` nothing (inside a
 * clause). A quotation given as a whole line ("Not at all.") fits a place with line edges on both
 * sides better than the same words inside a sentence ("I am not at all afraid").
 */
export function edgeBefore(p: number, index: BookIndex, bookText: string): 0 | 1 | 2 {
  if (p <= 0 || p >= index.ids.length) return 2;
  const gap = bookText.slice(index.ends[p - 1]!, index.starts[p]!);
  if (/[.!?"“”‘’«»]|\n[^\S\n]*\n/.test(gap)) return 2;
  return /[,;:()\u2014\u2013-]/.test(gap) ? 1 : 0;
}
