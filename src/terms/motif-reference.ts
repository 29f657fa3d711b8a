/**
 * The reference the motif suggestions compare a book against: the word profiles of the library's
 * other books, summed (src/similar/profile.ts). Null when there is no other book.
 */

import { libraryProfiles, type ProfileStore } from '../similar/library-profiles.js';
import { countsOfProfile } from '../similar/profile.js';
import { addCounts, type WordCounts } from '../text/keyness.js';

export function libraryReference(
  store: ProfileStore,
  bookId: string,
): { counts: WordCounts; books: number } | null {
  const others = libraryProfiles(store).filter((b) => b.id !== bookId);
  if (others.length === 0) return null;
  const counts: WordCounts = { counts: new Map(), total: 0 };
  for (const b of others) addCounts(counts, countsOfProfile(b.profile));
  return { counts, books: others.length };
}
