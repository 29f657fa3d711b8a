import type { Cast, CastCharacter } from './cast.js';
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
