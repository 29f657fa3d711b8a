/**
 * The word profiles of a library's books: read from the library when stored, else computed from the
 * book's text and stored for next time (the first `similar` on a library of 100 novels reads every
 * book once, about 30 s; later ones read 100 stored profiles in well under a second).
 */
import type { Book } from '../book/types.js';
import { isStyleProfile, profileOfBook, STYLE_PROFILE_KEY, type StyleProfile } from './profile.js';

/** What this needs of the library (src/store/library.ts; the server's LibraryPort is one too). */
export interface ProfileStore {
  listBooks(): { id: string; title: string | null; author: string | null }[];
  getBook(id: string): Book | null;
  getAnalysis(bookId: string, version: string): unknown | null;
  saveAnalysis(bookId: string, version: string, json: unknown): void;
}

export interface ProfiledBook {
  id: string;
  title: string | null;
  author: string | null;
  profile: StyleProfile;
}

export function profileFor(store: ProfileStore, book: Book): StyleProfile {
  const stored = store.getAnalysis(book.id, STYLE_PROFILE_KEY);
  if (isStyleProfile(stored)) return stored;
  const profile = profileOfBook(book);
  try {
    store.saveAnalysis(book.id, STYLE_PROFILE_KEY, profile);
  } catch {
    // a read-only library: the profile is recomputed next time
  }
  return profile;
}

/** Every book of the library with its profile, in the library's order. */
export function libraryProfiles(
  store: ProfileStore,
  onProgress?: (done: number, of: number) => void,
): ProfiledBook[] {
  const books = store.listBooks();
  return books.flatMap((b, i) => {
    onProgress?.(i, books.length);
    const stored = store.getAnalysis(b.id, STYLE_PROFILE_KEY);
    let profile: StyleProfile | null = isStyleProfile(stored) ? stored : null;
    if (!profile) {
      const book = store.getBook(b.id);
      if (!book) return [];
      profile = profileFor(store, book);
    }
    return [{ id: b.id, title: b.title, author: b.author, profile }];
  });
}
