/** Titles and honorifics that precede a name, and their gender. */

import { longestFirst } from './words.js';

export type Gender = 'female' | 'male' | 'unknown';

/**
 * Family titles ("Aunt Polly", "Grandpa Laurence", "Granny Mingott"), which a writer may also put in
 * lower case before a name as a word of theirs: "says uncle Charles" (KIN_TITLES_BEFORE_NAME).
 */
const FAMILY_TITLES: readonly (readonly [string, string, Gender])[] = [
  ['aunt', 'Aunt', 'female'],
  ['uncle', 'Uncle', 'male'],
  ['grandpa', 'Grandpa', 'male'],
  ['grandfather', 'Grandfather', 'male'],
  ['grandma', 'Grandma', 'female'],
  ['grandmother', 'Grandmother', 'female'],
  ['granny', 'Granny', 'female'],
  ['cousin', 'Cousin', 'unknown'],
];

/** Titles that precede a name, mapped to a canonical form and the gender they imply. */
export const HONORIFICS: ReadonlyMap<string, { canonical: string; gender: Gender }> = new Map(
  (
    [
      ['mr', 'Mr.', 'male'],
      ['mister', 'Mr.', 'male'],
      ['mrs', 'Mrs.', 'female'],
      ['missus', 'Mrs.', 'female'],
      ['miss', 'Miss', 'female'],
      ['ms', 'Ms.', 'female'],
      ['dr', 'Dr.', 'unknown'],
      ['doctor', 'Dr.', 'unknown'],
      ['sir', 'Sir', 'male'],
      ['lady', 'Lady', 'female'],
      ['lord', 'Lord', 'male'],
      ['colonel', 'Colonel', 'male'],
      ['col', 'Colonel', 'male'],
      ['captain', 'Captain', 'male'],
      ['capt', 'Captain', 'male'],
      // the sailors' spelling (Treasure Island's "Cap'n Silver")
      ["cap'n", 'Captain', 'male'],
      ['cap’n', 'Captain', 'male'],
      ['major', 'Major', 'male'],
      ['general', 'General', 'male'],
      ['admiral', 'Admiral', 'male'],
      ['lieutenant', 'Lieutenant', 'male'],
      ['sergeant', 'Sergeant', 'male'],
      ['inspector', 'Inspector', 'male'],
      ['professor', 'Professor', 'unknown'],
      ['prof', 'Professor', 'unknown'],
      ['rev', 'Rev.', 'male'],
      ['reverend', 'Rev.', 'male'],
      ['father', 'Father', 'male'],
      ['brother', 'Brother', 'male'],
      ['sister', 'Sister', 'female'],
      ['mother', 'Mother', 'female'],
      ...FAMILY_TITLES,
      ['madame', 'Madame', 'female'],
      ['madam', 'Madame', 'female'],
      ['mme', 'Madame', 'female'],
      ['mademoiselle', 'Mademoiselle', 'female'],
      ['mlle', 'Mademoiselle', 'female'],
      ['monsieur', 'Monsieur', 'male'],
      ['signor', 'Signor', 'male'],
      ['signora', 'Signora', 'female'],
      ['signorina', 'Signorina', 'female'],
      ['herr', 'Herr', 'male'],
      ['frau', 'Frau', 'female'],
      ['fraulein', 'Fraulein', 'female'],
      ['count', 'Count', 'male'],
      ['countess', 'Countess', 'female'],
      ['baron', 'Baron', 'male'],
      ['baroness', 'Baroness', 'female'],
      ['duke', 'Duke', 'male'],
      ['duchess', 'Duchess', 'female'],
      ['prince', 'Prince', 'male'],
      ['princess', 'Princess', 'female'],
      ['king', 'King', 'male'],
      ['queen', 'Queen', 'female'],
      ['dame', 'Dame', 'female'],
      ['master', 'Master', 'male'],
      ["mas'r", 'Master', 'male'],
      ['mas’r', 'Master', 'male'],
      ['mistress', 'Mistress', 'female'],
      ['nurse', 'Nurse', 'female'],
      ['judge', 'Judge', 'unknown'],
      // a rural calling used as a title (Hardy's "Farmer Oak", "Farmer Boldwood"; a woman may farm too:
      // his Bathsheba is "Farmer Everdene")
      ['farmer', 'Farmer', 'unknown'],
      // the village's landowner (Treasure Island's Squire Trelawney, Silas Marner's Squire Cass)
      ['squire', 'Squire', 'male'],
      ['marquis', 'Marquis', 'male'],
      ['marchioness', 'Marchioness', 'female'],
      // the clergy's ranks (This Side of Paradise's "Monsignor Darcy", Fielding's "Parson Adams",
      // Trollope's "Archdeacon Grantly"; probe round AF197: "Monsignor Darcy" was no character)
      ['monsignor', 'Monsignor', 'male'],
      ['bishop', 'Bishop', 'male'],
      ['cardinal', 'Cardinal', 'male'],
      ['archdeacon', 'Archdeacon', 'male'],
      ['parson', 'Parson', 'male'],
      ['abbé', 'Abbé', 'male'],
    ] as const
  ).map(([k, canonical, gender]) => [k, { canonical, gender }]),
);

