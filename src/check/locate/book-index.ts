import { type Word, wordsOf } from './words.js';

/**
 * A word index over a book: every word with its offsets, an id per distinct normalised form, and
 * for each id the positions where it occurs (an inverted index). Built once per book (a few hundred
 * milliseconds for Middlemarch) and reused for every quotation of every review.
 */
export interface BookIndex {
  readonly words: Word[];
  /** Word id at each word position. */
  readonly ids: Int32Array;
  readonly idOf: ReadonlyMap<string, number>;
  /** For each word id, the ascending word positions where it occurs. */
  readonly postings: Int32Array[];
  /** The normalised form of each word id. */
  readonly vocab: string[];
  /** Spelling keys by word id, filled on demand (see words.ts `spellingKey`). */
  readonly spellingKeys: (string | undefined)[];
}

export function buildBookIndex(text: string): BookIndex {
  return indexFromWords(wordsOf(text));
}

/** The index over words already read (from the text, or from the library: index-codec.ts). */
export function indexFromWords(words: Word[]): BookIndex {
  const idOf = new Map<string, number>();
  const ids = new Int32Array(words.length);
  const counts: number[] = [];
  const vocab: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const norm = words[i]!.norm;
    let id = idOf.get(norm);
    if (id === undefined) {
      id = counts.length;
      idOf.set(norm, id);
      counts.push(0);
      vocab.push(norm);
    }
    ids[i] = id;
    counts[id]!++;
  }
  const postings = counts.map((c) => new Int32Array(c));
  const fill = new Int32Array(counts.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    postings[id]![fill[id]!++] = i;
  }
  return { words, ids, idOf, postings, vocab, spellingKeys: new Array(vocab.length) };
}
