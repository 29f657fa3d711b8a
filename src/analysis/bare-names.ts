import {
  ADDRESS_TITLES_ALONE,
  GIVEN_NAME_TITLES,
  HONORIFICS,
  NICKNAME_ROOTS,
  PLACE_NOUNS,
  RANKS_ALONE,
} from '../lexicon.js';
import type { Clustering } from './clustering.js';
import { compatible, type Entity, mergeInto } from './entity.js';
import { isClippedPetForm, isOnlyPetFormOf } from './given-names.js';
import { isHusbandsName } from './married-names.js';
import { type FormStats, isSaintsName } from './names.js';

/**
 * Steps 3 to 5 of clusterNames (characters.ts): the bare single names ("Darcy", "Lizzy", "Tom",
 * "the Major") join the cluster a reader takes them for, or make one of their own; then a nickname
 * cluster joins the one given-name cluster it shortens, and an epithet name its short form. Steps 1
 * and 2 (full-names.ts, titled-names.ts) have built the clusters these read.
 */

/** …when that person is named with the rank at least this many times as often as all others of it. */
const TITLE_ALONE_DOMINANCE = 3;
/**
 * Pronoun votes (names.ts, collectFormStats) a bare family name needs, twice the other gender's, to be
 * read as a woman's rather than the family's man's.
 */
const BARE_NAME_VOTES = 3;
/** …and to be read as a married woman's ("Mrs. Hanson"), whom a book names by her title. */
const MARRIED_BARE_NAME_VOTES = 3 * BARE_NAME_VOTES;
/** A man of the family named with the family name fewer times than this is no candidate for it alone. */
const FAMILY_MEMBER_MIN = 5;
/** A bare word is a family name, not someone's given name, when the book uses it so this many times as often. */
const FAMILY_NAME_DOMINANCE = 5;

