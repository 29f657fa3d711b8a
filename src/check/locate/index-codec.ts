import { type BookIndex, indexFromIds } from './book-index.js';

/**
 * A book's word index as it is stored with the book in the library, so a one-shot `check` reads it
 * instead of re-reading every word of the novel (building it is most of a check's work). Only
 * what cannot be cheaply recomputed is kept: each word's offsets and its id; the vocabulary in id
 * order. Postings and the id map are rebuilt from these in a few milliseconds.
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
}

export const BOOK_INDEX_VERSION = 'words-1';

function bytesOf(a: Int32Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/** An Int32Array over stored bytes (copied when the bytes are not 4-aligned, as a SQLite blob may be). */
function int32Of(b: Uint8Array): Int32Array {
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
  };
}

/** The index back from storage; null when it was stored by another version or does not fit `textLength`. */
export function decodeBookIndex(stored: StoredBookIndex, textLength: number): BookIndex | null {
  if (stored.version !== BOOK_INDEX_VERSION) return null;
  const vocab = stored.vocab === '' ? [] : stored.vocab.split('\n');
  const starts = int32Of(stored.starts);
  const ends = int32Of(stored.ends);
  const ids = int32Of(stored.ids);
  if (starts.length !== ends.length || starts.length !== ids.length) return null;
  // A damaged or foreign row: rebuild rather than check against wrong offsets. (Each word's id is
  // checked where the index counts it; a one-shot check runs this with V8's optimizers off, where
  // every pass over the book's 100,000-odd words costs milliseconds.)
  for (let i = 0; i < ends.length; i++) if (ends[i]! > textLength || starts[i]! > ends[i]!) return null;
  // (the stored ids are the ones the index was built with: no word is looked up again)
  return indexFromIds(starts, ends, ids, vocab);
}
