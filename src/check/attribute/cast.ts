import { type Gender, HONORIFICS } from '../../lexicon.js';
import { LETTERS, UPPERS } from '../../text/letters.js';
import type { NameResolution } from '../types.js';
import {
  best,
  familyOverMinorGiven,
  type Match,
  type MatchedBy,
  matchInitials,
  type Profile,
  pickInitial,
  SCORE,
  sharesTitleAndFamily,
} from './cast-rank.js';
import { givenNamesMatch, type ParsedName, parseName, spellingSlip } from './names.js';

/**
 * The book's characters as a reader names them: a name as written in a review ("Lizzy", "Miss
 * Bennet", "Darcy", "the Cat", "D", "the narrator") resolved to the character it means, or reported as
 * ambiguous (with the candidates) or unknown, never guessed. Built from the speaker model's characters
 * and every name the book gives them.
 */

/** The part of the speaker model the cast needs: characters with every name the book gives them. */
export interface CastSource {
  characters: readonly {
    id: string;
    name: string;
    aliases: readonly string[];
    gender?: Gender;
    /** How often the book names them: breaks no tie between names, only ranks initials ("D"). */
    mentions?: number;
    /** Where the book names them (sorted offsets): tells two people named together apart (identity.ts). */
    mentionOffsets?: readonly number[];
  }[];
}

export type CastCharacter = CastSource['characters'][number];

export interface Cast {
  readonly characters: readonly CastCharacter[];
  /** What a name as written means in the book. */
  resolve(name: string): NameResolution;
  /** The character a name means when it means exactly one, else null. */
  characterNamed(name: string): CastCharacter | null;
  /** Characters a name may mean: the one it means, or the candidates of an ambiguous name. */
  charactersNamed(name: string): CastCharacter[];
  /** The one character the book itself calls exactly this ("Miss Bennet" where the book says so), or null. */
  characterCalled(name: string): CastCharacter | null;
  /** The gender of the character a name means (null: no single such character). */
  genderOf(name: string): Gender | null;
  /** How well a name as written fits one character (0: not at all). */
  fit(name: string, character: CastCharacter): number;
  /** The names of a character, taken apart (identity.ts compares them). */
  namesOf(character: CastCharacter): readonly ParsedName[];
  /** The word ends a name of two words or more in the cast, after a given name: "Bertram" of "Tom Bertram". */
  endsAFullName(word: string): boolean;
  byId(id: string): CastCharacter | null;
}

const NARRATOR_RE = /^(?:the|our|her|his|this|a) (?:narrator|speaker|storyteller)$|^narrator$|^i$/i;

/** "the narrator", "Narrator", "I" (a first-person credit: "I retorted"). */
export function isNarratorName(name: string): boolean {
  return NARRATOR_RE.test(name.trim());
}

/** A credit resolved to the narrator (no character of the cast: the narrator is judged apart). */
export const NARRATOR_RESOLUTION: NameResolution = {
  status: 'narrator',
  character: null,
  candidates: [],
  matchedBy: null,
};

/** A name in the possessive before a word: "Lucy's brother", "Darcy’s friend", a heading's "DAN'S GIRL". */
const POSSESSIVE_PHRASE = new RegExp(String.raw`['’]s\s+[${LETTERS}]`, 'iu');

const INITIALS_RE = new RegExp(String.raw`^[${UPPERS}]{1,3}\.?$|^(?:[${UPPERS}]\.\s?){1,3}$`, 'u');

/**
 * "Doctor Jo" beside "Jo" and "Miss Jo": a title before a word the same character bears alone as a
 * given name is a title before that given name, not a family name ("Jo March", as writers call her,
 * was refused Jo for the family name "Jo" she seemed to have: probe round AF18). Not a word that ends
 * a full name in the book (`familyWords`): Mansfield Park's "Mr. Bertram" beside "Bertram" is the
 * family name of "Tom Bertram".
 */
function titledGivenNames(names: readonly ParsedName[], familyWords: ReadonlySet<string>): ParsedName[] {
  const bare = new Set(
    names.filter((n) => n.titles.length === 0 && n.given && n.words.length === 1).map((n) => n.given!),
  );
  return names.map((n) =>
    n.surname !== null &&
    n.given === null &&
    n.titles.length > 0 &&
    n.words.length === 1 &&
    bare.has(n.surname) &&
    !familyWords.has(n.surname)
      ? { ...n, given: n.surname, surname: null }
      : n,
  );
}

