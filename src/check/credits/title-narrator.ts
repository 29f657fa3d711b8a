import { HONORIFICS } from '../../lexicon.js';
import { LETTERS, LOWERS, UPPERS } from '../../text/letters.js';
import { knownToCast } from './cast-names.js';
import type { CreditContext } from './site.js';

/**
 * "Gulliver says…" of *Gulliver's Travels*, "Crusoe tells Friday…" of *The Life and Adventures of
 * Robinson Crusoe*: the person a first-person novel is named after is, when the book's cast has no
 * character of that name, its narrator (by the title's words for them: not a pet form, "Huck"). The analysis names a narrator from how the others address them, and
 * Gulliver is hardly ever addressed by name: every credit to him was checked as no character's
 * (probe round AF259: 22 credits, none settled). Not in a book told in the third person (no
 * narrator), and never over a character the cast knows by the name (*The Great Gatsby*'s Gatsby).
 */

/**
 * The person's name a title is made of: "Gulliver's Travels" → Gulliver, "The Life and Adventures of
 * Robinson Crusoe" → Robinson Crusoe, "Jane Eyre: An Autobiography" → Jane Eyre, "David
 * Copperfield"; null for a title that names no one ("Moby-Dick" is one word, and not read as a name).
 */
const TITLE_PERSON = new RegExp(
  String.raw`^(?:The\s+)?(?:(?:Life|Lives|Adventures|History|Memoirs|Autobiography|Travels|Story|Confessions|Journal|Diary)(?:\s+and\s+[${UPPERS}][${LOWERS}]+)?\s+of\s+)?(?<name>[${UPPERS}][${LETTERS}-]*(?:['’](?!s\b)[${LETTERS}]+)?(?:\s+[${UPPERS}][${LETTERS}-]*(?:['’](?!s\b)[${LETTERS}]+)?){0,2})(?:['’]s\s+[${UPPERS}][${LOWERS}]+)?(?:\s*[:;,.(].*)?$`,
  'u',
);

function titlePersonWords(title: string): string[] | null {
  const name = TITLE_PERSON.exec(title.trim())?.groups?.name;
  if (!name) return null;
  const words = name.toLowerCase().split(/\s+/);
  // "Dracula", "Frankenstein", "Emma": a title of one word names the person only with an "of" or an
  // "'s" before what they did ("Gulliver's Travels"); alone it may be anything.
  if (words.length === 1 && !/['’]s\s|\bof\s/.test(title)) return null;
  return words;
}

/** The credit's name is the person the title names, and the book's narrator under that name. */
export function namesTitleNarrator(name: string, ctx: CreditContext): boolean {
  if (!ctx.bookTitle || !ctx.cast.byId('narrator') || knownToCast(name, ctx.cast)) return false;
  const person = titlePersonWords(ctx.bookTitle);
  if (!person) return false;
  const words = name
    .toLowerCase()
    .replace(/[.]/g, '')
    .split(/\s+/)
    .filter((w) => w && !HONORIFICS.has(w));
  if (words.length === 0) return false;
  // "Gulliver", "Captain Gulliver"; "Lemuel Gulliver", by the family name the title gives
  return words.every((w) => person.includes(w)) || words[words.length - 1] === person[person.length - 1];
}
