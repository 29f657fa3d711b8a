import { HONORIFICS } from '../../lexicon.js';
import type { ExtractBook } from './types.js';

const perBook = new WeakMap<ExtractBook, (label: string) => boolean>();

/** `bookNamesSpeaker`, one per book (its answers remembered). */
export function namesSpeakerOf(book: ExtractBook): (label: string) => boolean {
  let f = perBook.get(book);
  if (!f) {
    f = bookNamesSpeaker(book);
    perBook.set(book, f);
  }
  return f;
}

/**
 * Whether a script-style label ("TOM:", "PROFESSOR HALE:", "**Jess:**") can name one of the book's
 * people: every word of it but its titles stands in the book with a capital ("Hale", "Jess"). A
 * podcast's or a lecture's transcript labels its own speakers so ("TOM: OK, can I read my favourite
 * bit?"); those names are not the book's, and their lines are the writer's talk, not quotations. A
 * film's line under a character's name ("ALICE: …", "Mad Hatter: …") is still read as that
 * character's.
 */
function bookNamesSpeaker(book: ExtractBook): (label: string) => boolean {
  const known = new Map<string, boolean>();
  return (label) => {
    const words = label
      .split(/[\s.]+/)
      .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
      .filter((w) => w.length > 0 && !HONORIFICS.has(w.toLowerCase()) && w.toLowerCase() !== 'the');
    // (no words to look for, or an initial, "T:", "MH:", which names by the credit stage's cast)
    if (words.length === 0 || (words.length === 1 && words[0]!.length <= 2)) return true;
    return words.every((w) => {
      const key = w.toLowerCase();
      let found = known.get(key);
      if (found === undefined) {
        found = capitalisedIn(book.text, key);
        known.set(key, found);
      }
      return found;
    });
  };
}

/** The word stands in the text at least once with a capital first letter ("Hale", "HALE"). */
function capitalisedIn(text: string, lower: string): boolean {
  const escaped = lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const first = m[0][0]!;
    if (first !== first.toLowerCase()) return true;
  }
  return false;
}
