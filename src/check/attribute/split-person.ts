import { SISTERS_TOGETHER_MIN } from '../../analysis/eldest-daughter.js';
import type { Person } from './identity.js';
import { compareClaim, comparePeople } from './identity.js';
import type { AttributeContext, Finding } from './occurrence.js';
import { personOf } from './people.js';
import { families, familyOnly, hasTitleClass, sharesNamePart } from './person-names.js';

/**
 * One person the speaker model split in two ("Mr. Tilney" beside "Henry Tilney"): when a writer's
 * credit names one half and the book's speaker is the other, the credit holds, with a note.
 */

/** How often the book must tell two men of the family apart by age, both ways (splitOf): once each. */
const AGED_MEN_MIN = 1;

/**
 * The model's speaker is perhaps the claimed character under a name the model kept apart ("Mr.
 * Tilney" beside "Henry Tilney", "Ellen" beside "Ellen Olenska"): they share a name part, nothing
 * tells them apart, and no other character could bear all the speaker's names. A note says so.
 */
export function splitOf(
  claimed: readonly Person[],
  finding: Finding,
  ctx: AttributeContext,
  written: string,
): string | null {
  if (claimed.length !== 1 || finding.people.length !== 1) return null;
  const [k] = claimed as [Person];
  const [s] = finding.people as [Person];
  if (k.id === null || s.id === null) return null;
  // "Griffin" beside Mrs. Griffin: a family name alone is her husband's as often as hers (probe Z4).
  if (hasTitleClass(k, 'married') && s.names.every((n) => n.either !== null && n.titles.length === 0))
    return null;
  const id = compareClaim(k, s, ctx.together, written);
  if (id.relation !== 'maybe-same' || !sharesNamePart(k, s)) return null;
  // "Mr. Emerson" beside George Emerson, where the book prints "old Mr. Emerson" and "young Mr.
  // Emerson": a father and son, not one man the model split (probe AB2). Which of them a writer's
  // "Mr. Emerson" means is open.
  const aged = ctx.together?.agedMenPrinted;
  if (aged && families(k).some((f) => families(s).includes(f) && aged(f) >= AGED_MEN_MIN)) return null;
  // "Miss Dashwood" beside Marianne Dashwood, where the book speaks of "the Miss Dashwoods": the plain
  // "Miss" is the eldest sister's, who may be one the model never names in full (Elinor).
  const sisters = ctx.together?.sistersPrinted;
  if (
    sisters &&
    hasTitleClass(s, 'unmarried') &&
    familyOnly(s) &&
    families(s).some((f) => families(k).includes(f) && sisters(f) >= SISTERS_TOGETHER_MIN)
  )
    return null;
  for (const c of ctx.cast.characters) {
    if (c.id === k.id || c.id === s.id) continue;
    const other = personOf(c, ctx.cast);
    if (sharesNamePart(other, s) && comparePeople(other, s, ctx.together).relation !== 'distinct')
      return null;
  }
  return `${s.label} is taken to be another name of ${k.label}: they share a name, and no other character could bear it`;
}
