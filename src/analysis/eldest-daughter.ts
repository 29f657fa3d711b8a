/**
 * "Miss Dashwood" in a book that speaks of "the Miss Dashwoods": the eldest unmarried daughter, who
 * alone takes the plain family name, while her younger sisters are "Miss Marianne", "Miss Lydia
 * Bennet". Without the plural the convention says nothing: an only daughter is both "Miss Kitty" and
 * "Miss Hamilton".
 */
import type { Entity } from './entity.js';
import type { FormStats } from './names.js';

/**
 * How often the book must speak of a family's daughters together ("the Miss Dashwoods") before its
 * plain "Miss Dashwood" is taken for the eldest: Sense and Sensibility does 23 times, Mansfield Park
 * 26; Where Angels Fear to Tread's one "Miss Abbotts" is a manner of speaking, its Miss Abbott an only
 * daughter (kept apart from Caroline Abbott, 198 right credits of PDNC's went unknown).
 */
export const SISTERS_TOGETHER_MIN = 3;

/** The daughters' family names the book puts in the plural after "Miss" ("the Miss Steeles"). */
export function sisterFamilies(forms: Iterable<FormStats>, isPlural: (f: FormStats) => boolean): Set<string> {
  const out = new Set<string>();
  for (const f of forms) {
    if (f.honorific !== 'Miss' || f.words.length !== 1 || f.count < SISTERS_TOGETHER_MIN || !isPlural(f))
      continue;
    const w = f.words[0]!;
    out.add(w.slice(0, -1));
    if (w.endsWith('es')) out.add(w.slice(0, -2));
  }
  return out;
}

/**
 * The plain "Miss X" is none of the family's full-named unmarried women when each of them has a "Miss"
 * of her own ("Miss Marianne", "Miss Lucy Steele"): the eldest is someone the book never names in full
 * (Sense and Sensibility's Elinor, Anne Steele).
 *
 * (Tried: joining "Miss Bennet" to the one sister with no "Miss" of her own, Jane. Right in the
 * narration, but in the dialogue anyone speaking to a sister alone calls her "Miss Bennet": Lady
 * Catherine's vocatives then handed Elizabeth's replies to Jane. eval:speakers Pride and Prejudice
 * 1,052 → 1,038.)
 */
export function plainMissIsNoneOf(
  sisters: readonly Entity[],
  forms: readonly FormStats[],
  statsOf: ReadonlyMap<string, FormStats>,
  givenKey: (w: string) => string,
): boolean {
  if (sisters.length === 0) return false;
  const missGiven = new Set(
    forms.filter((o) => o.honorific === 'Miss' && o.words.length === 1).map((o) => givenKey(o.words[0]!)),
  );
  const hasOwnMiss = (e: Entity): boolean =>
    (e.given !== null && missGiven.has(givenKey(e.given))) ||
    [...e.forms].some((x) => {
      const st = statsOf.get(x);
      return st?.honorific === 'Miss' && st.words.length > 1;
    });
  return sisters.every(hasOwnMiss);
}
