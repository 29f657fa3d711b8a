import { type Gender, GIVEN_NAME_GENDER, HONORIFICS, RANK_TITLES } from '../lexicon.js';
import { compatible, type Entity, newEntity } from './entity.js';
import { canonicalGiven } from './given-names.js';
import type { FormStats } from './names.js';

/**
 * The state clusterNames (characters.ts) builds, one cluster per person, and the questions each of
 * its steps asks of the clusters so far. Made once by `newClustering`; every step reads and adds to it.
 */
export interface Clustering {
  /** The clusters so far, by key. */
  entities: Map<string, Entity>;
  /** Each printed form's cluster key. */
  formToKey: Map<string, string>;
  statsOf: ReadonlyMap<string, FormStats>;
  /** The forms, most often printed first. */
  sorted: readonly FormStats[];
  /** Puts a form in the cluster of that key (made if new), with the given and family name it shows. */
  add(key: string, f: FormStats, given: string | null, surname: string | null): Entity;
  /** Clusters of that given name (nicknames as the name they shorten) and a compatible gender. */
  byGiven(given: string, g: Gender): Entity[];
  bySurname(surname: string): Entity[];
  /** How often the cluster is named with this word in the name. */
  countWithWord(e: Entity, w: string): number;
  /** The book calls them by the given name alone far more often than by the family name. */
  knownByGivenName(e: Entity): boolean;
  /** The gender the pronouns around the cluster's names give, when they agree. */
  pronounGender(e: Entity): Gender;
  /** The title's gender, else the pronouns'. */
  effectiveGender(e: Entity): Gender;
  /** A form's gender from its title or a known given name. */
  genderOfForm(f: FormStats): Gender;
  /** The given name a spelling stands for in this book ("Lizzy" → "elizabeth"; a pet form named apart, itself). */
  givenKey(w: string): string;
  /** Pet forms the book names beside their full name as another person ("Aunt Polly and Mary"). */
  namedApart: ReadonlySet<string>;
}

/** A bare family name is not the man of the family the book calls by his given name this many times as often. */
const KNOWN_BY_GIVEN = 5;

/** The gender a title gives ("Mrs." female, "Dr." unknown). */
export function titleGender(honorific: string | null): Gender {
  if (!honorific) return 'unknown';
  return HONORIFICS.get(honorific.toLowerCase().replace(/\.$/, ''))?.gender ?? 'unknown';
}

/** The form's title is printed "Madam" (no final e) at least as often as any other way. */
function printedAsMadam(f: FormStats): boolean {
  let madam = 0;
  let other = 0;
  for (const [spelling, n] of f.printedTitles) {
    if (/^madam$/i.test(spelling.replace(/\.$/, ''))) madam += n;
    else other += n;
  }
  return madam > 0 && madam >= other;
}

/** No clusters yet, and the questions asked of them, over the book's printed name forms. */
export function newClustering(
  forms: readonly FormStats[],
  /** Pet forms the book names beside their full name as another person (given-names.ts `petFormsNamedApart`). */
  namedApart: ReadonlySet<string>,
): Clustering {
  const entities = new Map<string, Entity>();
  const formToKey = new Map<string, string>();
  const givenKey = (w: string): string =>
    namedApart.has(w.toLowerCase()) ? w.toLowerCase() : canonicalGiven(w);
  const genderOfForm = (f: FormStats): Gender => {
    const g = titleGender(f.honorific);
    if (g !== 'unknown') return g;
    // Pronoun votes are too noisy to keep two names apart; only titles and given names count here.
    // A saint's given name is the saint's: "St. John Rivers" is a man. (Not a bare "St. Clare": a family.)
    const given = f.words[0]!.toLowerCase();
    return GIVEN_NAME_GENDER.get(f.words.length > 1 ? given.replace(/^st\.? /, '') : given) ?? 'unknown';
  };
  const add = (key: string, f: FormStats, given: string | null, surname: string | null): Entity => {
    let e = entities.get(key);
    if (!e) {
      e = newEntity(key, given, surname);
      entities.set(key, e);
    }
    e.forms.add(f.form);
    formToKey.set(f.form, key);
    const g = genderOfForm(f);
    if (e.titleGender === 'unknown') e.titleGender = g;
    // (Not the English "Madam", a servant's address to any lady: Tom Jones's "Madam Sophia".)
    if (f.honorific === 'Mrs.' || f.honorific === 'Lady' || (f.honorific === 'Madame' && !printedAsMadam(f)))
      e.married = true;
    if (f.honorific === 'Miss' || f.honorific === 'Mademoiselle') e.unmarried = true;
    if (f.honorific && RANK_TITLES.has(f.honorific)) e.ranked = true;
    if (!e.given && given) e.given = given;
    return e;
  };
  const byGiven = (given: string, g: Gender): Entity[] =>
    [...entities.values()].filter(
      (e) => e.given !== null && givenKey(e.given) === givenKey(given) && compatible(e.titleGender, g),
    );
  const bySurname = (surname: string): Entity[] =>
    [...entities.values()].filter((e) => e.surname === surname);
  const statsOf = new Map(forms.map((f) => [f.form, f]));
  const countWithWord = (e: Entity, w: string): number =>
    [...e.forms]
      .filter((x) => statsOf.get(x)?.words.includes(w))
      .reduce((n, x) => n + (statsOf.get(x)?.count ?? 0), 0);
  // Sons and Lovers' Paul (757 "Paul", 22 "Paul Morel"), not his father Walter Morel (13 and 13),
  // who is the narration's "Morel".
  const knownByGivenName = (e: Entity): boolean => {
    if (!e.given || !e.surname) return false;
    const given = statsOf.get(e.given)?.count ?? 0;
    return given > 0 && given >= KNOWN_BY_GIVEN * Math.max(1, countWithWord(e, e.surname));
  };
  const pronounGender = (e: Entity): Gender => {
    let male = 0;
    let female = 0;
    // "Cyril Fielding" is rarely a sentence's subject, "Cyril" often: the bare given name votes too,
    // before step 3 has joined it to the cluster.
    const named = new Set(e.forms);
    if (e.given && e.key.startsWith('full|') && statsOf.has(e.given)) named.add(e.given);
    for (const f of named) {
      male += statsOf.get(f)?.maleVotes ?? 0;
      female += statsOf.get(f)?.femaleVotes ?? 0;
    }
    return male >= 2 && male >= 2 * female
      ? 'male'
      : female >= 2 && female >= 2 * male
        ? 'female'
        : 'unknown';
  };
  const effectiveGender = (e: Entity): Gender =>
    e.titleGender !== 'unknown' ? e.titleGender : pronounGender(e);
  return {
    entities,
    formToKey,
    statsOf,
    sorted: [...forms].sort((a, b) => b.count - a.count),
    add,
    byGiven,
    bySurname,
    countWithWord,
    knownByGivenName,
    pronounGender,
    effectiveGender,
    genderOfForm,
    givenKey,
    namedApart,
  };
}
