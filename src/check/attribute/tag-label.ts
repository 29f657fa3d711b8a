import type { BookTag } from './book-tag.js';
import type { Cast, CastCharacter } from './cast.js';
import type { Person } from './identity.js';
import { parseName } from './names.js';

/**
 * How the report names the speaker a book's own tag gives: the cast's name for them, unless the
 * reader would not recognise the tag's words in it, or the words could be someone else's too; then
 * the book's own words ("said Ham", "said Joe").
 */
export function tagFindingLabel(
  people: readonly Person[],
  tag: BookTag,
  called: CastCharacter | null,
  cast: Cast,
): string {
  const one = people.length === 1 ? people[0]! : null;
  if (!one || !labelHolds(one.label, tag)) return tag.who;
  return tag.kind === 'named' && tagWordSharedByAnother(tag.who, called, cast) ? tag.who : one.label;
}

/**
 * The cast's name for the one the tag names holds a word of the tag's name ("said Darcy": Mr. Darcy),
 * or the tag is the narrator's "I": else the report shows the book's own word. "said Ham", filed by
 * the model under Mr. Peggotty (uncle and nephew merged), is Ham to a reader (probe round J3).
 */
function labelHolds(label: string, tag: BookTag): boolean {
  if (tag.kind !== 'named') return true;
  const words = new Set(parseName(label).words);
  return parseName(tag.who).words.some((w) => words.has(w));
}

/**
 * "said Joe" where the cast has Joe Harper and Injun Joe, whom the book also calls plain "Joe": the
 * tag's one word is a name of another character too, so the book's own word is shown, not the one
 * character the cast files it under (Tom Sawyer; probe round U3: a contradiction naming Joe Harper
 * for Injun Joe's line).
 */
function tagWordSharedByAnother(who: string, called: CastCharacter | null, cast: Cast): boolean {
  const words = parseName(who).words;
  if (!called || words.length !== 1) return false;
  return cast.characters.some(
    (c) => c.id !== called.id && cast.namesOf(c).some((n) => n.words.includes(words[0]!)),
  );
}
