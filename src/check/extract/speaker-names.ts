import { HONORIFICS, isReviewLabel, TRANSCRIPT_ROLES } from '../../lexicon.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { LETTERS } from '../../text/letters.js';
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
 * people: every word of it but its titles stands in the book with a capital ("Hale", "Jess"), or it is
 * one word the book uses as a role ("GOVERNESS:" for "the governess": roleOf). A
 * podcast's or a lecture's transcript labels its own speakers so ("TOM: OK, can I read my favourite
 * bit?"); those names are not the book's, and their lines are the writer's talk, not quotations. A
 * film's line under a character's name ("ALICE: …", "Mad Hatter: …") is still read as that
 * character's.
 */
function bookNamesSpeaker(book: ExtractBook): (label: string) => boolean {
  const known = new Map<string, boolean>();
  const isRoleInBook = roleOf(book);
  return (label) => {
    const words = label
      .split(/[\s.]+/)
      .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
      .filter((w) => w.length > 0 && !HONORIFICS.has(w.toLowerCase()) && w.toLowerCase() !== 'the');
    // (no words to look for, or an initial, "T:", "MH:", which names by the credit stage's cast)
    if (words.length === 0 || (words.length === 1 && words[0]!.length <= 2)) return true;
    if (words.length === 1 && isRoleInBook(words[0]!.toLowerCase())) return true;
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

/**
 * "GOVERNESS:", "CREATURE:", "SCHOOLMISTRESS:": a person of the story by the role the book gives them,
 * "the governess" at least ROLE_MIN_USES times (The Turn of the Screw's narrator has no name;
 * probe rounds AF226, AF227: such lines were read as the writer's prose, and an altered or invented
 * one never reported). Not a transcript's own host or student, whatever the book says of them.
 */
function roleOf(book: ExtractBook): (word: string) => boolean {
  const counts = new Map<string, boolean>();
  return (word) => {
    let found = counts.get(word);
    if (found === undefined) {
      found =
        !TRANSCRIPT_ROLES.has(word) &&
        !isReviewLabel(word) &&
        /^\p{L}+$/u.test(word) &&
        uses(book.text, new RegExp(`\\bthe\\s+(?:old\\s+|young\\s+|little\\s+)?${word}\\b`, 'giu')) >=
          ROLE_MIN_USES;
      counts.set(word, found);
    }
    return found;
  };
}
const ROLE_MIN_USES = 3;

function uses(text: string, re: RegExp): number {
  let n = 0;
  for (re.lastIndex = 0; re.exec(text) && n < ROLE_MIN_USES; ) n++;
  return n;
}

/** The word stands in the text at least once with a capital first letter ("Hale", "HALE"). */
function capitalisedIn(text: string, lower: string): boolean {
  const escaped = escapeRegExp(lower);
  const re = new RegExp(`(?<![${LETTERS}\\p{N}])${escaped}(?![${LETTERS}\\p{N}])`, 'giu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const first = m[0][0]!;
    if (first !== first.toLowerCase()) return true;
  }
  return false;
}
