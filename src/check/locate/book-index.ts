import { type Word, wordsOf } from './words.js';

/**
 * A word index over a book: every word with its offsets, an id per distinct normalised form, and
 * for each id the positions where it occurs (an inverted index). Built once per book (a few hundred
 * milliseconds for Middlemarch) and reused for every quotation of every review.
 */
export interface BookIndex {
  /** Where each word starts in the text, by word position. */
  readonly starts: Int32Array;
  /** Where each word ends in the text (exclusive), by word position. */
  readonly ends: Int32Array;
  /**
   * Word id at each word position (so word p's normalised form is `vocab[ids[p]]`: `normAt`). The
   * words are kept as these parallel arrays rather than an object per word because a one-shot check
   * reads a stored index: 122,000 objects for Pride and Prejudice cost ~60 ms to build and their
   * garbage to collect, the arrays nothing (index-codec.ts).
   */
  readonly ids: Int32Array;
  readonly idOf: ReadonlyMap<string, number>;
  /**
   * The inverted index, flat: every word position grouped by word id (id 0's positions first), each
   * group ascending. Read through `postingsAt` and `postingCount`. Kept as one array rather than an
   * array per id because a one-shot check reads a stored index: Pride and Prejudice's 7,000-odd
   * typed arrays, and the passes over its 122,000 words that filled them, cost ~40 ms of a ~0.48 s
   * check with V8's optimizing compiler off (bench/cli.bench.ts); stored flat, they cost nothing.
   */
  readonly positions: Int32Array;
  /** Where each word id's group starts in `positions`; one entry more than the vocabulary (the end). */
  readonly postingStarts: Int32Array;
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
  const vocab: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const norm = words[i]!.norm;
    let id = idOf.get(norm);
    if (id === undefined) {
      id = vocab.length;
      idOf.set(norm, id);
      vocab.push(norm);
    }
    ids[i] = id;
  }
  const starts = new Int32Array(words.length);
  const ends = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    starts[i] = words[i]!.start;
    ends[i] = words[i]!.end;
  }
  // (ids made here are all in the vocabulary)
  return indexFromIds(starts, ends, ids, vocab, idOf)!;
}

/**
 * The index over words whose offsets and ids are already known, without looking each word up again:
 * `vocab[id]` is each id's form, `ids[i]` word i's id. Null when an id is not in the vocabulary.
 */
export function indexFromIds(
  starts: Int32Array,
  ends: Int32Array,
  ids: Int32Array,
  vocab: string[],
  /** Each form's id, when the caller has it already (indexFromWords). */
  known?: Map<string, number>,
): BookIndex | null {
  const postingStarts = new Int32Array(vocab.length + 1);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id < 0 || id >= vocab.length) return null;
    postingStarts[id + 1]!++;
  }
  for (let id = 0; id < vocab.length; id++) postingStarts[id + 1]! += postingStarts[id]!;
  const positions = new Int32Array(ids.length);
  const fill = postingStarts.slice(0, vocab.length);
  for (let i = 0; i < ids.length; i++) positions[fill[ids[i]!]!++] = i;
  return indexFromPostings(starts, ends, ids, vocab, positions, postingStarts, known);
}

/** The index with its postings given (the library stores them: index-codec.ts). */
export function indexFromPostings(
  starts: Int32Array,
  ends: Int32Array,
  ids: Int32Array,
  vocab: string[],
  positions: Int32Array,
  postingStarts: Int32Array,
  known?: Map<string, number>,
): BookIndex {
  let idOf = known;
  if (!idOf) {
    const made = new Map<string, number>();
    for (let id = 0; id < vocab.length; id++) made.set(vocab[id]!, id);
    idOf = made;
  }
  return { starts, ends, ids, idOf, positions, postingStarts, vocab, spellingKeys: new Array(vocab.length) };
}

/** Word p's normalised form. */
export function normAt(index: BookIndex, p: number): string {
  return index.vocab[index.ids[p]!]!;
}

/** The ascending word positions where word id `id` occurs (empty for an id not in the vocabulary). */
export function postingsAt(index: BookIndex, id: number): Int32Array {
  if (!(id >= 0 && id < index.vocab.length)) return EMPTY;
  return index.positions.subarray(index.postingStarts[id]!, index.postingStarts[id + 1]!);
}

/** How many times word id `id` occurs (0 for an id not in the vocabulary), without making an array. */
export function postingCount(index: BookIndex, id: number): number {
  if (!(id >= 0 && id < index.vocab.length)) return 0;
  return index.postingStarts[id + 1]! - index.postingStarts[id]!;
}

const EMPTY = new Int32Array(0);