function profileOf(c: CastCharacter, familyWords: ReadonlySet<string> = new Set()): Profile {
  const names = titledGivenNames([c.name, ...c.aliases].map(parseName), familyWords);
  const p: Profile = {
    character: c,
    names,
    keys: new Set(names.map((n) => n.key)),
    givens: new Set(),
    surnames: new Set(),
    eithers: new Set(),
    gender: c.gender ?? 'unknown',
  };
  for (const n of names) {
    if (n.given) p.givens.add(n.given);
    if (n.surname) p.surnames.add(n.surname);
    if (n.either) p.eithers.add(n.either);
  }
  if (p.gender === 'unknown') {
    const g = names.map((n) => n.gender).find((x) => x !== 'unknown');
    if (g) p.gender = g;
  }
  return p;
}

function sameGivenIn(word: string, set: Set<string>): 'same' | 'diminutive' | null {
  let best: 'same' | 'diminutive' | null = null;
  for (const g of set) {
    const m = givenNamesMatch(word, g);
    if (m === 'same') return 'same';
    if (m) best = m;
  }
  return best;
}

/**
 * Whether the title of a name rules the character out: a man's title for a woman, "Mrs. Bennet" for
 * one the book only ever calls "Miss … Bennet".
 */
function titleConflicts(claim: ParsedName, p: Profile): boolean {
  if (claim.gender !== 'unknown' && p.gender !== 'unknown' && claim.gender !== p.gender) return true;
  const cls = claim.titleClass;
  if (cls !== 'married' && cls !== 'unmarried') return false;
  const family = claim.surname ?? claim.either;
  if (!family) return false;
  const classes = p.names.filter((n) => n.surname === family || n.either === family).map((n) => n.titleClass);
  const other = cls === 'married' ? 'unmarried' : 'married';
  return classes.includes(other) && !classes.includes(cls);
}

/** "the Colonel", "Mademoiselle": a title standing for the name. */
function isBareTitle(claim: ParsedName): boolean {
  return (
    claim.words.length === 1 &&
    claim.titles.length === 0 &&
    claim.either !== null &&
    HONORIFICS.has(claim.either)
  );
}

/**
 * A woman the book knows unmarried ("Miss Carol Milford") written with the family name of a man or a
 * married woman of the book ("Carol Kennicott", for the Mrs. Kennicott she becomes): her married
 * name. Only her given name exactly, and ranked below a full name whose family half the book never
 * gives (48), so a woman the book names by that given name alone still comes first.
 */
const MARRIED_FULL_NAME = 47;

function marriedInto(claim: ParsedName, p: Profile, marriedFamilies: ReadonlySet<string>): boolean {
  const family = claim.surname;
  if (!claim.given || !family || p.gender !== 'female' || !marriedFamilies.has(family)) return false;
  if (sameGivenIn(claim.given, p.givens) !== 'same') return false;
  return p.names.some((n) => n.titleClass === 'unmarried' && n.surname !== null && n.surname !== family);
}

/**
 * A middle name of one of the character's full names: "Lambert Strether" for the book's "Lewis
 * Lambert Strether" (probe round AF169: not matched, as "Lambert" is no given name the book gives).
 */
function middleName(word: string, p: Profile): 'same' | null {
  return p.names.some((n) => n.given !== null && n.words.length >= 3 && n.words.slice(1, -1).includes(word))
    ? 'same'
    : null;
}

/**
 * How a name as written meets one character, or null when it cannot be them. `marriedFamilies`: the
 * family names of the book's men and married women (see `marriedInto`).
 */
