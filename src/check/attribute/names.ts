import {
  GENDER_ONLY_GIVEN_NAMES,
  type Gender,
  GIVEN_NAME_GENDER,
  GIVEN_NAME_TOO_TITLES,
  HONORIFICS,
  MARRIED_TITLES,
  NICKNAME_ROOTS,
  SURNAME_TITLES,
  UNMARRIED_TITLES,
} from '../../lexicon.js';
import { LETTERS } from '../../text/letters.js';

/** An elided particle opening a name: "d'Urberville", "O'Hara". */
const ELIDED_PARTICLE = new RegExp(`(?<![${LETTERS}])([do])[’'](?=[${LETTERS}])`, 'gu');

/**
 * A person's name taken apart the way a reader takes it apart: the titles ("Mrs.", "Sir"), the given
 * name, the family name, and what they tell about the person (a woman, a married woman, a man).
 * Used to match the names a writer uses against the names the book gives its characters (cast.ts)
 * and to tell two names that cannot be one person (identity.ts). Nothing here knows a particular book.
 */
export interface ParsedName {
  /**
   * The whole name compared as one: lower case, punctuation and hyphens as spaces, titles in canonical
   * form, a leading article dropped ("Mister Darcy" and "Mr. Darcy" are "mr darcy"; "the Cat" is "cat").
   */
  key: string;
  /** The writer put an article before it: a description ("the Cat", "the stranger"). */
  article: boolean;
  /** Titles in canonical lower-case form ("mr", "captain"), in order. */
  titles: string[];
  /** The words that are the name itself, lower case, without titles and particles ("de", "van"). */
  words: string[];
  /** The given name, when the form says which word it is ("Elizabeth" in "Elizabeth Bennet", "Sir Walter"). */
  given: string | null;
  /** The family name, when the form says which word it is ("Bennet" in "Mr. Bennet"). */
  surname: string | null;
  /** A single word that could be either ("Darcy", "Bingley", "Hatter"). */
  either: string | null;
  /** "Mrs. Julius Beaufort", "Mrs. Charles Musgrove": the given name is her husband's. */
  husbandGiven: string | null;
  /** What the title says about marriage: "Mrs." married, "Miss" unmarried, "Mr." male; null: no such title. */
  titleClass: 'male' | 'married' | 'unmarried' | 'female' | null;
  /** From the title, else the given name; 'unknown' when neither tells. */
  gender: Gender;
}

const ARTICLES = new Set(['the', 'a', 'an']);
/**
 * Words before a name that are neither the name nor a title: "old Osborne", "young Crawford", and the vocative "My dear Miss Eliza", "dearest Lizzy" (names the book's cast keeps).
 */
const NAME_ADJECTIVES = new Set([
  // a courtesy style, no title the cast is known by: "the Hon. Cy Wykoff" (probe round AF211)
  'hon',
  'honourable',
  'honorable',
  'old',
  'young',
  'little',
  // "Long John Silver", "Tiny Tim": a nickname's adjective before the name
  'long',
  'tiny',
  'poor',
  'dear',
  'dearest',
  'my',
  'our',
  'your',
  'oh',
]);
/** Particles of a family name ("de Bourgh", "van der Luyden"), and "of" in "the Queen of Hearts". */
const PARTICLES = new Set(['de', 'van', 'der', 'von', 'du', 'le', 'la', 'di', 'da', 'del', 'of', 'the', 'y']);

/** Canonical title key: "Mister" → "mr", "Capt" → "captain", "Mme" → "madame". */
function titleKey(word: string): string | null {
  const h = HONORIFICS.get(word);
  if (!h) return null;
  return h.canonical.toLowerCase().replace(/\.$/, '');
}

export function nameKey(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[’']s$/, '')
      // "d'Urberville", "O'Hara": an elided particle is part of the word, not a given name "D"
      // (Alec d'Urberville's "said d'Urberville" was someone else's; probe round R4)
      .replace(ELIDED_PARTICLE, '$1')
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * "St. John" (Jane Eyre's St. John Rivers), "Saint Clare": a saint's name is one word of its own, not
 * the name after it ("St. John" is never John Reed).
 */
function joinSaints(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t === 'st' || t === 'saint') && i + 1 < tokens.length && !PARTICLES.has(tokens[i + 1]!)) {
      out.push(`st ${tokens[++i]}`);
    } else out.push(t);
  }
  return out;
}

/**
 * Women's given names that are also English words or common family names ("Rose", "May", "Grace"):
 * after another given name they may be a family name ("Ellen Rose").
 */
const GIVEN_NAMES_ALSO_FAMILY_NAMES = new Set(
  'rose may june grace hope faith joy charity prudence mercy patience constance pearl ruby olive lily violet iris ivy hazel holly fern dawn belle bell love gay'.split(
    ' ',
  ),
);

/**
 * "Mary Jane", "Mary Ann", "Anna Maria": two women's given names with no title, or after Miss, are
 * one woman's given names, not a given name and a family name. Read as a family name, "Jane" made
 * Dubliners' Mary Jane (a Morkan, as her aunts are) someone the writer's "Miss Morkan" could not be,
 * and contradicted the credit (probe round N4).
 */
function isDoubleGivenName(words: readonly string[], titles: readonly string[]): boolean {
  if (words.length !== 2 || titles.some((t) => t !== 'miss')) return false;
  const [first, second] = words as [string, string];
  return (
    givenGender(first) === 'female' &&
    givenGender(second) === 'female' &&
    !GIVEN_NAMES_ALSO_FAMILY_NAMES.has(second)
  );
}

export function isGivenName(word: string): boolean {
  return GIVEN_NAME_GENDER.has(word) || GENDER_ONLY_GIVEN_NAMES.has(word) || NICKNAME_ROOTS.has(word);
}

