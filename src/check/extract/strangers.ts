/**
 * Names after a writer's own paragraph that the book never gives: a site's badge in brackets, a
 * commenter's signature after a dash. Such a paragraph is the page's, not a quotation (decide.ts).
 */
import { GIVEN_NAME_GENDER } from '../../lexicon.js';
import { namesSpeakerOf } from './speaker-names.js';
import type { ExtractBook } from './types.js';

/**
 * "Best answer · from lit_tutor_marc (Expert)": a word in brackets after the writer's line that the
 * book never capitalises is a site's badge, not a speaker's name ("(Basil)" is the book's).
 */
export function bracketedStranger(trailer: string, book: ExtractBook): boolean {
  const m = /^\s*\(\s*([^()]{1,40}?)\s*\)\s*[.]?\s*$/.exec(trailer);
  return m !== null && !namesSpeakerOf(book)(m[1]!);
}

/**
 * "Loved this. The sheep scene still haunts me. — Pete": a paragraph signed with a name the book never
 * gives (nor its author's), whose words the book has nowhere, is a reader's comment, not a quotation
 * (probe round AF295: reported as a line not in the book). A line the book does not have credited to
 * one of its people or to its author ("— Jane Austen" under an invented line) stays a quotation.
 */
export function signedByStranger(trailer: string, book: ExtractBook, wordsNotInBook: () => boolean): boolean {
  const m = /^\s*(?:[—–―~]|-{1,2})\s*([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})\s*[.]?\s*$/u.exec(
    trailer,
  );
  if (!m || namesSpeakerOf(book)(m[1]!)) return false;
  const name = m[1]!.toLowerCase();
  if (book.author) {
    const authorWords = new Set(
      book.author
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length > 1),
    );
    if (name.split(/[^\p{L}]+/u).some((w) => authorWords.has(w))) return false;
  } else if (!GIVEN_NAME_GENDER.has(name)) {
    // (with no author known, only a given name alone, as a commenter signs: an author is credited
    // by the family name, "— Hardy")
    return false;
  }
  return wordsNotInBook();
}