function matchOne(
  claim: ParsedName,
  p: Profile,
  marriedFamilies: ReadonlySet<string>,
  castWords: ReadonlySet<string>,
): Match | null {
  const character = p.character;
  if (p.keys.has(claim.key)) {
    // "Mrs Theobald", an alias of the model's Theobald: his wife, merged into him by the model (the
    // book's Christina; probe round O3); a name that says a woman is no man's, whatever cluster holds it.
    if (claim.titleClass === 'married' && p.gender === 'male') return null;
    return {
      character,
      by: claim.article && !p.names.some((n) => n.article) ? 'description' : 'name',
      score: SCORE.name,
    };
  }
  if (titleConflicts(claim, p)) return null;
  // "Julius Beaufort" is the husband of "Mrs. Julius Beaufort", not her.
  if (claim.given && p.names.some((n) => n.husbandGiven === claim.given && n.surname === claim.surname))
    return null;
  const given = claim.given ? (sameGivenIn(claim.given, p.givens) ?? middleName(claim.given, p)) : null;
  // A given name the book never gives them, or a family name they do not carry: someone else.
  if (claim.given && p.givens.size > 0 && !given && !p.eithers.has(claim.given)) return null;
  const family = claim.surname;
  const familyMet = family !== null && (p.surnames.has(family) || p.eithers.has(family));
  if (family && p.surnames.size > 0 && !familyMet)
    return marriedInto(claim, p, marriedFamilies)
      ? { character, by: 'married-name', score: MARRIED_FULL_NAME }
      : null;
  const either = claim.either;
  if (claim.given && family) {
    if (given && familyMet) return { character, by: 'full-name', score: SCORE['full-name'] };
    // A family name no character bears: someone the book does not have ("— George Eliot", the
    // author, is not the book's King George).
    if (!familyMet && !castWords.has(family)) return null;
    // Half of a full name met, the other half unknown to the book: the given name tells more than the
    // family name, which a whole family shares ("Mary Bennet" is Mary before Mrs. Bennet; "Catherine
    // Bennet" is Kitty). "Miss Caroline Bingley" for the book's "Miss Bingley".
    if (given === 'same' || p.eithers.has(claim.given)) return { character, by: 'first-name', score: 48 };
    if (given === 'diminutive') return { character, by: 'diminutive', score: 46 };
    if (familyMet) return { character, by: 'surname', score: 44 };
    return null;
  }
  if (family) {
    if (!familyMet) return null;
    if (claim.titles.length === 0) return { character, by: 'surname', score: SCORE.surname };
    // "Mrs. Hanson" is not the character the book knows only as "Hanson": a family name alone is the
    // family's man (src/analysis/bare-names.ts), whatever gender the model guessed for him.
    if (
      claim.gender === 'female' &&
      p.names.every((n) => n.titles.length === 0 && !n.given && n.words.length === 1)
    )
      return null;
    const married =
      claim.titleClass === 'married' &&
      p.names.some((n) => n.titleClass === 'unmarried' && n.surname !== family);
    return married
      ? { character, by: 'married-name', score: SCORE['married-name'] }
      : { character, by: 'title-surname', score: SCORE['title-surname'] };
  }
  if (claim.given) {
    if (given === 'same' || p.eithers.has(claim.given))
      return { character, by: 'first-name', score: SCORE['first-name'] };
    if (given === 'diminutive') return { character, by: 'diminutive', score: SCORE.diminutive };
    // "Lizzy" for a character the book only calls "Elizabeth" in an either-slot ("Miss Eliza")
    for (const e of p.eithers)
      if (givenNamesMatch(claim.given, e)) return { character, by: 'diminutive', score: SCORE.diminutive };
    return null;
  }
  if (either && isBareTitle(claim)) {
    const title = HONORIFICS.get(either)?.canonical.toLowerCase().replace(/\.$/, '');
    return p.names.some((n) => n.titles[0] === title) ? { character, by: 'title', score: SCORE.title } : null;
  }
  if (either) {
    const by: MatchedBy = claim.article ? 'description' : 'name';
    if (p.eithers.has(either)) return { character, by, score: SCORE.surname };
    if (p.surnames.has(either))
      return { character, by: claim.article ? by : 'surname', score: SCORE.surname };
    const g = sameGivenIn(either, p.givens);
    if (g === 'same') return { character, by: claim.article ? by : 'first-name', score: SCORE['first-name'] };
    if (g === 'diminutive') return { character, by: 'diminutive', score: SCORE.diminutive };
  }
  return null;
}

/**
 * Spelling slips ("Elisabeth", "Mrs Herrington"): each word of the name the book never uses is put
 * right when exactly one word of the book's names is a slip away, and the name is matched again.
 * Only when no name meets any character as written.
 */
function correctedSpelling(claim: ParsedName, bookWords: ReadonlySet<string>): ParsedName | null {
  let changed = false;
  const fix = (w: string | null): string | null => {
    if (w === null || bookWords.has(w)) return w;
    const near = [...bookWords].filter((b) => spellingSlip(w, b));
    if (near.length !== 1) return w;
    changed = true;
    return near[0]!;
  };
  const given = fix(claim.given);
  const surname = fix(claim.surname);
  const either = fix(claim.either);
  if (!changed) return null;
  const words = claim.words.map((w) =>
    w === claim.given ? given! : w === claim.surname ? surname! : w === claim.either ? either! : w,
  );
  const key = [...claim.titles, ...words].join(' ');
  return { ...claim, given, surname, either, words, key };
}

/** Names a cast remembers the resolution of (a few dozen per review; each a few hundred bytes). */
const MAX_REMEMBERED_NAMES = 20_000;