function givenGender(word: string): Gender {
  // "st john" is a man's name as "john" is
  const w = word.startsWith('st ') ? word.slice(3) : word;
  return GIVEN_NAME_GENDER.get(w) ?? GENDER_ONLY_GIVEN_NAMES.get(w) ?? 'unknown';
}

function classOf(title: string): ParsedName['titleClass'] {
  if (MARRIED_TITLES.has(title)) return 'married';
  if (UNMARRIED_TITLES.has(title)) return 'unmarried';
  const g = HONORIFICS.get(title)?.gender;
  if (g === 'male') return 'male';
  if (g === 'female') return 'female';
  return null;
}

export function parseName(written: string): ParsedName {
  let tokens = nameKey(written).split(' ').filter(Boolean);
  const article = tokens.length > 1 && ARTICLES.has(tokens[0]!);
  if (article) tokens = tokens.slice(1);
  tokens = joinSaints(tokens);
  // "M. Krempe", "M. Poirot": Monsieur, not an initial (read as one, "M. Krempe" and "M. Waldman"
  // shared a given name, and Frankenstein's two professors were one person; probe round O4).
  if (tokens.length > 1 && tokens[0] === 'm' && /^\s*M\.\s*\p{Lu}/u.test(written)) tokens[0] = 'monsieur';
  while (tokens.length > 1 && NAME_ADJECTIVES.has(tokens[0]!)) tokens = tokens.slice(1);
  const titles: string[] = [];
  // Titles, unless the title is the name itself ("the Queen", "the Queen of Hearts", "Mademoiselle").
  while (tokens.length > 1 && HONORIFICS.has(tokens[0]!) && tokens[1] !== 'of') {
    titles.push(titleKey(tokens[0]!)!);
    tokens = tokens.slice(1);
  }
  while (tokens.length > 1 && NAME_ADJECTIVES.has(tokens[0]!)) tokens = tokens.slice(1);
  const words = tokens.filter((w) => !PARTICLES.has(w));
  // "the Queen of Hearts": the words before "of" name the person, the rest say which one.
  const ofAt = tokens.indexOf('of');
  const head = ofAt > 0 ? tokens.slice(0, ofAt).filter((w) => !PARTICLES.has(w)) : words;
  let given: string | null = null;
  let surname: string | null = null;
  let either: string | null = null;
  let husbandGiven: string | null = null;
  if (ofAt > 0) {
    either = head[head.length - 1] ?? null;
  } else if (isDoubleGivenName(words, titles)) {
    // "Mary Jane": one woman's two given names, no family name ("Miss Morkan" may still be hers)
    given = words[0]!;
  } else if (words.length >= 2) {
    given = words[0]!;
    surname = words[words.length - 1]!;
    if (titles[0] === 'mrs') {
      husbandGiven = given;
      given = null;
    }
  } else if (words.length === 1) {
    const w = words[0]!;
    const title = titles[titles.length - 1];
    const titleIsTheName = titles.length === 0 && HONORIFICS.has(w);
    // "Miss Emily" is a given name; "Miss Alan" a family name (Alan is a man's given name).
    const titleGender = title ? (HONORIFICS.get(title)?.gender ?? 'unknown') : 'unknown';
    const fitsTitle =
      titleGender === 'unknown' || givenGender(w) === 'unknown' || givenGender(w) === titleGender;
    const givenAfterTitle = !titleIsTheName && isGivenName(w) && fitsTitle && givenGender(w) !== 'unknown';
    if (title && SURNAME_TITLES.has(title) && !(GIVEN_NAME_TOO_TITLES.has(title) && givenAfterTitle))
      surname = w;
    else if (!titleIsTheName && isGivenName(w) && fitsTitle) given = w;
    else either = w;
  }
  // "Mademoiselle", "the Queen of Hearts": the title is the name, and still tells the gender.
  const bareTitle = HONORIFICS.has(tokens[0] ?? '') && (tokens.length === 1 || tokens[1] === 'of');
  const title = titles[0] ?? (bareTitle ? titleKey(tokens[0]!)! : undefined);
  const titleClass = title ? classOf(title) : null;
  const titleGender = title ? (HONORIFICS.get(title)?.gender ?? 'unknown') : 'unknown';
  const gender: Gender = titleGender !== 'unknown' ? titleGender : given ? givenGender(given) : 'unknown';
  if (husbandGiven) words.splice(0, 1);
  return {
    key: [...titles, ...tokens].join(' '),
    article,
    titles,
    words: words.length > 0 ? words : tokens,
    given,
    surname,
    either,
    husbandGiven,
    titleClass,
    gender,
  };
}

/** Every full given name a word can stand for: itself, and what it is a nickname of ("lizzy" → elizabeth). */
function roots(word: string): string[] {
  return [word, ...(NICKNAME_ROOTS.get(word) ?? [])];
}

/**
 * How two given names relate: `same` word, `diminutive` (one shortens the other, or both shorten one
 * name: Lizzy and Eliza), or null (different names).
 */
export function givenNamesMatch(a: string, b: string): 'same' | 'diminutive' | null {
  if (a === b) return 'same';
  const rb = new Set(roots(b));
  return roots(a).some((r) => rb.has(r)) ? 'diminutive' : null;
}

/** Damerau–Levenshtein distance, bounded: returns max + 1 as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

/**
 * Two spellings of one name a writer may slip between ("Elisabeth", "Wickam", "Herrington"): one
 * edit, two when either spelling has 9 letters or more; same first letter; names under 5 letters are
 * too close to other names to guess.
 */
export function spellingSlip(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 5 || a[0] !== b[0]) return false;
  const max = Math.max(a.length, b.length) >= 9 ? 2 : 1;
  return editDistance(a, b, max) <= max;
}
