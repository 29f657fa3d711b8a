/**
 * What `find` stores per book: where the book has each distinct word form of its word index.
 * Bump the version when what is stored changes, so books are indexed again.
 */
export const FIND_INDEX_VERSION = 'find-1';

/** A stored Int32 little-endian array as numbers (copied when the blob is not 4-aligned). */
export function int32Of(b: Uint8Array): Int32Array {
  if (b.byteOffset % 4 === 0 && b.byteLength % 4 === 0)
    return new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4);
  return new Int32Array(new Uint8Array(b).buffer);
}