export function buildCast(source: CastSource | null): Cast {
  const characters = source?.characters ?? [];
  // The words that end a full name anywhere in the cast ("Bertram" of "Tom Bertram"): family names.
  const fullNameEnds = new Set(
    characters.flatMap((c) =>
      [c.name, ...c.aliases]
        .map(parseName)
        .filter((n) => n.given !== null && n.surname !== null)
        .map((n) => n.surname!),
    ),
  );
  const profiles = characters.map((c) => profileOf(c, fullNameEnds));
  const profileOfChar = new Map(profiles.map((p) => [p.character, p]));
  const byId = new Map(characters.map((c) => [c.id, c]));
  const cache = new Map<string, Match[]>();
  const bookWords = new Set(profiles.flatMap((p) => [...p.givens, ...p.surnames, ...p.eithers]));
  const marriedFamilies = new Set(
    profiles.flatMap((p) =>
      p.names
        .filter(
          (n) => n.surname && (p.gender === 'male' || n.titleClass === 'male' || n.titleClass === 'married'),
        )
        .map((n) => n.surname!),
    ),
  );
  const match = (claim: ParsedName, p: Profile) => matchOne(claim, p, marriedFamilies, bookWords);

  /** The characters a name may mean, best first; several of equal rank when it is ambiguous. */
  const candidates = (name: string): Match[] => {
    const cached = cache.get(name);
    if (cached) return cached;
    const claim = parseName(name);
    let out: Match[] = [];
    // "Lucy's brother" names someone by their relation to Lucy: not Lucy (who they are, the cast
    // does not know).
    if (claim.key.length > 0 && !POSSESSIVE_PHRASE.test(name)) {
      const all = profiles.map((p) => match(claim, p)).filter((m): m is Match => m !== null);
      const ranked = best(all);
      const top = familyOverMinorGiven(claim, ranked, all, profileOfChar) ?? ranked;
      if (top.length === 1 && top[0]!.by === 'name') {
        const rivals = all.filter(
          (m) =>
            m !== top[0] &&
            (sharesTitleAndFamily(claim, profileOfChar.get(m.character)!) ||
              (isBareTitle(claim) && m.by === 'title')),
        );
        out = [top[0]!, ...rivals];
        if (rivals.length > 0) out = out.map((m) => ({ ...m, score: SCORE['title-surname'] }));
      } else out = top;
      if (out.length === 0 && INITIALS_RE.test(name.trim()))
        out = pickInitial(matchInitials(name.trim(), profiles));
      const corrected = out.length === 0 ? correctedSpelling(claim, bookWords) : null;
      if (corrected) {
        const fixed = best(profiles.map((p) => match(corrected, p)).filter((m): m is Match => m !== null));
        // A full name put right meets its character only whole: "Richard Babley" is not the book's
        // Captain Bailey by a family name a slip away and a given name he never bears (probe round
        // AE13, David Copperfield's Mr. Dick).
        const whole =
          claim.given === null ||
          claim.surname === null ||
          fixed.every((m) => m.by === 'full-name' || m.by === 'name');
        out = whole ? fixed.map((m) => ({ ...m, by: 'spelling', score: SCORE.spelling })) : [];
      }
    }
    // A cast lives as long as its model (check-review.ts keeps one per model): what reviews wrote
    // is remembered up to a bound.
    if (cache.size >= MAX_REMEMBERED_NAMES) cache.clear();
    cache.set(name, out);
    return out;
  };

  const resolve = (name: string): NameResolution => {
    if (isNarratorName(name)) return NARRATOR_RESOLUTION;
    const c = candidates(name);
    if (c.length === 0) return { status: 'unknown', character: null, candidates: [], matchedBy: null };
    if (c.length > 1)
      return {
        status: 'ambiguous',
        character: null,
        candidates: c.map((m) => m.character.name),
        matchedBy: null,
      };
    return { status: 'character', character: c[0]!.character.name, candidates: [], matchedBy: c[0]!.by };
  };
  const characterNamed = (name: string): CastCharacter | null => {
    if (isNarratorName(name)) return null;
    const c = candidates(name);
    return c.length === 1 ? c[0]!.character : null;
  };
  return {
    characters,
    resolve,
    characterNamed,
    charactersNamed: (name) => (isNarratorName(name) ? [] : candidates(name).map((m) => m.character)),
    genderOf: (name) => {
      const c = characterNamed(name);
      return c ? (profileOfChar.get(c)?.gender ?? c.gender ?? 'unknown') : null;
    },
    fit: (name, character) => {
      const p = profileOfChar.get(character) ?? profileOf(character, fullNameEnds);
      return match(parseName(name), p)?.score ?? 0;
    },
    characterCalled: (name) => {
      const key = parseName(name).key;
      const exact = profiles.filter((p) => p.keys.has(key));
      return exact.length === 1 ? exact[0]!.character : null;
    },
    namesOf: (character) => (profileOfChar.get(character) ?? profileOf(character, fullNameEnds)).names,
    endsAFullName: (word) => fullNameEnds.has(word),
    byId: (id) => byId.get(id) ?? null,
  };
}
