import { SISTERS_TOGETHER_MIN } from '../../analysis/eldest-daughter.js';
import type { Person } from './identity.js';
import { compareClaim, comparePeople } from './identity.js';
import { parseName } from './names.js';
import type { AttributeContext, Finding } from './occurrence.js';
import { personOf } from './people.js';
import { families, familyOnly, givens, hasTitleClass, sharesNamePart } from './person-names.js';

/**
 * One person the speaker model split in two ("Mr. Tilney" beside "Henry Tilney"): when a writer's
 * credit names one half and the book's speaker is the other, the credit holds, with a note.
 */

/** The everyday titles a family calls its sons and daughters by with the given name ("Mr. Godfrey"). */
const CIVIL = new Set(['mr', 'miss', 'master', 'monsieur', 'mademoiselle']);
/**
 * A family's plain title (first) beside a title on a given name (second) that says the two are
 * different people of the family: "Mr. Ablewhite" and "Mr. Godfrey", "Miss Dashwood" and "Miss
 * Marianne", "Mrs. Miller" and "Miss Gertrude" (splitOf).
 */
const PLAIN_BESIDE_GIVEN = [
  ['male', 'male'],
  ['unmarried', 'unmarried'],
  ['married', 'unmarried'],
] as const;

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
  // "Griffin" beside Mrs. Griffin: a family name alone is her husband's as often as hers (probe Z4),
  // whichever of the two the writer credits (probe round AF227: "Griffin" credited with Mrs.
  // Griffin's line, the model's Griffin her husband, was supported as her other name).
  const bareFamily = (p: Person) => p.names.every((n) => n.either !== null && n.titles.length === 0);
  if ((hasTitleClass(k, 'married') && bareFamily(s)) || (hasTitleClass(s, 'married') && bareFamily(k)))
    return null;
  const id = compareClaim(k, s, ctx.together, written);
  if (id.relation !== 'maybe-same') return null;
  // "Cowley. Prudence Cowley. But my friends call me Tuppence.": the book itself gives the two names
  // as one person's (probe round AD1: "— Prudence Cowley" on "said Tuppence" was left unknown).
  if ((ctx.together?.calledAs(k, s) ?? 0) > 0)
    return `the book gives ${k.label} and ${s.label} as names of one person`;
  if (!sharesNamePart(k, s)) return null;
  // (Tried 2026-12-06, not kept: a family's "Mrs." known by no given name never taken for a woman the
  // book calls by her given name ("Mrs. Leivers" beside her daughter Miriam, probe round AF176). It
  // fixed that wrong credit but lost right ones, "Joan Gildea" for the book's "Mrs. Gildea";
  // eval:pdnc-credits right credits supported 17,564 → 17,561, wrong ones 1,453 either way.)
  // "Mr. Whitney" beside Frank Whitney, his nephew (Ragged Dick): the book names them side by side as
  // two ("following Mr. Whitney and Frank"), which it does not do with one person's two names; the
  // credit is not taken for the other (probe round AF112: "Mr. Whitney" on "said Frank" supported).
  // eval:pdnc-credits: wrong credits supported 1,462 → 1,453, right ones unchanged. (Also one
  // speaking to the other by name: right supported 17,564 → 17,016, the model's addressees and
  // mentions join a split's halves too often.)
  const together = ctx.together;
  if (together && together.namedTogether(k, s) > 0) return null;
  // "— Charles Musgrove" on "cried Charles Hayter": the writer's family name is not the book
  // speaker's, whatever given name they share (probe round AE27: a wrong credit supported).
  const writtenFamily = parseName(written).surname;
  const bookFamilies = families(s);
  if (writtenFamily && bookFamilies.length > 0 && !bookFamilies.includes(writtenFamily)) return null;
  // "Mr. Emerson" beside George Emerson, where the book prints "old Mr. Emerson" and "young Mr.
  // Emerson": a father and son, not one man the model split (probe AB2). Which of them a writer's
  // "Mr. Emerson" means is open.
  const aged = ctx.together?.agedMenPrinted;
  if (aged && families(k).some((f) => families(s).includes(f) && aged(f) >= AGED_MEN_MIN)) return null;
  // "Mr. Ablewhite" beside Godfrey Ablewhite, whom the book calls "Mr. Godfrey": a title on the given
  // name sets him apart from the family's plain "Mr." (his father; the eldest son or daughter: "Miss
  // Dashwood" beside "Miss Marianne"). Probe AC2. Either way round: a writer's plain "Mr Clare" is
  // not the son the book calls "Mr. Angel" (probe round AD13). And "Mrs. Miller" beside the woman the
  // book calls "Miss Gertrude", Gertrude Miller: the family's married woman is her mother (Clotelle,
  // probe round AF183: three credits swapped between them were supported).
  const plainBesideTitledGiven = (plain: Person, titled: Person) =>
    familyOnly(plain) &&
    PLAIN_BESIDE_GIVEN.some(
      ([onPlain, onGiven]) => hasTitleClass(plain, onPlain) && titledByGivenName(titled, onGiven, ctx),
    );
  if (plainBesideTitledGiven(s, k) || plainBesideTitledGiven(k, s)) return null;
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

/**
 * The book calls the person by a title of this class on the given name alone ("Mr. Godfrey", "Miss
 * Marianne"), under this name or another of the cast's that may be theirs (the model may keep "Mr.
 * Godfrey" apart): the cast's only others with that given name are so called. (Not Hard Times' "Mr.
 * Thomas", young Tom, where the father is a Thomas Gradgrind too: PDNC's credits lost 171 right
 * supports to that.)
 */
function titledByGivenName(p: Person, cls: 'male' | 'unmarried', ctx: AttributeContext): boolean {
  const given = new Set(givens(p));
  if (given.size === 0) return false;
  // Only the everyday titles ("Sir Walter" is a baronet's rank on his given name, whoever else is a
  // Walter), however the title's one word was parsed ("Mr. Godfrey" reads as a family name).
  const onGiven = (q: Person) =>
    q.names.some(
      (n) =>
        n.titleClass === cls &&
        CIVIL.has(n.titles[0] ?? '') &&
        n.words.length === 1 &&
        given.has(n.words[0]!),
    );
  if (onGiven(p)) return true;
  const others = ctx.cast.characters
    .filter((c) => c.id !== p.id)
    .map((c) => personOf(c, ctx.cast))
    .filter((q) =>
      q.names.some((n) => (n.given !== null || n.words.length === 1) && given.has(n.given ?? n.words[0]!)),
    );
  return others.length > 0 && others.every(onGiven);
}