/**
 * Name prefixes a writer puts before a character's name that are not honorifics for the analysis's
 * clustering ("St. John", "M. Poirot"): only the checker's name grammar reads them.
 */
const WRITTEN_NAME_PREFIXES: readonly string[] = ['st', 'saint', 'm'];

/** Titles married women carry, and titles unmarried women carry: "Mrs. Bennet" is not "Miss Bennet". */
export const MARRIED_TITLES: ReadonlySet<string> = new Set([
  'mrs',
  'missus',
  'madame',
  'madam',
  'mme',
  'lady',
  'duchess',
  'countess',
  'baroness',
  'marchioness',
  'queen',
  'frau',
  'signora',
]);
export const UNMARRIED_TITLES: ReadonlySet<string> = new Set([
  'miss',
  'mademoiselle',
  'mlle',
  'signorina',
  'fraulein',
]);

/**
 * Titles of address that say only "a man" or "a woman" of a family, no rank or calling: a writer's
 * "Mr Dedalus" may be father or son, where "Dr Marjoribanks" or "Colonel Cresswell" is one of them
 * (identity.ts, familyMemberApart).
 */
export const FAMILY_WIDE_TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mister',
  'mrs',
  'missus',
  'miss',
  'ms',
  'master',
  'madam',
  'madame',
  'monsieur',
  'mademoiselle',
]);

/**
 * A regular-expression alternation (no group) of every title as a writer capitalises it before a
 * name ("Mr", "Mrs", "Colonel", "Mme", "St"), longest first; the full stop is the caller's business.
 */
export function titleAlternation(): string {
  return [...HONORIFICS.keys(), ...WRITTEN_NAME_PREFIXES]
    .sort(longestFirst)
    .map((t) => t[0]!.toUpperCase() + t.slice(1))
    .join('|');
}

/**
 * Words before a title that make one title of the two: "Chief Inspector Heat" is Inspector Heat, and
 * the book's "the Chief Inspector" no person called Chief (The Secret Agent, probe round AF179: a
 * character "Chief" of 166 mentions beside "Inspector Heat").
 */
export const TITLE_RANK_WORDS: ReadonlySet<string> = new Set(['chief', 'deputy', 'vice']);

/** Honorifics that are also ordinary nouns ("my father", "the general"): only a title when capitalised before a name. */
export const HONORIFICS_NEEDING_NAME: ReadonlySet<string> = new Set([
  'father',
  'mother',
  'brother',
  'sister',
  'general',
  'major',
  'master',
  'mistress',
  'nurse',
  'judge',
  'king',
  'queen',
  'prince',
  'princess',
  'count',
  'cousin',
]);

