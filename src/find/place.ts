import type { Book } from '../book/types.js';
import type { Classification } from '../check/classify.js';
import { indexFromWords } from '../check/locate/book-index.js';
import { type Located, locateQuotation, type QuotePattern } from '../check/locate/index.js';
import { BOOK_INDEX_VERSION } from '../check/locate/index-codec.js';
import type { Word } from '../check/locate/words.js';
import type { Library } from '../store/library.js';
import { int32Of } from './stored.js';

/**
 * Stage 3 of `find`, place: in one candidate book, the checker's own locate stage (src/check/locate)
 * judges the passage at the stretch where stage 2 (order.ts) found its words in order, exactly as
 * `check` would against the whole book: verbatim, altered (with the word diff), or not there. Only
 * that stretch's words are made into an index: decoding a whole novel's index costs ~80 ms
 * (Middlemarch), a stretch of a few hundred words well under one.
 */

const AS_PASSAGE: Classification = { kind: 'passage', reason: 'searched for', ifAbsent: null };

/** Book words taken on either side of the expected place: room for a passage that shifts or skips. */
function marginFor(passageWords: number): number {
  return 12 + Math.ceil(passageWords / 2);
}

export interface Placed {
  book: Book;
  located: Located;
}

/** The passage's best place in one library book around `starts` (word positions), or null when it is not there. */
export function placeInBook(
  library: Library,
  bookId: string,
  starts: readonly number[],
  pattern: QuotePattern,
  loadBook: (id: string) => Book | null,
): Placed | null {
  if (starts.length === 0) return null;
  const stored = library.getIndex(bookId, BOOK_INDEX_VERSION);
  const book = stored ? loadBook(bookId) : null;
  if (!stored || !book) return null;
  const vocab = stored.vocab === '' ? [] : stored.vocab.split('\n');
  const ids = int32Of(stored.ids);
  const wordStarts = int32Of(stored.starts);
  const wordEnds = int32Of(stored.ends);
  const margin = marginFor(pattern.wordCount);
  let best: Located | null = null;
  for (const s of starts) {
    const lo = Math.max(0, s - margin);
    const hi = Math.min(ids.length, s + pattern.wordCount + margin);
    const words: Word[] = [];
    for (let i = lo; i < hi; i++) {
      words.push({
        start: wordStarts[i]!,
        end: Math.min(wordEnds[i]!, book.text.length),
        norm: vocab[ids[i]!]!,
      });
    }
    const located = locateQuotation(AS_PASSAGE, pattern, book, indexFromWords(words));
    if (located.verdict !== 'verbatim' && located.verdict !== 'altered') continue;
    if (!best || rank(located) > rank(best)) best = located;
  }
  return best ? { book, located: best } : null;
}

function rank(l: Located): number {
  return (l.verdict === 'verbatim' ? 2 : 0) + l.score;
}
