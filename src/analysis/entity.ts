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
