import type { Person, TogetherEvidence } from './identity.js';
import { cap, eithers, families, givens, hasTitleClass } from './person-names.js';

/**
 * What the book prints of two people's names side by side, as evidence for the identity rules
 * (identity.ts): a given name with the other's family name ("Philip Carey"), with a family name of
 * its own ("Dick Hunter"), or a name of two words before the other's family name ("Las Vegas
 * Carmichael").
 */

/**
 * "Carey" (the cast's, which holds his uncle the Vicar too) and Philip: the book prints "Philip
 * Carey", so the family name alone may be his, whoever else bears it and is named beside him. Not
 * "Mr. Bennet" and Jane, though the book prints "Jane Bennet": the titles say a man. (A woman's
 * married name and a given name are renamedOnMarriage's.)
 */
export function printedWithFamilyName(
  given: Person,
  family: Person,
  together: TogetherEvidence | null,
): boolean {
  if (!together?.fullNamePrinted || hasTitleClass(family, 'married')) return false;
  const titled = family.names.some((n) => n.titleClass === 'male')
    ? 'male'
    : family.names.some((n) => n.titleClass !== null)
      ? 'female'
      : null;
  if (titled !== null && given.gender !== 'unknown' && given.gender !== titled) return false;
  const printed = together.fullNamePrinted;
  return givens(given).some((g) => families(family).some((f) => printed(g, f) > 0));
}

/**
 * "Dick" and "Mr. Greyson" (Ragged Dick; probe round AF268: "may be one person: the book never gives
 * Dick a family name", and a wrong credit left unknown): the book prints the given name with a family
 * name of its own, twice or more ("Dick Hunter"), and never with the other's. Men only: a woman's
 * given name printed with her maiden name may still be the "Mrs." of her married one. The name, as
 * printed; or null.
 */
export function familyOfItsOwn(
  given: Person,
  family: Person,
  together: TogetherEvidence | null,
): string | null {
  if (!together?.familyPrintedWith || !together.fullNamePrinted) return null;
  if (!(given.gender === 'male' || hasTitleClass(family, 'male')) || hasTitleClass(family, 'married'))
    return null;
  const theirs = families(family);
  for (const g of givens(given)) {
    const printed = together.familyPrintedWith(cap(g));
    if (!printed || printed.count < 2 || theirs.includes(printed.family.toLowerCase())) continue;
    if (theirs.some((f) => together.fullNamePrinted!(cap(g), cap(f)) > 0)) continue;
    return `${cap(g)} ${printed.family}`;
  }
  return null;
}

/**
 * "Las Vegas Carmichael" (The Man of the Forest; probe round D4): the book prints one person's name of
 * two words or more right before a family name of the other's, twice or more, so the first is a
 * nickname or given names of the man the other is by his family name. The name, printed so; or null.
 */
export function printedBeforeFamilyName(
  a: Person,
  b: Person,
  together: TogetherEvidence | null,
): string | null {
  const printed = together?.fullNamePrinted;
  if (!printed) return null;
  const familyWords = [...families(b), ...eithers(b)];
  for (const n of a.names) {
    if (n.titles.length > 0 || n.article || n.words.length < 2) continue;
    const name = n.words.map(cap).join(' ');
    for (const f of familyWords) {
      // (not a word of one letter: the narrator's "I" in "turning to Dejah Thoris I asked", A Princess
      // of Mars, probe round AF262: a wrong credit left unknown as "one person's names")
      if (f.length < 2) continue;
      if (!n.words.includes(f) && printed(name, f) >= 2) return `${name} ${cap(f)}`;
    }
  }
  return null;
}
