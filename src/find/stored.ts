/**
 * What `find` stores per book: where the book has each distinct word form of its word index.
 * Bump the version when what is stored changes, so books are indexed again.
 */
export const FIND_INDEX_VERSION = 'find-1';

export { int32Of } from '../check/locate/index-codec.js';
