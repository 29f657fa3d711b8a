import type { Gender } from '../../lexicon.js';
import type { CastCharacter } from './cast.js';
import type { ParsedName } from './names.js';

/**
 * How the characters a written name meets are ranked (cast.ts): the ways a name may meet a character
 * and their scores, what one character's names say, and the choices among several characters met.
 */

/**
 * How a name as written met a character, strongest first: the scores rank the ways; two characters
 * met equally well make the name ambiguous.
 */
export const SCORE = {
  name: 100,
  'full-name': 80,
  'title-surname': 60,
  'married-name': 55,
  'first-name': 50,
  surname: 50,
  diminutive: 45,
  description: 45,
  /** A title alone ("the Colonel", "Mademoiselle"): every character who carries it. */
  title: 40,
  spelling: 20,
  initial: 10,
} as const;
export type MatchedBy = keyof typeof SCORE;

export interface Match {
  character: CastCharacter;
  by: MatchedBy;
  score: number;
}

/** What one character's names say, gathered once. */
export interface Profile {
  character: CastCharacter;
  names: ParsedName[];
  keys: Set<string>;
  givens: Set<string>;
  surnames: Set<string>;
  eithers: Set<string>;
  gender: Gender;
}

/** "D", "E", "LC" (a screenplay or interview page): the characters whose names have those initials. */
export function matchInitials(written: string, profiles: readonly Profile[]): Match[] {
  const letters = written.replace(/[.\s]/g, '').toLowerCase();
  const out: Match[] = [];
  for (const p of profiles) {
    const fits = p.names.some((n) => {
      const all = [...n.titles, ...n.words].map((w) => w[0]).join('');
      const core = n.words.map((w) => w[0]).join('');
      if (letters.length === 1) return n.words.some((w) => w[0] === letters);
      return all === letters || core === letters;
    });
    if (fits) out.push({ character: p.character, by: 'initial', score: SCORE.initial });
  }
  return out;
}

/**
 * An initial is a reader's shorthand for a main character: it names one only when one character with
 * those initials is named far more often than any other (three times as often).
 */
const INITIAL_DOMINANCE = 3;

export function pickInitial(matches: Match[]): Match[] {
  const ranked = [...matches].sort((a, b) => (b.character.mentions ?? 0) - (a.character.mentions ?? 0));
  const top = ranked[0];
  if (!top) return [];
  const second = ranked[1];
  const topMentions = top.character.mentions ?? 0;
  if (topMentions > 0 && (!second || topMentions >= INITIAL_DOMINANCE * (second.character.mentions ?? 0)))
    return [top];
  return ranked.filter((m) => (m.character.mentions ?? 0) * INITIAL_DOMINANCE >= topMentions).slice(0, 4);
}

/**
 * "Miss Bennet" when the book has Miss Jane, Miss Elizabeth and Miss Lydia Bennet: a title and a
 * family name shared by several characters is ambiguous even if the book uses it for one of them.
 */
export function sharesTitleAndFamily(claim: ParsedName, p: Profile): boolean {
  const family = claim.surname ?? claim.either;
  const title = claim.titles[0];
  // Only the titles sisters share: "Mr. Emerson" is the father even when the son is "Mr. George Emerson".
  if (!family || !title || claim.given || claim.titleClass !== 'unmarried') return false;
  return p.names.some(
    (n) =>
      n.surname === family &&
      (n.titles[0] === title ||
        (n.titles.length === 0 && claim.titleClass === 'unmarried' && n.gender !== 'male')),
  );
}

/**
 * How much more often the family name's character must be named than the given name's, for a full
 * name met half on each to mean the former (familyOverMinorGiven).
 */
const FAMILY_OVER_GIVEN_MENTIONS = 5;

/**
 * "Jack Stapleton", "Dr. John Watson": a full name whose given name meets only a minor character the
 * book calls by that given name alone ("John", named three times) and whose family name meets one
 * main character the book never gives a given name ("Stapleton", "Watson"): the family name's
 * (probe round AF182: both read as "John"). Elsewhere the given name tells more, a family name being
 * the whole family's ("Mary Bennet" is Mary, not Mrs. Bennet).
 */
export function familyOverMinorGiven(
  claim: ParsedName,
  top: readonly Match[],
  all: readonly Match[],
  profileOf: ReadonlyMap<CastCharacter, Profile>,
): Match[] | null {
  if (!claim.given || !claim.surname) return null;
  const family = all.filter((m) => m.by === 'surname');
  if (top.length !== 1 || family.length !== 1 || !['first-name', 'diminutive'].includes(top[0]!.by))
    return null;
  const given = profileOf.get(top[0]!.character)!;
  const owner = profileOf.get(family[0]!.character)!;
  if (given.surnames.size > 0 || owner.givens.size > 0) return null;
  const minor = top[0]!.character.mentions ?? 0;
  const main = family[0]!.character.mentions ?? 0;
  return main >= FAMILY_OVER_GIVEN_MENTIONS * Math.max(1, minor) ? family : null;
}

export function best(matches: Match[]): Match[] {
  if (matches.length === 0) return [];
  const top = Math.max(...matches.map((m) => m.score));
  return matches.filter((m) => m.score === top);
}
