/**
 * A book's word profile: its length in words and how often it uses each of its most frequent words.
 * What `similar` compares books by, and what the motif suggestions take as the library's reference.
 * Stored with the book in the library (STYLE_PROFILE_KEY, in the table of per-book analyses), so a
 * library's books are read once, not on every question.
 */
import type { Book } from '../book/types.js';
import { countWords, type WordCounts } from '../text/keyness.js';

/** Bump when what a profile holds changes: stored profiles of another version are recomputed. */
export const STYLE_PROFILE_KEY = 'style-profile-1';

/**
 * Words kept per book. Delta compares the library's 2,000 most frequent words (DELTA_DEFAULTS); a
 * book's 5,000th word is used about five times in a novel of 100,000 words, so a library MFW missing
 * from a book's profile is one the book barely uses, and counting it as 0 moves its z-score little.
 * About 70 KB of JSON per book.
 */
export const PROFILE_WORDS = 5000;

export interface StyleProfile {
  version: string;
  /** Words in the book. */
  total: number;
  /** [word, count], most frequent first, at most PROFILE_WORDS. */
  words: [string, number][];
}

export function profileOfBook(book: Book): StyleProfile {
  return profileOfCounts(countWords(book.text));
}

export function profileOfCounts(counts: WordCounts): StyleProfile {
  const words = [...counts.counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, PROFILE_WORDS);
  return { version: STYLE_PROFILE_KEY, total: counts.total, words };
}

export function isStyleProfile(value: unknown): value is StyleProfile {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<StyleProfile>;
  return v.version === STYLE_PROFILE_KEY && typeof v.total === 'number' && Array.isArray(v.words);
}

/** The profile's counts as a WordCounts (for keyness). */
export function countsOfProfile(profile: StyleProfile): WordCounts {
  return { counts: new Map(profile.words), total: profile.total };
}