/**
 * Titles written abbreviated with a full stop ("Mr.", "Mme."), lower case without the stop: the stop
 * ends no sentence and cuts no name. Other titles take no stop, so "the General. He…" is not a name.
 */
export const ABBREVIATED_TITLES: readonly string[] = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'col',
  'capt',
  'rev',
  'prof',
  'mme',
  'mlle',
  'st',
];

/**
 * Rarer abbreviations whose stop ends no sentence either ("Gen.", "Lt.", "Jr.", "the Hon.": probe
 * round AF211). The checker's sentence splitters read them with ABBREVIATED_TITLES; the book analysis
 * does not yet (its speaker figures were measured without them, and adding them is a change to
 * measure, not a refactor).
 */
export const ABBREVIATED_NAME_PARTS: readonly string[] = ['gen', 'lt', 'sr', 'jr', 'hon'];

/**
 * ABBREVIATED_TITLES as a regular-expression alternation (no group, no stop) as written: "Mr|Mrs|…";
 * with `nameParts`, ABBREVIATED_NAME_PARTS too.
 */
export function abbreviatedTitleAlternation(nameParts = false): string {
  return [...ABBREVIATED_TITLES, ...(nameParts ? ABBREVIATED_NAME_PARTS : [])]
    .map((t) => t[0]!.toUpperCase() + t.slice(1))
    .join('|');
}

/**
 * A pattern for the start of a name carrying a title ("the general" → "General Tilney"; "the colonel"
 * → "Colonel Brandon" or "Col. Brandon"): every way HONORIFICS writes that title, abbreviations with
 * their stop.
 */
export function titledNamePattern(title: string): RegExp {
  const canonical = HONORIFICS.get(title)?.canonical;
  const forms = [...HONORIFICS]
    .filter(([, h]) => h.canonical === canonical)
    .map(([k]) => k[0]!.toUpperCase() + k.slice(1) + (ABBREVIATED_TITLES.includes(k) ? '\\.' : '\\b'));
  return new RegExp(`^(?:${forms.join('|')})`);
}

/** Titles of rank: a "Lady Catherine" is not the "Kitty" of the family. */
export const RANK_TITLES: ReadonlySet<string> = new Set([
  'Lady',
  'Lord',
  'Sir',
  'Duke',
  'Duchess',
  'Countess',
  'Count',
  'Baron',
  'Baroness',
  'Prince',
  'Princess',
  'King',
  'Queen',
  'Marquis',
  'Marchioness',
  'Dame',
]);
/**
 * Titles a given name follows rather than a family name ("Sir William", "Aunt Juley"). The ranks and
 * "Mistress" take either ("Lady Russell", "Mistress Prynne"): the clustering lets the word decide.
 */
export const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set([
  'Sir',
  'Mistress',
  'Lady',
  'Lord',
  'Aunt',
  'Uncle',
  'Cousin',
  'Master',
  'Father',
  'Brother',
  'Sister',
  'Mother',
  'Signor',
  'Signora',
  'Signorina',
  'Prince',
  'Princess',
  'King',
  'Queen',
]);

/**
 * Family titles a writer may put in lower case before a name, as a word of theirs rather than part of
 * the name: "says uncle Charles", "…,” said aunt Polly" (probe round AF280: not read).
 */
export const KIN_TITLES_BEFORE_NAME: readonly string[] = FAMILY_TITLES.map(([word]) => word);

/** Titles any man of a family may take: unlike a rank, they do not tell two men of the family apart. */
export const CIVIL_TITLES: ReadonlySet<string> = new Set(['Mr.', 'Monsieur', 'Signor', 'Herr', 'Farmer']);

/** Ranks that alone ("the Major") name the one person of that rank in the book. Not kin words
 * ("Mother"), nor forms of address anyone may get ("Monsieur", "Sir"). */
