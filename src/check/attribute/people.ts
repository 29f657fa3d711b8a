import { buildCast, type Cast, type CastCharacter } from './cast.js';
import type { Person } from './identity.js';
import { type ParsedName, parseName } from './names.js';

/** People as the identity rules see them (identity.ts), from the book's cast or a name alone. */

/**
 * Mentions below which the model's gender for a character (from the pronouns near its mentions)
 * yields to the one its names give. eval:pdnc-credits: with the names' gender for every character, 3
 * more right credits were contradicted (Pooh a woman by "Winnie"); under 10, 20, 40, 100 or 300
 * mentions, none, and no other change. 10 left The Ambassadors' "Sarah Pocock" (11 mentions) a man
 * to the model, and so no other name of Sarah's: a right credit contradicted (probe round AF114).
 */
const MODEL_GENDER_MIN_MENTIONS = 50;

/**
 * A one-word name the general lists take for a given name ("Bertram") is the family name where the
 * same character is also called by it with a title ("Mr. Bertram") and the book gives it after a
 * given name ("Tom Bertram"): Mansfield Park's "Bertram" is no other given name than Tom's, so no
 * other man (probe round AF2, a right credit contradicted). Not Hard Times's "Thomas" beside "Mr.
 * Thomas", Mrs. Sparsit's name for young Tom Gradgrind: no one's family name.
 */
function familyWordsAsFamily(names: readonly ParsedName[], cast: Cast): readonly ParsedName[] {
  const families = new Set(names.map((n) => n.surname).filter((s) => s !== null && cast.endsAFullName(s)));
  if (families.size === 0) return names;
  return names.map((n) =>
    n.given !== null && n.titles.length === 0 && n.words.length === 1 && families.has(n.given)
      ? { ...n, given: null, either: n.given, gender: 'unknown' as const }
      : n,
  );
}

export function personOf(c: CastCharacter, cast: Cast): Person {
  const names = familyWordsAsFamily(cast.namesOf(c), cast);
  // A character the book seldom names has its gender from its names (titles, given names) where they
  // all agree, before the model's guess from the pronouns near so few mentions: "Gertrude Coppard",
  // Mrs. Morel's maiden name in Sons and Lovers, named four times, is a man to the model ("Gertrude
  // Coppard had watched him"), and so no other name of hers (probe round X3: a right credit
  // contradicted). Pooh, named hundreds of times, stays the model's "he" whatever "Winnie" says.
  const byNames = new Set(names.map((n) => n.gender).filter((g) => g !== 'unknown'));
  const modelGender = c.gender && c.gender !== 'unknown' ? c.gender : null;
  // (mentions not known, as in a model stored without them: the model's gender stands)
  const seldomNamed = c.mentionOffsets !== undefined && c.mentionOffsets.length < MODEL_GENDER_MIN_MENTIONS;
  const gender =
    byNames.size === 1 && (seldomNamed || !modelGender) ? [...byNames][0]! : (modelGender ?? 'unknown');
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

/**
 * A name with no character behind it fits a person when the name could be one of theirs: all of
 * their names, not only the one shown ("Julia Stoner" fits the label "Miss Stoner", not the book's
 * Miss Stoner who is also "Helen Stoner": probe round AE2, a wrong credit supported).
 */
function namesFit(a: Person, b: Person): boolean {
  const probe = buildCast({ characters: [{ id: 'b', name: b.label, aliases: aliasesOf(b) }] });
  return probe.fit(a.label, probe.characters[0]!) > 0;
}

/** A person's names other than the label, as the cast writes names (its parsed keys are lower case). */
function aliasesOf(p: Person): string[] {
  return p.names.map((n) => n.key.replace(/\b\p{L}/gu, (c) => c.toUpperCase())).filter((k) => k !== p.label);
}

/**
 * The claimed person is the speaker: the same character, or (where one of them is no character of
 * the model's) the claimed name is a name of the speaker ("Captain Frederick Wentworth" for the
 * book's "Captain Wentworth"; not "Mademoiselle Roux" for the book's bare "Mademoiselle").
 */
export function claimFits(claimed: readonly Person[], speaker: readonly Person[]): boolean {
  return fittingSpeaker(claimed, speaker) !== null;
}

/**
 * The one of the speaker's people the claim fits (see `claimFits`), or null. Turn-taking may give
 * the speaker under two names the cast keeps apart ("Mrs. Welland" called one line before, "Madame
 * Olenska" one line after): the one the claim fits is the speaker to show beside "supported".
 */
export function fittingSpeaker(claimed: readonly Person[], speaker: readonly Person[]): Person | null {
  for (const b of speaker)
    if (claimed.some((a) => (a.id !== null && b.id !== null ? a.id === b.id : namesFit(a, b)))) return b;
  return null;
}
