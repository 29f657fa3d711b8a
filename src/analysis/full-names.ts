import { GIVEN_NAME_GENDER, RANK_TITLES } from '../lexicon.js';
import type { Clustering } from './clustering.js';
import { compatible, mergeInto } from './entity.js';

/**
 * Step 1 of clusterNames (characters.ts): full names, a given and a family name with or without a
 * title ("Elizabeth Bennet", "Mr. Fitzwilliam Darcy"), each person's first cluster.
 */
export function joinFullNames(c: Clustering): void {
  const { sorted, add, givenKey } = c;
  // Given names the book gives a rank title to, by family: "Sir Thomas Bertram".
  const rankedGiven = new Map<string, Set<string>>();
  for (const f of sorted) {
    if (f.words.length < 2 || !f.honorific || !RANK_TITLES.has(f.honorific)) continue;
    const key = `${givenKey(f.words[0]!)}|${f.words[f.words.length - 1]!}`;
    rankedGiven.set(key, (rankedGiven.get(key) ?? new Set()).add(f.words[0]!.toLowerCase()));
  }
  for (const f of sorted) {
    if (f.words.length < 2) continue;
    const given = f.words[0]!;
    const surname = f.words[f.words.length - 1]!;
    if (f.honorific === 'Mrs.' && GIVEN_NAME_GENDER.get(given.toLowerCase()) !== 'female') {
      // "Mrs. Charles Musgrove" is the wife of Charles Musgrove; keep her apart.
      add(`F-married|${f.words.join(' ')}`, f, null, surname);
      continue;
    }
    const base = `${givenKey(given)}|${surname}`;
    const rankedSpellings = rankedGiven.get(base);
    // "Sir Thomas Bertram" and "Tom Bertram" are father and son: another spelling of a given name that
    // the book gives a rank title to is another person.
    const otherSpelling =
      rankedSpellings !== undefined &&
      !rankedSpellings.has(given.toLowerCase()) &&
      !(f.honorific && RANK_TITLES.has(f.honorific));
    add(
      otherSpelling ? `full|${given.toLowerCase()}|${surname}|spelling` : `full|${base}`,
      f,
      given,
      surname,
    );
  }
}

/**
 * "Princess Abdul Akbar" (and "Abdul Akbar") is Jenny Abdul Akbar: a title before a family name of
 * several words, whose first word is no known given name, joins the one full name ending with them.
 */
export function joinTitledFamilyTails(c: Clustering): void {
  const { sorted, entities, formToKey, statsOf } = c;
  for (const f of sorted) {
    if (!f.honorific || f.words.length < 2 || GIVEN_NAME_GENDER.has(f.words[0]!.toLowerCase())) continue;
    const from = entities.get(formToKey.get(f.form) ?? '');
    const tail = f.words.join(' ');
    if (!from || [...from.forms].some((x) => statsOf.get(x)?.words.join(' ') !== tail)) continue;
    const owners = [...entities.values()].filter(
      (e) =>
        e !== from &&
        compatible(e.titleGender, from.titleGender) &&
        [...e.forms].some((x) => {
          const st = statsOf.get(x);
          return (
            st !== undefined && st.words.length === f.words.length + 1 && st.words.slice(1).join(' ') === tail
          );
        }),
    );
    if (owners.length === 1) mergeInto(entities, formToKey, from, owners[0]!);
  }
}
