import { buildCast, type Cast, type CastCharacter } from './cast.js';
import type { Person } from './identity.js';
import { parseName } from './names.js';

/** People as the identity rules see them (identity.ts), from the book's cast or a name alone. */

export function personOf(c: CastCharacter, cast: Cast): Person {
  const names = cast.namesOf(c);
  const gender =
    c.gender && c.gender !== 'unknown'
      ? c.gender
      : (names.find((n) => n.gender !== 'unknown')?.gender ?? 'unknown');
  return { label: c.name, names, gender, id: c.id, mentionOffsets: c.mentionOffsets };
}

/** Someone the book or the writer names who is none of the model's characters. */
export function nameOnly(name: string): Person {
  const parsed = parseName(name);
  return { label: name, names: [parsed], gender: parsed.gender, id: null };
}

/** The people a name as written may mean: the character(s) of the cast, else the name alone. */
export function peopleNamed(name: string, cast: Cast): Person[] {
  const chars = cast.charactersNamed(name);
  return chars.length > 0 ? chars.map((c) => personOf(c, cast)) : [nameOnly(name)];
}

/** The first-person narrator ("said I"). */
export function narratorPerson(cast: Cast): Person {
  const n = cast.byId('narrator');
  return n ? personOf(n, cast) : { label: 'the narrator', names: [], gender: 'unknown', id: 'narrator' };
}

/** A name with no character behind it fits a person when the name could be one of theirs. */
function namesFit(a: Person, b: Person): boolean {
  const probe = buildCast({ characters: [{ id: 'b', name: b.label, aliases: [] }] });
  return probe.fit(a.label, probe.characters[0]!) > 0;
}

/**
 * The claimed person is the speaker: the same character, or (where one of them is no character of
 * the model's) the claimed name is a name of the speaker ("Captain Frederick Wentworth" for the
 * book's "Captain Wentworth"; not "Mademoiselle Roux" for the book's bare "Mademoiselle").
 */
export function claimFits(claimed: readonly Person[], speaker: readonly Person[]): boolean {
  return claimed.some((a) =>
    speaker.some((b) => (a.id !== null && b.id !== null ? a.id === b.id : namesFit(a, b))),
  );
}
