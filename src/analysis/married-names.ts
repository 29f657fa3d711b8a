/**
 * One woman under two names, when the book says so in so many words: "Miss Hamilton, now Mrs Smith",
 * "Mrs. Bumble, formerly Mrs. Corney", "Mrs. Lane (née Harper)". A marriage alone ("Charles married
 * Mary") is not enough: the family's other "Mrs." (his mother) is usually in the book too, and novels
 * are full of marriages wished for and feared. Only when the book also prints her given name with
 * his family name: "Marguerite St. Just married Sir Percy Blakeney", and "Marguerite Blakeney".
 */

import { GIVEN_NAME_GENDER } from '../lexicon.js';
import type { Clustering } from './clustering.js';
import { type Entity, mergeInto } from './entity.js';
import type { FormStats, NameOccurrence } from './names.js';

/** Rule ids, for tests and notes. */
export const MARRIED_NAME_RULES = [
  'married-name/now',
  'married-name/formerly',
  'married-name/married',
  'married-name/renamed',
] as const;
export type MarriedNameRule = (typeof MARRIED_NAME_RULES)[number];

/** What stands between the two names: ", now ", " (formerly ", ", née "… */
const NOW = /^\s*,?\s*\(?\s*now\s+$/;
const FORMERLY = /^\s*,?\s*\(?\s*(?:formerly|once|n[ée]e|born|late)\s+$/;
const MARRIED = /^\s+(?:had\s+)?married\s+$/;

/** Titles a married or unmarried woman goes by: both names must be a woman's. */
const WOMAN_TITLES = new Set(['Mrs.', 'Miss', 'Lady', 'Madame', 'Mademoiselle', 'Signora', 'Signorina']);

export interface MarriedNameLink {
  rule: MarriedNameRule;
  /** The name she had (maiden or earlier married name) and the one she has now. */
  before: string;
  now: string;
  at: number;
}

/**
 * Pairs of printed forms the narration gives as one woman's earlier and later names. Each pair is two
 * name occurrences next to each other in one paragraph with only "now" / "formerly" between them, at
 * least one of them with a woman's title and the later one with a married one.
 */
export function findMarriedNameLinks(
  text: string,
  occurrences: readonly NameOccurrence[],
): MarriedNameLink[] {
  const out: MarriedNameLink[] = [];
  const printed = new Set(occurrences.map((o) => o.form));
  for (let i = 0; i + 1 < occurrences.length; i++) {
    const a = occurrences[i]!;
    const b = occurrences[i + 1]!;
    if (a.paragraph !== b.paragraph || b.start - a.end > 16) continue;
    const between = text.slice(a.end, b.start);
    const wifesName = MARRIED.test(between) ? nameAsHisWife(a, b) : null;
    if (wifesName && printed.has(wifesName)) {
      out.push({ rule: 'married-name/married', before: a.form, now: wifesName, at: a.start });
      continue;
    }
    const titled = (o: NameOccurrence) => o.honorific !== null && WOMAN_TITLES.has(o.honorific);
    if (!titled(a) && !titled(b)) continue;
    if (NOW.test(between) && b.honorific !== 'Miss' && b.honorific !== 'Mademoiselle')
      out.push({ rule: 'married-name/now', before: a.form, now: b.form, at: a.start });
    else if (FORMERLY.test(between) && a.honorific !== 'Miss' && a.honorific !== 'Mademoiselle')
      out.push({ rule: 'married-name/formerly', before: b.form, now: a.form, at: a.start });
  }
  return out;
}

/**
 * "Marguerite St. Just married Sir Percy Blakeney": her given name with his family name ("Marguerite
 * Blakeney"), when she is a woman by her given name and no title, and he a man by title or given name.
 */
function nameAsHisWife(she: NameOccurrence, he: NameOccurrence): string | null {
  if (she.honorific !== null || she.words.length < 2 || (he.words.length < 2 && he.honorific === null))
    return null;
  const given = she.words[0]!;
  if (GIVEN_NAME_GENDER.get(given.toLowerCase()) !== 'female') return null;
  const hisGiven = he.words.length > 1 ? GIVEN_NAME_GENDER.get(he.words[0]!.toLowerCase()) : undefined;
  const hisTitle =
    he.honorific !== null && ['Mr.', 'Sir', 'Lord', 'Captain', 'Colonel'].includes(he.honorific);
  if (hisGiven !== 'male' && !hisTitle) return null;
  const family = he.words[he.words.length - 1]!;
  return family === she.words[she.words.length - 1] ? null : `${given} ${family}`;
}

/**
 * Joins, for each link, the woman's cluster under her earlier name into the one under her name now,
 * when both are clusters, different, and not two full-named women with different given names (two
 * women, however the sentence runs on). Returns the links applied.
 */
export function joinMarriedNames(
  links: readonly MarriedNameLink[],
  entities: Map<string, Entity>,
  formToKey: Map<string, string>,
): MarriedNameLink[] {
  const applied: MarriedNameLink[] = [];
  for (const l of links) {
    const before = entities.get(formToKey.get(l.before) ?? '');
    const now = entities.get(formToKey.get(l.now) ?? '');
    if (!before || !now || before === now) continue;
    if (before.titleGender === 'male' || now.titleGender === 'male') continue;
    if (before.given && now.given && before.given.toLowerCase() !== now.given.toLowerCase()) continue;
    mergeInto(entities, formToKey, before, now);
    applied.push(l);
  }
  return applied;
}

/**
 * "Mrs. Joe" is the wife of Joe (as "Mrs. Charles Musgrove" is of Charles): a man's given name after
 * a married woman's title is her husband's, neither her given name nor a family name.
 */
export function isHusbandsName(f: FormStats): boolean {
  return (
    f.honorific === 'Mrs.' &&
    f.words.length === 1 &&
    GIVEN_NAME_GENDER.get(f.words[0]!.toLowerCase()) === 'male'
  );
}

/**
 * Of a maiden name's mentions, the share the book prints before her married name's first one
 * (renamedOnMarriage): most, not all, for a later letter or a memory may give the old name again.
 */
const BEFORE_MARRIAGE_SHARE = 2 / 3;

/**
 * "Mina Murray" (Miss Murray) until the wedding and "Mina Harker" (Mrs. Harker) after it: one woman
 * the book renames when she marries (Dracula: four characters for Mina; probe round AF246). Joined
 * when the book prints her given name with both family names, the first only unmarried or untitled
 * and before the second (BEFORE_MARRIAGE_SHARE of its mentions), the second with a married title,
 * a man of the second family in the book (the husband), and no other such pair for either name. Two
 * women of one given name are seldom a Miss of one family wholly before a Mrs. of another.
 * Returns the pairs joined, maiden name first.
 */
export function joinRenamedOnMarriage(
  c: Clustering,
  /** Where the book prints each name form (offsets, ascending). */
  positionsOf: (form: string) => readonly number[],
): [string, string][] {
  const fullNamed = [...c.entities.values()].filter(
    (e) => e.key.startsWith('full|') && e.given !== null && e.surname !== null,
  );
  const female = (e: Entity) =>
    c.effectiveGender(e) === 'female' || GIVEN_NAME_GENDER.get(e.given!.toLowerCase()) === 'female';
  const printed = (e: Entity) => [...e.forms].flatMap((f) => positionsOf(f));
  // Every maiden name and married name that may be one woman's, by name and title alone.
  const candidates: [Entity, Entity][] = [];
  for (const maiden of fullNamed) {
    if (maiden.married || !female(maiden)) continue;
    for (const wife of fullNamed)
      if (
        wife !== maiden &&
        wife.married &&
        female(wife) &&
        wife.surname !== maiden.surname &&
        c.givenKey(wife.given!) === c.givenKey(maiden.given!) &&
        c.bySurname(wife.surname!).some((e) => e !== wife && c.effectiveGender(e) === 'male')
      )
        candidates.push([maiden, wife]);
  }
  const joined: [string, string][] = [];
  for (const [maiden, wife] of candidates) {
    // (each name in one such pair only: "Mary Driscoll" and "Mary Ann" beside "Mrs. Mary Dedalus")
    if (candidates.filter(([m, w]) => m === maiden || w === wife).length !== 1) continue;
    const at = printed(maiden);
    const wedding = Math.min(...printed(wife));
    // (printed twice at least: a name once is as often a slip or a passing namesake)
    if (at.length < 2 || at.filter((p) => p < wedding).length < BEFORE_MARRIAGE_SHARE * at.length) continue;
    joined.push([[...maiden.forms][0]!, [...wife.forms][0]!]);
    mergeInto(c.entities, c.formToKey, maiden, wife);
  }
  return joined;
}

/** Where the book prints each name form, as joinRenamedOnMarriage asks (offsets, ascending). */
export function positionsByForm(occurrences: readonly NameOccurrence[]): (form: string) => readonly number[] {
  const at = new Map<string, number[]>();
  for (const o of occurrences) {
    const list = at.get(o.form);
    if (list) list.push(o.start);
    else at.set(o.form, [o.start]);
  }
  return (form) => at.get(form) ?? [];
}
