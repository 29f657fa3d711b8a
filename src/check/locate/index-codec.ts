import { type BookIndex, indexFromPostings } from './book-index.js';

/**
 * A book's word index as it is stored with the book in the library, so a one-shot `check` reads it
 * instead of re-reading every word of the novel (building it is most of a check's work). Everything
 * is stored, postings too: rebuilding them took passes over every word of the book, ~40 ms of a
 * one-shot check that runs with V8's optimizing compiler off; only the id map is made again.
 */
export interface StoredBookIndex {
  /** Bump when words.ts changes what a word is or how it is normalised: stored indexes are then rebuilt. */
  version: string;
  /** The normalised word forms in id order, joined by "\n" (a form never contains a line break). */
  vocab: string;
  /** Int32 little-endian arrays, one entry per word of the book. */
  starts: Uint8Array;
  ends: Uint8Array;
  ids: Uint8Array;
  /** Int32 little-endian: every word position grouped by id (`BookIndex.positions`). */
  positions: Uint8Array;
  /** Int32 little-endian: where each id's group starts, and the end (`BookIndex.postingStarts`). */
  postingStarts: Uint8Array;
}

/** words-2: postings stored too. */
export const BOOK_INDEX_VERSION = 'words-2';

function bytesOf(a: Int32Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/** An Int32Array over stored bytes (copied when the bytes are not 4-aligned, as a SQLite blob may be). */
export function int32Of(b: Uint8Array): Int32Array {
  if (b.byteOffset % 4 === 0 && b.byteLength % 4 === 0) {
    return new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4);
  }
  return new Int32Array(new Uint8Array(b).buffer);
}

export function encodeBookIndex(index: BookIndex): StoredBookIndex {
  return {
    version: BOOK_INDEX_VERSION,
    vocab: index.vocab.join('\n'),
    starts: bytesOf(index.starts),
    ends: bytesOf(index.ends),
    ids: bytesOf(index.ids),
    positions: bytesOf(index.positions),
    postingStarts: bytesOf(index.postingStarts),
  };
}

/**
 * The index back from storage; null when it was stored by another version or does not hold together
 * (arrays of different lengths, postings that do not cover every word once, offsets past the end of
 * `textLength`): the index is then built again. The checks are on the arrays' shapes and their ends,
 * not on each of the book's 100,000-odd words: a one-shot check runs this with V8's optimizers off,
 * where every pass over the words costs milliseconds, and SQLite hands back a blob whole or not at all.
 */
export function decodeBookIndex(stored: StoredBookIndex, textLength: number): BookIndex | null {
  if (stored.version !== BOOK_INDEX_VERSION || !stored.positions || !stored.postingStarts) return null;
  const vocab = stored.vocab === '' ? [] : stored.vocab.split('\n');
  const starts = int32Of(stored.starts);
  const ends = int32Of(stored.ends);
  const ids = int32Of(stored.ids);
  const positions = int32Of(stored.positions);
  const postingStarts = int32Of(stored.postingStarts);
  const n = ids.length;
  if (starts.length !== n || ends.length !== n || positions.length !== n) return null;
  if (
    postingStarts.length !== vocab.length + 1 ||
    postingStarts[0] !== 0 ||
    postingStarts[vocab.length] !== n
  )
    return null;
  for (let id = 0; id < vocab.length; id++) if (postingStarts[id]! > postingStarts[id + 1]!) return null;
  if (n > 0 && (ends[n - 1]! > textLength || starts[n - 1]! > ends[n - 1]!)) return null;
  return indexFromPostings(starts, ends, ids, vocab, positions, postingStarts);
}
