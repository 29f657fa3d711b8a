import { joinBareNames, joinEpithetNames, joinNicknameClusters } from './bare-names.js';
import { newClustering } from './clustering.js';
import { type Entity, joinClippedFullNames } from './entity.js';
import { joinFullNames, joinTitledFamilyTails } from './full-names.js';
import { joinRenamedOnMarriage } from './married-names.js';
import type { FormStats, NameOccurrence } from './names.js';
import { joinUnknownTitles, placeTitledNames } from './titled-names.js';

/**
 * Put the printed names of the book into clusters, one per person, the way a reader does:
 * full names first ("Elizabeth Bennet"), then title + family name ("Mr. Bennet" and "Mrs. Bennet"
 * are two people; "Mr. Darcy" joins "Fitzwilliam Darcy"), then title + given name ("Sir William"),
 * then bare names ("Darcy" → the Mr. Darcy; "Lizzy" → Elizabeth through the nickname table).
 * Returns the clusters and a map form → cluster key. Each step reads the clusters the steps before
 * it made (clustering.ts holds them and the questions the steps ask of them).
 */
export function clusterNames(
  forms: readonly FormStats[],
  /** Forms the book qualifies by age ("old Mr. Emerson"): two people share that title and name. */
  ageQualified: ReadonlySet<string> = new Set(),
  /** Pet forms the book names beside their full name as another person (given-names.ts `petFormsNamedApart`). */
  namedApart: ReadonlySet<string> = new Set(),
  /** Families the book speaks of as "the Miss Bennets" (eldest-daughter.ts `sisterFamilies`). */
  daughtersOf: ReadonlySet<string> = new Set(),
  /** "Mr. Peggotty and Ham": given names listed beside a family's "Mr." (given-names.ts `givenNamesListedApartFromMr`). */
  listedApartFromMr: ReadonlySet<string> = new Set(),
  /** Where the book prints each form (offsets, ascending); none known, no name is joined by when it is printed. */
  positionsOf: (form: string) => readonly number[] = () => [],
): {
  entities: Map<string, Entity>;
  formToKey: Map<string, string>;
} {
  const c = newClustering(forms, namedApart);
  // 1. Full names: given + family name, with or without a title (full-names.ts).
  joinFullNames(c);
  joinClippedFullNames(c.entities, c.formToKey, c.effectiveGender);
  joinTitledFamilyTails(c);
  // 2. Title + one word: a family name ("Mr. Bennet") or a given name ("Sir William") (titled-names.ts).
  placeTitledNames(c, { ageQualified, daughtersOf, listedApartFromMr });
  joinUnknownTitles(c);
  // …and a woman's maiden and married names, given in full, one before the other (married-names.ts).
  joinRenamedOnMarriage(c, positionsOf);
  // 3. Bare single names (bare-names.ts).
  joinBareNames(c, forms);
  // 4. A nickname cluster of its own ("Lizzy") joins the one given-name cluster it shortens.
  joinNicknameClusters(c);
  // 5. "Winnie-the-Pooh" joins "Pooh" (bare-names.ts).
  joinEpithetNames(c);
  return { entities: c.entities, formToKey: c.formToKey };
}

export type { NameOccurrence };
