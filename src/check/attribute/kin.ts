import { KIN_FAMILY, KIN_GENDERS, KIN_TITLES, type KinFamily } from '../../lexicon.js';
import type { Cast, CastCharacter } from './cast.js';
import { parseName } from './names.js';

/**
 * Whom a writer's credit by kin may mean: "Tom's aunt", "Dickon's mother", "Mrs. Pett's husband",
 * "his aunt". Writers credit so in lists, tables and "— Athelny's daughter" lines (probe rounds
 * J4–N4); the cast knows no character by that phrase, so such a credit was never checked. Two ways,
 * both only what the book's names say:
 * - a relation that is also a title ("aunt", "uncle", "cousin"): the book's characters called by it
 *   ("Aunt Polly", "Aunt Kate" and "Aunt Julia"), whoever the possessor;
 * - a relation within a family ("mother", "husband", "daughter"…): the characters of the named
 *   possessor's family name, of the relation's gender, a parent or spouse by Mr./Mrs. ("Dickon
 *   Sowerby's mother" is Mrs. Sowerby).
 * The book never says whose aunt Aunt Polly is to the checker, so a kin credit may be supported
 * through them but never contradicted (attribute/index.ts).
 */
export interface KinCredit {
  /** The named person the relation is of ("Tom", "Mrs. Pett"), or null for "his", "her", "their". */
  possessor: string | null;
  /** The relation, singular ("aunt", "mother"). */
  relation: string;
}

const KIN_CREDIT =
  /^(?:(his|her|their)|(.+?)['’]s)\s+(?:(?:old|young|elder|younger|eldest|youngest|little)\s+)?([a-z]+)$/iu;

/** "Tom's aunt" → { possessor: "Tom", relation: "aunt" }; null for anything but one person by kin. */
export function parseKinCredit(name: string): KinCredit | null {
  const m = KIN_CREDIT.exec(name.trim());
  if (!m) return null;
  const relation = m[3]!.toLowerCase();
  // one person: "his sisters" credits several
  if (!KIN_GENDERS.has(relation)) return null;
  return { possessor: m[2] ? m[2].trim() : null, relation };
}

/** A character a kin credit may mean, and why, in words for the report. */
export interface KinCandidate {
  character: CastCharacter;
  /** "the book calls Aunt Polly by the title “Aunt”", "of Mr. Farrell’s family name, Farrell". */
  reason: string;
}

/**
 * The characters a kin credit may mean, the likeliest first; none where the book's names do not say.
 * (Never the possessor: "Tom's father" is not Tom.)
 */
export function kinCandidates(kin: KinCredit, cast: Cast): KinCandidate[] {
  return kinCharacters(kin, cast).map(({ character, family }) => ({
    character,
    reason: family
      ? `of ${kin.possessor}’s family name, ${capitalised(family)}`
      : `the book calls ${character.name} by the title “${capitalised(kin.relation)}”`,
  }));
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function kinCharacters(kin: KinCredit, cast: Cast): { character: CastCharacter; family: string | null }[] {
  const gender = KIN_GENDERS.get(kin.relation) ?? 'unknown';
  const fits = (c: CastCharacter) =>
    gender === 'unknown' || !c.gender || c.gender === 'unknown' || c.gender === gender;
  if (KIN_TITLES.has(kin.relation)) {
    return cast.characters
      .filter(
        (c) => fits(c) && cast.namesOf(c).some((n) => n.titles[0] === kin.relation && n.words.length > 0),
      )
      .map((character) => ({ character, family: null }));
  }
  // (a niece, a nephew or a grandparent is as often of another family name: not guessed)
  const family = KIN_FAMILY.get(kin.relation);
  if (!kin.possessor || !family || family === 'other') return [];
  const possessor = cast.characterNamed(kin.possessor);
  // The possessor's family names; where the name as written means several ("Thornton": a son, his
  // mother, his sister), the family name it gives.
  const written = parseName(kin.possessor);
  const families = new Set(
    (possessor ? cast.namesOf(possessor).map((n) => n.surname) : [written.surname ?? written.either]).filter(
      (s): s is string => s !== null,
    ),
  );
  if (families.size === 0) return [];
  const wife = written.titles[0] === 'mrs';
  const out: { character: CastCharacter; family: string | null }[] = [];
  for (const c of cast.characters) {
    if (c === possessor || !fits(c)) continue;
    const names = cast.namesOf(c);
    const name = names.find((n) => n.surname !== null && families.has(n.surname))?.surname;
    if (name && fitsRelation(new Set(names.map((n) => n.titles[0])), family, wife))
      out.push({ character: c, family: name });
  }
  return out.sort((a, b) => (b.character.mentions ?? 0) - (a.character.mentions ?? 0));
}

/**
 * Whether a character of the family fits the relation by the titles of all their names: a parent or
 * spouse goes by Mr. or Mrs. ("Mrs. Sowerby"), a son or daughter by neither (that is the parents'
 * generation), a brother or sister not by Mrs. (a married sister has another name), and a wife's
 * "Mr." of her own family name is her husband, not her brother ("Mrs. Pett's brother" is not Mr. Pett).
 */
function fitsRelation(
  titles: ReadonlySet<string | undefined>,
  family: KinFamily,
  possessorIsWife: boolean,
): boolean {
  const mr = titles.has('mr');
  const mrs = titles.has('mrs');
  if (family === 'parent-or-spouse') return mr || mrs;
  if (family === 'child') return !mr && !mrs;
  return !mrs && !(possessorIsWife && mr);
}
