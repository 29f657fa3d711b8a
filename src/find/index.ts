/** `verbatim find`: which library books hold a passage (find.ts composes the stages). */
export { type FindOptions, findPassage, MAX_COMPARED, MAX_PASSAGE_WORDS } from './find.js';
export { libraryFinder } from './for-check.js';
export { ensureFindIndex, type IndexProgress, indexForFind } from './library-index.js';
export { FIND_INDEX_VERSION } from './stored.js';
export type { FindMatch, FindResult } from './types.js';