/** Step 3: each bare single name, most often printed first. */
export function joinBareNames(c: Clustering, forms: readonly FormStats[]): void {
  const {
    entities,
    statsOf,
    sorted,
    add,
    byGiven,
    bySurname,
    countWithWord,
    pronounGender,
    effectiveGender,
    genderOfForm,
  } = c;
  // "the Major" when the book has a Major Callendar: the one man of that rank it names, if it names the
  // others of that rank far less often. Narration counts: an "Admiral Baldwin" only talked of is no rival.
  const titleAloneOwner = (word: string): Entity | null => {
    const title = HONORIFICS.get(word.toLowerCase())?.canonical;
    const address = title !== undefined && ADDRESS_TITLES_ALONE.has(title);
    if (!title || !(RANKS_ALONE.has(title) || address)) return null;
    const withTitle = (e: Entity) =>
      [...e.forms]
        .filter((x) => statsOf.get(x)?.honorific === title)
        .reduce((n, x) => n + (statsOf.get(x)?.count ?? 0) - (statsOf.get(x)?.quoted ?? 0), 0);
    const ranked = [...entities.values()]
      .map((e) => ({ e, n: withTitle(e) }))
      .filter((r) => r.n > 0)
      .sort((a, b) => b.n - a.n);
    if (ranked.length === 0) return null;
    if (address) return ranked.length === 1 ? ranked[0]!.e : null;
    const rest = ranked.slice(1).reduce((n, r) => n + r.n, 0);
    return ranked[0]!.n >= TITLE_ALONE_DOMINANCE * rest ? ranked[0]!.e : null;
  };
  // How often each word is printed as a family name: last of several words, or after a title.
  const familyUse = new Map<string, number>();
  for (const o of forms) {
    const last = o.words[o.words.length - 1]!;
    // ("Mr. St. John" reads the saint's name as a given name: see politeGiven in characters.ts.)
    if (isHusbandsName(o) || isSaintsName(last)) continue;
    if (o.words.length > 1 ? o.words[0] !== last : o.honorific !== null)
      familyUse.set(last, (familyUse.get(last) ?? 0) + o.count);
  }
  for (const f of sorted) {
    if (f.words.length !== 1 || f.honorific) continue;
    const w = f.words[0]!;
    if (PLACE_NOUNS.has(w.toLowerCase())) continue;
    const g = genderOfForm(f);
    let direct = [...entities.values()].filter((e) => e.given === w && compatible(e.titleGender, g));
    // "Huck" when "Huck Finn" has joined Huckleberry Finn: the one person with a full name opening so.
    if (direct.length === 0) {
      const viaForm = [...entities.values()].filter(
        (e) =>
          compatible(e.titleGender, g) &&
          [...e.forms].some((x) => {
            const st = statsOf.get(x);
            return st !== undefined && !st.honorific && st.words.length >= 2 && st.words[0] === w;
          }),
      );
      if (viaForm.length === 1) direct = viaForm;
    }
    // "Archer" in a book of Newland Archer, Mr. Archer and Mrs. Archer is the family name, not the
    // given name of the "Archer Madeira" served twice: the word is far more often the family's. So
    // with several such: Middlemarch's "Bulstrode" (254 times a family name) is not the given name of
    // a misread "Mr. Bulstrode God" nor of "Aunt Bulstrode".
    const givenRarely = (e: Entity) =>
      (familyUse.get(w) ?? 0) >= FAMILY_NAME_DOMINANCE * countWithWord(e, w) &&
      (e.key.startsWith('full|') || direct.length > 1);
    if (direct.length > 0 && direct.every(givenRarely)) direct = [];
    // "Fitzwilliam": both Fitzwilliam Darcy's given name and Colonel Fitzwilliam's family name; the
    // more often named of the two. Of several titled clusters of the family, the one named far most
    // often ("Heathcliff" is Mr. Heathcliff's, 123 times, not his son's as "Master Heathcliff" nor
    // Mrs. Heathcliff's, 22).
    const countWith = (e: Entity) => countWithWord(e, w);
    const titledFamily = bySurname(w)
      .filter((e) => !e.key.startsWith('full|'))
      .sort((a, b) => countWith(b) - countWith(a));
    const titledRest = titledFamily.slice(1).reduce((n, e) => n + countWith(e), 0);
    if (
      direct.length === 1 &&
      titledFamily.length > 0 &&
      countWith(titledFamily[0]!) >= TITLE_ALONE_DOMINANCE * titledRest &&
      countWith(titledFamily[0]!) > countWith(direct[0]!)
    ) {
      add(titledFamily[0]!.key, f, null, w);
      continue;
    }
    // "Tom" is Tom Bertram, not the Tom Oliver named once in passing.
    const entityCount = (e: Entity) => [...e.forms].reduce((n, x) => n + (statsOf.get(x)?.count ?? 0), 0);
    const byCount = [...direct].sort((a, b) => entityCount(b) - entityCount(a));
    // Only when every name of that cluster spells the given name so: "Tom" may not be the "Thomas
    // Gradgrind" his father shares a cluster with.
    const spelledOnlySo = (e: Entity) =>
      [...e.forms].every((x) => {
        const st = statsOf.get(x);
        return !st || st.words.length < 2 || st.words[0] === w;
      });
    if (
      direct.length > 1 &&
      entityCount(byCount[0]!) >= 5 * entityCount(byCount[1]!) &&
      entityCount(byCount[1]!) <= 2 &&
      spelledOnlySo(byCount[0]!)
    ) {
      add(byCount[0]!.key, f, w, null);
      continue;
    }
    if (direct.length === 1) {
      add(direct[0]!.key, f, w, null);
      continue;
    }
    // Several people share the given name ("Charles Hayter", "Charles Musgrove"). Whoever the book
    // calls by the family name alone ("Beaver") or with a title and given name ("Sir John") is not
    // the one it calls "John"; of the rest, the book spells out the full name of the one who is not
    // the plain "Charles" far more often.
    if (direct.length > 1) {
      const plain = direct.filter(
        (e) =>
          e.key.startsWith('full|') &&
          !e.ranked &&
          countWithWord(e, w) >= 3 &&
          spelledOnlySo(e) &&
          !(e.surname && (statsOf.get(e.surname)?.count ?? 0) >= Math.max(5, 2 * countWithWord(e, w))) &&
          ![...e.forms].some((x) => {
            const st = statsOf.get(x);
            return (
              st?.honorific &&
              GIVEN_NAME_TITLES.has(st.honorific) &&
              st.words.length === 1 &&
              st.words[0] === w
            );
          }),
      );
      const fullCount = (e: Entity) => countWithWord(e, w);
      const byFull = [...plain].sort((a, b) => fullCount(a) - fullCount(b));
      const pick =
        plain.length === 1
          ? plain[0]!
          : plain.length === 2 && fullCount(byFull[1]!) >= 2 * fullCount(byFull[0]!)
            ? byFull[0]!
            : null;
      // ("Master John", "Cousin Charles" stay clusters of their own.)
      if (pick) {
        add(pick.key, f, w, null);
        continue;
      }
    }
    // (Tried: with several of that given name, the one named far more often. It pulled "George" into
    // a cluster already holding his father "Mr. Emerson"; measured worse.)
    const family = bySurname(w);
    if (family.length > 0 && direct.length === 0) {
      // A bare family name usually means the man of the family ("Darcy", "Bingley").
      // With several men of the family, the one named most often ("Archer" is Newland Archer, not his father).
      // But the pronouns after the bare name may say it is a woman's: David Copperfield's nurse
      // "Peggotty" is not her brother Mr. Peggotty (Mansfield Park's "aunt Norris" is Mrs. Norris).
      const sheByPronouns = f.femaleVotes >= BARE_NAME_VOTES && f.femaleVotes >= 2 * f.maleVotes;
      const allMen = family
        .filter((e) => e.titleGender === 'male' || pronounGender(e) === 'male')
        .sort((a, b) => countWithWord(b, w) - countWithWord(a, w));
      // Not the son the book calls "Paul": the narration's "Morel" is his father (named with the
      // family name a few times at least: Winnie-the-Pooh's "Edward Bear", once, is no "Bear").
      const notByGiven = allMen.filter(
        (e) => !c.knownByGivenName(e) && countWithWord(e, w) >= FAMILY_MEMBER_MIN,
      );
      const men = notByGiven.length > 0 ? notByGiven : allMen;
      const women = family
        .filter((e) => e.titleGender === 'female' || pronounGender(e) === 'female')
        .sort((a, b) => countWithWord(b, w) - countWithWord(a, w));
      // A married woman is "Mrs. Hanson", hardly ever "Hanson": her family name alone is hers only on
      // strong evidence, never for want of another Hanson (Sister Carrie's "Hanson", 44 times, is her
      // husband, three "she"s against one "he" after it being the wife and her sister in the same
      // sentences; The Turn of the Screw's "Griffin put in" is Mrs. Griffin's husband).
      const marriedWoman = (e: Entity) => e.married && !e.unmarried && !allMen.includes(e);
      const votesFor = (e: Entity) => (marriedWoman(e) ? MARRIED_BARE_NAME_VOTES : BARE_NAME_VOTES);
      const pickOf = (): Entity | null => {
        if (sheByPronouns) {
          const woman = women.length === 1 ? women[0]! : null;
          return woman && f.femaleVotes >= votesFor(woman) ? woman : null;
        }
        if (men.length > 0) return men[0]!;
        return family.length === 1 && !marriedWoman(family[0]!) ? family[0]! : null;
      };
      const pick = pickOf();
      if (pick) {
        add(pick.key, f, null, w);
        continue;
      }
    }
    // "Molly" shortens Mary, not Polly (another nickname of Mary, another person).
    const viaNickname = byGiven(w, g).filter(
      (e) =>
        !e.ranked &&
        c.givenKey(w) !== w.toLowerCase() &&
        e.given !== null &&
        e.given.toLowerCase() === c.givenKey(w),
    );
    if (direct.length === 0 && viaNickname.length === 1) {
      add(viaNickname[0]!.key, f, null, null);
      continue;
    }
    // "Francis" in a book of Frank Oakley, "Louisa" beside "Loo Bounderby": a full given name nobody
    // bears goes to the one person known by a pet form of it (nickname-full-name).
    const viaFullName = [...entities.values()].filter(
      (e) =>
        !e.ranked &&
        e.key.startsWith('full|') &&
        e.given !== null &&
        isOnlyPetFormOf(e.given, w) &&
        !c.namedApart.has(e.given.toLowerCase()) &&
        compatible(effectiveGender(e), g),
    );
    if (direct.length === 0 && viaFullName.length === 1) {
      add(viaFullName[0]!.key, f, w, null);
      continue;
    }
    const titled = titleAloneOwner(w);
    if (titled) {
      add(titled.key, f, null, null);
      continue;
    }
    add(`bare|${w}`, f, w, null);
  }
}

