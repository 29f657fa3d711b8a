/**
 * Given names and their hypocoristics, as the clustering reads them (the table is NICKNAME_GROUPS in
 * ../lexicon.ts, the one list of them).
 */
import { GIVEN_NAME_TITLES, NICKNAME_ROOTS, NICKNAMES } from '../lexicon.js';
import type { NameOccurrence } from './names.js';

/** The full given name a spelling stands for, lower case: "Lizzy" → "elizabeth", "Jane" → "jane". */
export function canonicalGiven(name: string): string {
  const l = name.toLowerCase();
  return NICKNAMES.get(l) ?? l;
}

/**
 * True when `nick` is a pet form of the full given name `full` and of no other: "Frank" of Francis,
 * "Loo" of Louisa; not "Kit" of Christopher (Kit is a Catherine too) nor "Nelly" of Helen.
 */
export function isOnlyPetFormOf(nick: string, full: string): boolean {
  const roots = NICKNAME_ROOTS.get(nick.toLowerCase());
  return roots?.length === 1 && roots[0] === full.toLowerCase();
}

/**
 * True when `short` is a clipped spelling of the pet form `long`, both pet forms of one given name:
 * "Kit" of "Kitty", "Liz" of "Lizzy", "Sal" of "Sally". (Not "Molly" and "Polly": two pet forms of
 * Mary, but neither spells the other.)
 */
export function isClippedPetForm(short: string, long: string): boolean {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  if (l.length <= s.length || !l.startsWith(s)) return false;
  const roots = NICKNAME_ROOTS.get(l) ?? [];
  return (NICKNAME_ROOTS.get(s) ?? []).some((r) => roots.includes(r));
}

/** A name as the list readers need it. */
type ListedName = Pick<NameOccurrence, 'start' | 'end' | 'honorific' | 'words' | 'paragraph'>;

/** What may stand between two names of a list: "Aunt Polly and Mary", "Sid, Mary, and Joe". */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/;

/**
 * Pet forms this book names as someone other than the bearer of the full name: a list that puts
 * them side by side ("Aunt Polly and Mary were very loving", "Aunt Polly, Sid, Mary") names two
 * people, so in this book "Polly" is not the Mary it shortens elsewhere. Lower case; both of two pet
 * forms of one name listed together ("Molly and Polly").
 */
export function petFormsNamedApart(text: string, occurrences: readonly ListedName[]): Set<string> {
  const out = new Set<string>();
  const givenOf = (o: ListedName): string | null =>
    o.honorific === null || GIVEN_NAME_TITLES.has(o.honorific) ? o.words[0]!.toLowerCase() : null;
  // Every two of a list are two people.
  for (const run of listRuns(text, occurrences)) {
    const given = run.map(givenOf);
    for (const a of given)
      for (const b of given) {
        if (!a || !b || a === b || canonicalGiven(a) !== canonicalGiven(b)) continue;
        if (canonicalGiven(a) !== a) out.add(a);
      }
  }
  for (const pet of petFormsOfTwoPeople(occurrences.map(givenOf))) out.add(pet);
  return out;
}

/** Each run of names the text joins as a list ("Aunt Polly, Sid, Mary, and Joe"), in order. */
function listRuns(text: string, occurrences: readonly ListedName[]): ListedName[][] {
  const runs: ListedName[][] = [];
  let i = 0;
  while (i < occurrences.length) {
    let j = i;
    while (
      j + 1 < occurrences.length &&
      occurrences[j + 1]!.paragraph === occurrences[j]!.paragraph &&
      occurrences[j + 1]!.start - occurrences[j]!.end <= 8 &&
      LIST_JOIN.test(text.slice(occurrences[j]!.end, occurrences[j + 1]!.start))
    )
      j++;
    runs.push(occurrences.slice(i, j + 1));
    i = j + 1;
  }
  return runs;
}

/** A pet form printed at least this many times is what the book calls someone. */
const PET_FORM_IN_USE = 10;

/**
 * Two pet forms of one given name that the book uses often, when it rarely spells the full name,
 * are what it calls two people: Jane Eyre's nurse "Bessie" (131 times) and her cousin "Eliza" (30),
 * "Elizabeth" once. Pride and Prejudice's "Lizzy" (95) and "Eliza" (22) are one woman, as its 635
 * "Elizabeth"s show. Lower case; both pet forms. A clipped spelling ("Liz" of "Lizzy") is no rival.
 */
function petFormsOfTwoPeople(givens: readonly (string | null)[]): string[] {
  const counts = new Map<string, number>();
  for (const g of givens) if (g) counts.set(g, (counts.get(g) ?? 0) + 1);
  const byRoot = new Map<string, string[]>();
  for (const [g, n] of counts) {
    const root = canonicalGiven(g);
    if (root === g || n < PET_FORM_IN_USE) continue;
    byRoot.set(root, [...(byRoot.get(root) ?? []), g]);
  }
  const out: string[] = [];
  for (const [root, pets] of byRoot) {
    const distinct = pets.filter((a) => !pets.some((b) => a !== b && isClippedPetForm(a, b)));
    if (distinct.length < 2) continue;
    const rarest = Math.min(...distinct.map((p) => counts.get(p)!));
    if ((counts.get(root) ?? 0) < rarest) out.push(...distinct);
  }
  return out;
}

/**
 * Given names the book lists beside a man's family form as two people: "Mr. Peggotty and Ham" (four
 * times in David Copperfield) says the plain "Mr. Peggotty" is not Ham Peggotty, the family's one
 * man with a full name (probe round AD2: the cast merged them and a credit to Mr. Peggotty was
 * supported on Ham's line). Once is enough: a man is never listed beside himself. (At twice or more
 * only David Copperfield changed among the 92 LitBank novels; at once also Middlemarch, Mr. Vincy
 * apart from Fred, whose 230 lines had been his father's; Ragged Dick, Mr. Whitney apart from his
 * nephew Frank, probe round AD8; and Desert Gold. No PDNC line changes either way.) Keys
 * `given|family`, lower-case given name; names next to each other in a list.
 */
export function givenNamesListedApartFromMr(text: string, occurrences: readonly ListedName[]): Set<string> {
  const out = new Set<string>();
  for (const run of listRuns(text, occurrences))
    for (let k = 0; k + 1 < run.length; k++)
      for (const [mr, bare] of [
        [run[k]!, run[k + 1]!],
        [run[k + 1]!, run[k]!],
      ] as const)
        if (
          mr.honorific === 'Mr.' &&
          mr.words.length === 1 &&
          bare.honorific === null &&
          bare.words.length === 1
        )
          out.add(`${bare.words[0]!.toLowerCase()}|${mr.words[0]!}`);
  return out;
}