export const RANKS_ALONE: ReadonlySet<string> = new Set([
  'Colonel',
  'Captain',
  'Major',
  'General',
  'Admiral',
  'Lieutenant',
  'Sergeant',
  'Inspector',
  'Professor',
  'Dr.',
  'Rev.',
  'Count',
  'Countess',
  'Baron',
  'Baroness',
  'Duke',
  'Duchess',
  'Prince',
  'Princess',
  'Marquis',
  'Marchioness',
  'Judge',
  'Squire',
  'Monsignor',
  'Bishop',
  'Cardinal',
  'Archdeacon',
  'Parson',
  'Abbé',
  // "my Lady" (Bleak House, for Lady Dedlock): the book's one lady of rank, if it names the others far less
  'Lady',
]);

/**
 * Forms of address that alone ("Mademoiselle", "Madame") name the one person the book gives that
 * title, and only when it gives it to no one else (title-alone/only-bearer): anyone may be addressed
 * so, so a rival of the title, however rare, leaves the word alone.
 */
export const ADDRESS_TITLES_ALONE: ReadonlySet<string> = new Set([
  'Madame',
  'Mademoiselle',
  'Monsieur',
  'Signora',
  'Signorina',
  'Signor',
  'Herr',
  'Frau',
  'Fraulein',
]);

/** Titles (canonical, as HONORIFICS gives them) that never head the name of a place. */
export const PERSON_ONLY_TITLES: ReadonlySet<string> = new Set([
  'Mr.',
  'Mrs.',
  'Miss',
  'Ms.',
  'Madame',
  'Mademoiselle',
  'Monsieur',
  'Herr',
  'Frau',
  'Fraulein',
  'Signor',
  'Signora',
  'Signorina',
]);

/** Titles readers drop before a full name ("Miss Daisy Miller" → "Daisy Miller"). */
export const TITLES_DROPPED_BEFORE_FULL_NAME: ReadonlySet<string> = new Set([
  'Mr.',
  'Miss',
  'Master',
  'Monsieur',
  'Mademoiselle',
  'Signor',
  'Signorina',
  'Herr',
]);

/**
 * Titles of rank that a man keeps (lower case, for the checker's name matching): "Captain Wentworth" is not "Mr. Wentworth" (his brother). Not a
 * clergyman's or a doctor's: "the Reverend Wyndham Datchet" is also Mr. Datchet.
 */
export const RANKS_A_MAN_KEEPS: ReadonlySet<string> = new Set([
  'sir',
  'captain',
  'colonel',
  'major',
  'general',
  'admiral',
  'lieutenant',
]);
/** Titles that stand for a peerage rather than a family name: "Lord Warburton" may be a Mr. Anybody. */
export const PEERAGE_TITLES: ReadonlySet<string> = new Set([
  'lord',
  'lady',
  'duke',
  'duchess',
  'earl',
  'count',
  'countess',
  'baron',
  'baroness',
  'marquis',
  'prince',
  'princess',
  'king',
  'queen',
]);

/** Continental titles a reader puts before a family name, and a household before a given name too. */
const CONTINENTAL_TITLES = ['monsieur', 'madame', 'herr', 'frau', 'signor', 'signora'];

/**
 * Titles a reader puts before a family name (lower case, for the checker's name matching), not a given name ("Mr. Darcy", "Captain Wentworth"):
 * the one word after them is the family name. After the other titles ("Miss Emily", "Sir Walter",
 * "Lady Russell") it may be either.
 */
export const SURNAME_TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'captain',
  'colonel',
  'major',
  'general',
  'admiral',
  'lieutenant',
  'sergeant',
  'inspector',
  'professor',
  'rev',
  ...CONTINENTAL_TITLES,
]);

/**
 * Of SURNAME_TITLES, those a continental household also puts before a given name: "Signora Emily",
 * the servants' name for Emily St. Aubert in Udolpho, "Monsieur Henri". The word after them is a
 * given name when it is one of the title's gender, else the family name ("Signor Montoni").
 */
export const GIVEN_NAME_TOO_TITLES: ReadonlySet<string> = new Set(CONTINENTAL_TITLES);
