import { GIVEN_NAME_GENDER, HONORIFICS, PEERAGE_TITLES } from '../../lexicon.js';
import { isEnglishWord } from '../locate/english.js';
import type { Person, TogetherEvidence } from './identity.js';
import type { ParsedName } from './names.js';
import { givenNamesMatch } from './names.js';

/**
 * What a person's names say, part by part, as the identity rules (identity.ts) read them: given and
 * family names, titles, pet names and short forms, a name shortened from a fuller one. Nothing here
 * weighs two people against each other; comparePeople does.
 */

const HONORIFIC_KEY = (w: string) => HONORIFICS.get(w)?.canonical.toLowerCase().replace(/\.$/, '') ?? w;

/**
 * A word that is a given name of the person, not an everyday word standing first in a nickname
 * ("Native Son", "Old Joe"): one the list of given names has, no English word ("Theobald"), or one
 * the book calls them by alone ("Phoebe", "Sandy"), unless with an article: "the Boss" is McKeith's
 * role to his men, no given name (probe round F3).
 */
export function isPersonalName(word: string, p: Person, together: TogetherEvidence | null): boolean {
  return (
    GIVEN_NAME_GENDER.has(word) ||
    !isEnglishWord(word) ||
    (p.names.some((n) => n.words.length === 1 && n.words[0] === word) && !together?.calledByRole?.(p))
  );
}

export function givens(p: Person): string[] {
  return p.names.map((n) => n.given).filter((g): g is string => g !== null);
}
/** Family names: "Bennet" in "Mr. Bennet", and in "Miss Bennet" (a titled word that is no given name). */
export function families(p: Person): string[] {
  return p.names
    .map((n) => n.surname ?? (n.titles.length > 0 ? n.either : null))
    .filter((s): s is string => s !== null);
}
/** Known only by a given name: "Lucy", "Miss Lucy" (never with a family name). */
export function givenOnly(p: Person): boolean {
  return (
    p.names.length > 0 &&
    families(p).length === 0 &&
    p.names.every((n) => n.given !== null || (n.either !== null && GIVEN_NAME_GENDER.has(n.either)))
  );
}
/** Known only by a family name: "Miss Honeychurch", "Mr. Bennet" (never with a given name). */
export function familyOnly(p: Person): boolean {
  return families(p).length > 0 && givens(p).length === 0;
}
/** One known only by a given name, the other only by a family name ("Lucy", "Miss Honeychurch"). */
export function givenBesideFamily(a: Person, b: Person): boolean {
  return (givenOnly(a) && familyOnly(b)) || (givenOnly(b) && familyOnly(a));
}
export function eithers(p: Person): string[] {
  return p.names.map((n) => n.either).filter((s): s is string => s !== null);
}
export function hasTitleClass(p: Person, cls: ParsedName['titleClass']): boolean {
  return p.names.some((n) => n.titleClass === cls);
}
/**
 * Two men the book itself calls "Mr." under family names unrelated in every word: "Mr. Fortescue" and
 * "Mr. Hilbery" (Night and Day, probe round AF269: a wrong credit left unknown as "one person under
 * two names"). A nickname taken for a family name ("Mr. Mig" for Miguel Rapponi) shortens one of the
 * other's names; an unrelated one would be an alias, which a novel does not give under one title.
 */
export function mistersApart(a: Person, b: Person): boolean {
  const mister = (p: Person) => p.names.some((n) => n.titleClass === 'male' && n.surname !== null);
  if (!mister(a) || !mister(b)) return false;
  const words = (p: Person) => p.names.flatMap((n) => n.words);
  const related = (x: string, y: string) =>
    x === y || (Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x)));
  return !words(a).some((x) => words(b).some((y) => related(x, y)));
}
/**
 * The gender a person's names give (a title, a given name): not the model's guess from pronouns.
 * None where a married woman's name is a man's given name among them: "Mrs. Chip" beside "Chip
 * Bennett" is Chip's wife, merged with him (the model's gender then comes from her "she").
 */
export function nameGender(p: Person): 'male' | 'female' | null {
  const givens = new Set(p.names.map((n) => n.given).filter((g): g is string => g !== null));
  if (p.names.some((n) => n.titleClass === 'married' && n.surname !== null && givens.has(n.surname)))
    return null;
  const gs = new Set(p.names.map((n) => n.gender).filter((g) => g !== 'unknown'));
  return gs.size === 1 ? ([...gs][0] as 'male' | 'female') : null;
}
export function hasPeerage(p: Person): boolean {
  return p.names.some(
    (n) => n.titles.some((t) => PEERAGE_TITLES.has(t)) || (n.either !== null && PEERAGE_TITLES.has(n.either)),
  );
}

/**
 * One of two given names that begin alike ("Carrie" and "Carol", "Loo" and "Louisa") is never used by
 * the narration, only by others in speech: it may be a pet form of the other. So may any name the
 * narration never uses that is only ever called out and speaks no line. Measured:
 * `npm run eval:pdnc-credits` unchanged by the rule where the names begin alike; without that
 * condition it cost 49 true contradictions (a model's split "Hercule Poirot", said only by Poirot
 * himself, against "John").
 */
