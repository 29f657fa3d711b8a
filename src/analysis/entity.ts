/** A cluster of printed names that stand for one person, while the analysis builds the cast (characters.ts). */
import type { Gender } from '../lexicon.js';

/** A cluster of printed forms that name one person. */
export interface Entity {
  key: string;
  given: string | null;
  surname: string | null;
  /** "male" / "female" / "unknown" as implied by the titles used with this entity. */
  titleGender: Gender;
  /** True when the entity was addressed as Mrs./Lady (married), Miss (unmarried). */
  married: boolean;
  unmarried: boolean;
  ranked: boolean;
  forms: Set<string>;
}

/** A new cluster with no forms yet and nothing known of its titles. */
export function newEntity(key: string, given: string | null, surname: string | null): Entity {
  return {
    key,
    given,
    surname,
    titleGender: 'unknown',
    married: false,
    unmarried: false,
    ranked: false,
    forms: new Set(),
  };
}

/** Two genders that may be one person's: equal, or either unknown. */
export function compatible(a: Gender, b: Gender): boolean {
  return a === 'unknown' || b === 'unknown' || a === b;
}

/** Moves every form of `from` to `to` and drops `from`. */
export function mergeInto(
  entities: Map<string, Entity>,
  formToKey: Map<string, string>,
  from: Entity,
  to: Entity,
): void {
  for (const f of from.forms) {
    to.forms.add(f);
    formToKey.set(f, to.key);
  }
  if (to.titleGender === 'unknown') to.titleGender = from.titleGender;
  to.married ||= from.married;
  to.unmarried ||= from.unmarried;
  entities.delete(from.key);
}

/**
 * One name printed in two cases is one person: "Van Helsing" opening a sentence and "van Helsing"
 * inside one, "MR. DARCY" in a letter's heading. A cluster whose every form is, case aside, a form
 * of another joins that one (the cluster named more often keeps its key).
 */
export function joinCaseVariants(
  entities: Map<string, Entity>,
  formToKey: Map<string, string>,
  countOf: (form: string) => number,
): void {
  const owners = new Map<string, Entity[]>();
  for (const e of entities.values())
    for (const f of e.forms) {
      const k = f.toLowerCase();
      const list = owners.get(k) ?? [];
      if (!list.includes(e)) list.push(e);
      owners.set(k, list);
    }
  const named = (e: Entity) => [...e.forms].reduce((n, f) => n + countOf(f), 0);
  for (const e of [...entities.values()]) {
    if (!entities.has(e.key)) continue;
    const others = new Set<Entity>();
    let all = true;
    for (const f of e.forms) {
      const rivals = (owners.get(f.toLowerCase()) ?? []).filter((o) => o !== e && entities.has(o.key));
      if (rivals.length === 0) all = false;
      for (const o of rivals) others.add(o);
    }
    if (!all || others.size !== 1) continue;
    const other = [...others][0]!;
    if (e.titleGender !== 'unknown' && other.titleGender !== 'unknown' && e.titleGender !== other.titleGender)
      continue;
    const [from, to] = named(e) > named(other) ? [other, e] : [e, other];
    mergeInto(entities, formToKey, from, to);
    for (const f of from.forms) {
      const list = owners.get(f.toLowerCase()) ?? [];
      owners.set(
        f.toLowerCase(),
        list.filter((o) => o !== from),
      );
    }
  }
}

/** The shortest given name that may be a clipped form of a longer one of the same family ("Huck"). */
const CLIPPED_GIVEN_MIN = 4;

/**
 * "Huck Finn" and "Huckleberry Finn": one family name, and one given name the start of the other
 * (four letters at least: "Jo" is not "John"), is one person when no one else of the family has a
 * given name that starts so. Full-name clusters only (keys `full|…`).
 */
export function joinClippedFullNames(
  entities: Map<string, Entity>,
  formToKey: Map<string, string>,
  genderOf: (e: Entity) => Gender,
): void {
  const full = (e: Entity) => e.key.startsWith('full|') && e.given !== null && e.surname !== null;
  for (const e of [...entities.values()]) {
    if (!full(e) || e.given!.length < CLIPPED_GIVEN_MIN || !entities.has(e.key)) continue;
    const short = e.given!.toLowerCase();
    const longer = [...entities.values()].filter(
      (o) =>
        o !== e &&
        full(o) &&
        o.surname === e.surname &&
        o.given!.length > short.length &&
        o.given!.toLowerCase().startsWith(short),
    );
    const [other] = longer;
    const a = genderOf(e);
    const b = other ? genderOf(other) : 'unknown';
    if (longer.length === 1 && (a === 'unknown' || b === 'unknown' || a === b))
      mergeInto(entities, formToKey, e, other!);
  }
}