/** Step 4: a nickname cluster of its own ("Lizzy") joins the one given-name cluster it shortens. */
export function joinNicknameClusters(c: Clustering): void {
  const { entities, formToKey } = c;
  for (const [key, e] of [...entities]) {
    if (!key.startsWith('bare|') || !e.given) continue;
    const canon = c.givenKey(e.given);
    if (canon === e.given.toLowerCase()) continue;
    const targets = [...entities.values()].filter(
      (o) =>
        o !== e &&
        o.given !== null &&
        o.given.toLowerCase() === canon &&
        !o.ranked &&
        compatible(o.titleGender, e.titleGender),
    );
    if (targets.length === 1) {
      mergeInto(entities, formToKey, e, targets[0]!);
      continue;
    }
    // "Hetty" shortens Henrietta, Hester or Esther: the one person the book gives any of them.
    const roots = NICKNAME_ROOTS.get(e.given.toLowerCase()) ?? [];
    const anyRoot = [...entities.values()].filter(
      (o) =>
        o !== e &&
        o.given !== null &&
        roots.includes(o.given.toLowerCase()) &&
        !o.ranked &&
        compatible(o.titleGender, e.titleGender),
    );
    if (targets.length === 0 && roots.length > 1 && anyRoot.length === 1) {
      mergeInto(entities, formToKey, e, anyRoot[0]!);
      continue;
    }
    // "Kit" beside "Kitty Hamilton": a clipped spelling of the one person's pet name (nickname-clipped).
    const clipped = [...entities.values()].filter(
      (o) =>
        o !== e &&
        o.given !== null &&
        !o.ranked &&
        isClippedPetForm(e.given!, o.given) &&
        !c.namedApart.has(e.given!.toLowerCase()) &&
        !c.namedApart.has(o.given.toLowerCase()) &&
        compatible(o.titleGender, e.titleGender),
    );
    if (targets.length === 0 && clipped.length === 1) mergeInto(entities, formToKey, e, clipped[0]!);
  }
}

/**
 * A name that is a given name and an epithet joined by hyphens ("Winnie-the-Pooh", "Jack-the-Giant")
 * names the one person the book also calls by the epithet's last word alone ("Pooh"): a reader takes
 * the long form for the full name. Only "the" between them: "Jean-Paul" is not "Paul".
 */
const EPITHET_NAME = /^\p{Lu}[\p{L}']*-the-(?:\p{L}+-)*(\p{Lu}[\p{L}']*)$/u;

/** Step 5: an epithet name's cluster joins the one cluster of its last word ("Pooh"). */
export function joinEpithetNames(c: Clustering): void {
  const { entities, formToKey } = c;
  for (const [key, e] of [...entities]) {
    if (!key.startsWith('bare|') || !e.given) continue;
    const last = EPITHET_NAME.exec(e.given)?.[1];
    if (!last) continue;
    const owners = [...entities.values()].filter(
      (o) => o !== e && o.forms.has(last) && compatible(o.titleGender, e.titleGender),
    );
    if (owners.length === 1) mergeInto(entities, formToKey, e, owners[0]!);
  }
}