export function maybePetName(
  a: Person,
  b: Person,
  ga: readonly string[],
  gb: readonly string[],
  together: TogetherEvidence | null,
): boolean {
  const narrated = (p: Person) => together?.namedInNarration?.(p) ?? true;
  if (narrated(a) && narrated(b)) return false;
  // A name the narration never uses that speaks no line and is only ever called out ("Here, Kitty,
  // come and look", to Celia in Middlemarch; probe AC4): anyone's pet name, whatever its letters.
  // (A person, by a gendered name: not the model's split-off "Hercule Poirot", said by Poirot himself.)
  const onlyCalled = (p: Person) =>
    p.gender !== 'unknown' && !narrated(p) && (together?.onlyCalled?.(p) ?? false);
  if (onlyCalled(a) || onlyCalled(b)) return true;
  return ga.some((x) => gb.some((y) => x.slice(0, 2) === y.slice(0, 2)));
}

/**
 * A short form cut from a given name, keeping its first and last letters ("Rena" of "Rowena", as The
 * House Behind the Cedars has it; probe round N3), or its first letters ("Jos" of "Joseph", as Vanity
 * Fair calls Joseph Sedley; probe round Z3): the pet-name table cannot list them all.
 */
export function mayBePetForm(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 3 || short === long || short[0] !== long[0]) return false;
  if (long.startsWith(short)) return true;
  if (short.at(-1) !== long.at(-1)) return false;
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
}

/**
 * "Peel Edgerton" is the end of "Sir James Peel Edgerton": a name of two words or more that ends the
 * other's fuller name is that name shortened (its first word a middle name, not another given name).
 */
export function endsFullerName(short: Person, full: Person): boolean {
  // Not a titled form: "Sir Walter Elliot" says Walter is his given name (William Walter Elliot is
  // his cousin).
  if (short.names.some((n) => n.titles.length > 0)) return false;
  return short.names.some(
    (s) =>
      s.words.length >= 2 &&
      full.names.some(
        (f) =>
          f.words.length > s.words.length &&
          s.words.every((w, i) => f.words[f.words.length - s.words.length + i] === w),
      ),
  );
}

/**
 * Is one name made from the other ("Laurie" from "Laurence", "Tibby" from "Tibbets")? They open with
 * the same four letters or more, at least 60% of the shorter. Distinct families rarely do: "Wickham"
 * and "Wickfield" share four of seven letters (57%), "Morland" and "Morley" three.
 */
const PET_NAME_PREFIX = 4;
const PET_NAME_SHARE = 0.6;
export function petNameOf(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= PET_NAME_PREFIX && n / Math.min(a.length, b.length) >= PET_NAME_SHARE;
}

/** A word as a name is written: its first letter in capitals. */
export function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** The two have a name part in common: a given name, a family name, or a title one bears in full. */
export function sharesNamePart(a: Person, b: Person, options: { diminutives?: boolean } = {}): boolean {
  const ga = [...givens(a), ...eithers(a)];
  const gb = [...givens(b), ...eithers(b)];
  const same = options.diminutives === false ? (x: string, y: string) => x === y : givenNamesMatch;
  if (ga.some((x) => gb.some((y) => same(x, y)))) return true;
  const fb = new Set([...families(b), ...eithers(b)]);
  if ([...families(a), ...eithers(a)].some((f) => fb.has(f))) return true;
  // "Mrs. Bute" for "Mrs. Bute Crawley": a wife called by her husband's given name alone (probe round
  // Y1: Vanity Fair's model kept the two apart, and a right credit was contradicted).
  const byHusband = (short: Person, full: Person) =>
    full.names.some(
      (f) =>
        f.husbandGiven !== null &&
        short.names.some((n) => n.titleClass === 'married' && n.surname === f.husbandGiven),
    );
  if (byHusband(a, b) || byHusband(b, a)) return true;
  const titled = (bare: Person, other: Person) =>
    isBareTitle(bare) &&
    other.names.some((n) => n.titles.some((t) => bare.names.some((m) => HONORIFIC_KEY(m.either!) === t)));
  return titled(a, b) || titled(b, a);
}

/** Known only by a description: "the housekeeper", "the old man" (every name with its article). */
export function describedOnly(p: Person): boolean {
  return p.names.length > 0 && p.names.every((n) => n.article && n.titles.length === 0);
}

/** A title standing for the name: "Mademoiselle", "the Colonel", "the Queen". */
export function isBareTitle(p: Person): boolean {
  return (
    p.names.length > 0 &&
    p.names.every(
      (n) => n.words.length === 1 && n.either !== null && n.titles.length === 0 && n.titleClass !== null,
    )
  );
}

/**
 * Two married names of one woman follow each other (Mrs. Corney becomes Mrs. Bumble); two married
 * women are named turn about all through the book. Counted as switches between the two in the
 * book's order of mentions.
 */
const INTERLEAVE_MIN_SWITCHES = 6;

export function interleaved(a: Person, b: Person): boolean {
  const married = (p: Person) => p.names.length > 0 && p.names.every((n) => n.titleClass === 'married');
  if (!married(a) || !married(b) || !a.mentionOffsets || !b.mentionOffsets) return false;
  const all = [
    ...a.mentionOffsets.map((o) => [o, 0] as const),
    ...b.mentionOffsets.map((o) => [o, 1] as const),
  ].sort((x, y) => x[0] - y[0]);
  let switches = 0;
  for (let i = 1; i < all.length; i++) if (all[i]![1] !== all[i - 1]![1]) switches++;
  return switches >= INTERLEAVE_MIN_SWITCHES;
}
