import type { FindInLibrary } from '../check/elsewhere.js';
import type { LibrarySource } from '../check/types.js';
import type { Library } from '../store/library.js';
import { findPassage } from './find.js';

/**
 * `find` as the checker asks it (src/check/elsewhere.ts): the library books holding a passage. The
 * library is opened on the first question (`open`; null when there is none) and kept open for the
 * rest of the review or class set. Only books already indexed for `find` are looked in (by `add` or
 * an earlier `find`): a check never stops to index a whole library.
 */
export function libraryFinder(open: () => Library | null): FindInLibrary {
  let library: Library | null | undefined;
  return (passage, skipBook) => {
    if (library === undefined) library = open();
    if (!library) return [];
    return findPassage(library, passage, skipBook ? { skipBook } : {}).matches.map(
      (m): LibrarySource => ({
        bookId: m.bookId,
        title: m.title,
        author: m.author,
        verdict: m.verdict,
        location: m.location,
      }),
    );
  };
}
