import {
  CIVIL_TITLES,
  type Gender,
  GIVEN_NAME_GENDER,
  GIVEN_NAME_TITLES,
  HONORIFICS,
  RANKS_ALONE,
} from '../lexicon.js';
import { type Clustering, titleGender } from './clustering.js';
import { plainMissIsNoneOf } from './eldest-daughter.js';
import { compatible, type Entity, mergeInto } from './entity.js';
import { isHusbandsName } from './married-names.js';
import { type FormStats, isSaintsName } from './names.js';

/**
 * Step 2 of clusterNames (characters.ts): a title and one word, which is a family name ("Mr. Bennet")
 * or, after some titles, a given name ("Sir William", "Miss Lucilla"). Each such form, most often
 * printed first, joins the cluster of the person a reader takes it for, or makes one of its own.
 */

/** "Miss X" between two women of the family goes to the one named at least this many times as often. */
const MISS_DOMINANCE = 10;
/**
 * "Dr. X", "Farmer X" (a title of either sex) between several people of the family goes to the one
 * named with the family name at least this many times as often as all the others together.
 */
const UNKNOWN_TITLE_DOMINANCE = 10;

/** What the book says elsewhere that step 2 needs (cast.ts reads each from the text). */
export interface TitledNameHints {
  /** Forms the book qualifies by age ("old Mr. Emerson"): two people share that title and name. */
  ageQualified: ReadonlySet<string>;
  /** Families the book speaks of as "the Miss Bennets" (eldest-daughter.ts `sisterFamilies`). */
  daughtersOf: ReadonlySet<string>;
  /** "Mr. Peggotty and Ham": given names listed beside a family's "Mr." (given-names.ts `givenNamesListedApartFromMr`). */
  listedApartFromMr: ReadonlySet<string>;
}

/** The cluster a form joins, and the given or family name it shows there. */
interface Placement {
  key: string;
  given: string | null;
  surname: string | null;
}

/** One title + word form, with what step 2 knows of the book around it. */
interface TitledForm {
  f: FormStats;
  /** The title: never null here. */
  honorific: string;
  /** The one word after the title. */
  w: string;
  /** The gender the title gives. */
  g: Gender;
  hints: TitledNameHints;
  /** Given names the book puts after "Master" alone ("Master Frederick"): a son of the family. */
  masterGivens: ReadonlySet<string>;
}

/** Step 2: each title + one word form, most often printed first. */
export function placeTitledNames(c: Clustering, hints: TitledNameHints): void {
  const masterGivens = new Set(
    c.sorted
      .filter((o) => o.honorific === 'Master' && o.words.length === 1)
      .map((o) => c.givenKey(o.words[0]!)),
  );
  for (const f of c.sorted) {
    if (f.words.length !== 1 || !f.honorific) continue;
    const w = f.words[0]!;
    // "Mr. Sergeant", "Mr. Inspector": a rank addressed politely, no family called Sergeant (The
    // Moonstone's one "Mr. Sergeant" made a family of the 200 "the Sergeant"s, apart from Sergeant
    // Cuff). The rank alone joins its one holder (bare-names.ts).
    if (CIVIL_TITLES.has(f.honorific) && RANKS_ALONE.has(HONORIFICS.get(w.toLowerCase())?.canonical ?? ''))
      continue;
    const t: TitledForm = { f, honorific: f.honorific, w, g: titleGender(f.honorific), hints, masterGivens };
    // Her own person, named by no given name or family name of hers.
    const placed: Placement = isHusbandsName(f)
      ? { key: `wife-of|${w}`, given: null, surname: null }
      : (asGivenName(c, t) ?? asFamilyName(c, t));
    c.add(placed.key, f, placed.given, placed.surname);
  }
}

/** The form read as a given name after its title ("Sir Walter", "Miss Lucilla"), or null. */
function asGivenName(c: Clustering, t: TitledForm): Placement | null {
  const { f, honorific, w, g } = t;
  const sameSpelling = c.byGiven(w, g).filter((e) => e.given === w);
  const givenCandidates = sameSpelling.length > 0 ? sameSpelling : c.byGiven(w, g);
  // "Sir Walter", "Lady Catherine": a given name; "Lady Russell": a family name. Titles of rank
  // take either, so the word decides: a known given name, and no family of that name. So does the
  // old "Mistress" ("Mistress Mary" in The Secret Garden, "Mistress Prynne" in The Scarlet Letter).
  const rankTitle =
    honorific === 'Lady' ||
    honorific === 'Sir' ||
    honorific === 'Lord' ||
    honorific === 'Dame' ||
    honorific === 'Mistress';
  // A family of that name, unless a name said once makes it: "It was Rose Lucilla specially came to
  // visit" (Rose, whom Lucilla came to visit) makes no family Lucilla when the book names a Lucilla
  // Marjoribanks more than once: "Miss Lucilla" is she.
  const givenInFull = givenCandidates.some(
    (e) => e.surname !== null && e.surname !== w && c.countWithWord(e, w) >= 2,
  );
  const families = c.bySurname(w).filter((e) => !givenInFull || c.countWithWord(e, w) >= 2);
  const givenLike =
    families.length === 0 && (GIVEN_NAME_GENDER.has(w.toLowerCase()) || givenCandidates.length > 0);
  // "Master Silver" when the book has a John Silver: a boy's title before a family name the book
  // gives in full, not a given name ("Master Copperfield"; "Master Davy" stays a given name). Which
  // man of the family it is, the family rule below decides (Far from the Madding Crowd has a
  // Gabriel Oak and misprinted "Gable Oak" and "Shepard Oak").
  const mastersFamily =
    honorific === 'Master' &&
    !GIVEN_NAME_GENDER.has(w.toLowerCase()) &&
    c.bySurname(w).some((e) => e.key.startsWith('full|') && compatible(c.effectiveGender(e), 'male'));
  const isGiven =
    (GIVEN_NAME_TITLES.has(honorific) && (!rankTitle || givenLike) && !mastersFamily) ||
    (givenCandidates.length > 0 &&
      families.length === 0 &&
      (honorific === 'Miss' || honorific === 'Mademoiselle'));
  // "Mr. Lawrence" when the book has a Lawrence Cavendish and no family called Lawrence — but not
  // "Colonel Fitzwilliam" (a rank takes a family name) nor a title form used more than the given name.
  const politeGiven =
    ['Mr.', 'Mrs.', 'Miss', 'Monsieur', 'Madame', 'Mademoiselle', 'Master'].includes(honorific) &&
    families.length === 0 &&
    givenCandidates.length === 1 &&
    // ("Mr. St. John": a saint's name is a given name whenever no family bears it.)
    (c.countWithWord(givenCandidates[0]!, w) >= f.count || isSaintsName(w));
  if ((isGiven || politeGiven) && givenCandidates.length === 1)
    return { key: givenCandidates[0]!.key, given: w, surname: null };
  // "Sir William" between Sir William Lucas and Mr. William Collins: the one the book gives that rank.
  const ranked = rankTitle
    ? givenCandidates.filter((e) => [...e.forms].some((x) => c.statsOf.get(x)?.honorific === honorific))
    : [];
  if (isGiven && ranked.length === 1) return { key: ranked[0]!.key, given: w, surname: null };
  // "Mlle. Blanche" when the book has both a "Blanche de Cominges" and a "Blanche du Placet": still a
  // given name, not a family called Blanche.
  if (isGiven && (GIVEN_NAME_TITLES.has(honorific) || givenCandidates.length > 1))
    return { key: `given|${c.givenKey(w)}|${g}`, given: w, surname: null };
  return null;
}

/**
 * The form read as a family name: the one person of that family it names, else a cluster of its own
 * keyed by the family name and the status its title gives ("General Tilney", "Miss Dashwood").
 */
function asFamilyName(c: Clustering, t: TitledForm): Placement {
  const { f, honorific, w, g, hints } = t;
  const of = (e: Entity): Placement => ({ key: e.key, given: null, surname: w });
  // Family name: join the one full-named person of that family with the same gender and status.
  const family = c.bySurname(w).filter(
    (e) =>
      e.key.startsWith('full|') &&
      // "Maurice Oakley" has no title, but "he": a second man of the family for "Mr. Oakley".
      c.effectiveGender(e) !== 'unknown' &&
      compatible(c.effectiveGender(e), g) &&
      !((honorific === 'Mrs.' || honorific === 'Lady') && !e.married) &&
      !(honorific === 'Miss' && e.married),
  );
  // (Tried: leaving out here too the men of the family the book calls by the given name —
  // "Mr. Morel" is Walter Morel, not Paul. Northanger Abbey's "Mr. Tilney" is Henry, whom the
  // narration calls "Henry": eval:speakers 18,100 → 17,976.)
  // (Tried: "Miss Dashwood" never joining a woman the book also calls "Miss Marianne" — the eldest
  // daughter takes the plain family name. Right in Austen, but dialogue uses "Miss Bennet" for
  // Elizabeth too, and an only daughter is both "Miss Kitty" and "Miss Hamilton": no net gain. Kept
  // where the book speaks of "the Miss Dashwoods", below.)
  // "Mrs. Cavendish" is the one woman of that family with a full name, if there is only one; so is
  // "Lady Blakeney" (The Scarlet Pimpernel's Marguerite Blakeney).
  // (Not a woman the book calls "Miss Gertrude": she is a daughter, and "Mrs. Miller" her mother,
  // Clotelle's Gertrude Miller; probe round AF183, where her lines supported credits to her mother.)
  const missByGiven = (e: Entity): boolean =>
    e.given !== null &&
    c.sorted.some((o) => o.honorific === 'Miss' && o.words.length === 1 && o.words[0] === e.given);
  const women = c
    .bySurname(w)
    .filter(
      (e) => e.key.startsWith('full|') && e.titleGender === 'female' && !e.unmarried && !missByGiven(e),
    );
  if (
    (honorific === 'Mrs.' || honorific === 'Lady') &&
    family.length === 0 &&
    women.length === 1 &&
    c.bySurname(w).filter((e) => e.titleGender === 'female').length === 1 &&
    // a "Miss Cavendish" in the book means a daughter, and "Mrs." is then her mother
    !c.sorted.some((o) => o.honorific === 'Miss' && o.words[o.words.length - 1] === w)
  )
    return of(women[0]!);
  // (Tried: keeping "Miss Steele" apart from Lucy Steele when the narration names both side by side,
  // the eldest sister taking the plain family name. More splits, no gain; "the Miss Steeles" is the
  // surer sign, kept just below. Tried too: "Mr. Bertram" as the one man of the family neither
  // ranked nor called "Mr. Edmund" — right for Tom Bertram, wrong for Henry Tilney, whose elder
  // brother is "Captain Tilney": net loss.)
  // "Miss Dashwood" among "the Miss Dashwoods" is not Marianne, whom the book calls "Miss Marianne".
  if (
    honorific === 'Miss' &&
    hints.daughtersOf.has(w) &&
    plainMissIsNoneOf(family, c.sorted, c.statsOf, c.givenKey)
  )
    return { key: `F-unmarried|${w}`, given: null, surname: w };
  // "Mr. Hale" is not Frederick Hale when the book calls Frederick "Master Frederick": a boy's
  // title on the son's given name keeps the family's plain "Mr." for his father. (Not "Mr. Philip":
  // Where Angels Fear to Tread's Philip is "Mr. Herriton" too, his father dead; PDNC's credits lost
  // 10 right supports to it.)
  // (Only a given name no one else bears: A Handful of Dust's "Master John" is John Andrew, not John
  // Beaver, who is "Mr. Beaver".)
  const calledByTitledGiven = (e: Entity): boolean =>
    e.given !== null && t.masterGivens.has(c.givenKey(e.given)) && c.byGiven(e.given, 'male').length === 1;
  // "Mr. Peggotty and Ham": the book lists the family's plain "Mr." beside the son's (or nephew's)
  // given name as another man.
  const listedApart = (e: Entity): boolean =>
    e.given !== null && hints.listedApartFromMr.has(`${e.given.toLowerCase()}|${w}`);
  const ageQualified = hints.ageQualified.has(f.form);
  if (
    family.length === 1 &&
    g !== 'unknown' &&
    !ageQualified &&
    !(honorific === 'Mr.' && (calledByTitledGiven(family[0]!) || listedApart(family[0]!)))
  )
    return of(family[0]!);
  // "Captain Tilney" between Henry Tilney and Captain Frederick Tilney: the one with that rank. (Not
  // "Miss Bertram" for the sister called "Miss Julia": the eldest is the plain "Miss Bertram".)
  const sameRank = family.filter((e) => [...e.forms].some((x) => c.statsOf.get(x)?.honorific === honorific));
  if (g === 'male' && !CIVIL_TITLES.has(honorific) && sameRank.length === 1 && !ageQualified)
    return of(sameRank[0]!);
  // (Tried: "Monsieur Poirot" joining Hercule Poirot, the one full-named person of the family, of
  // unknown gender, when no one of the other sex bears the name. One split fewer, 3 lines worse.)
  // "Miss Welland" between May Welland, named everywhere (as "May" mostly), and an Augusta Welland
  // named a few times: the daughter the book is about. (At 5 times as often, Persuasion's "Miss
  // Elliot" went to Anne; she is Elizabeth, the eldest, named a fifth as often as Anne.)
  const named = (e: Entity) =>
    [...e.forms].reduce((n, x) => n + (c.statsOf.get(x)?.count ?? 0), 0) +
    (e.given ? (c.statsOf.get(e.given)?.count ?? 0) : 0);
  const byNamed = [...family].sort((a, b) => named(b) - named(a));
  if (
    honorific === 'Miss' &&
    family.length === 2 &&
    named(byNamed[0]!) >= MISS_DOMINANCE * named(byNamed[1]!) &&
    !ageQualified
  )
    return of(byNamed[0]!);
  // "General Tilney", "Captain Tilney", "Mr. Tilney": a rank tells the men of one family apart.
  const status =
    honorific === 'Miss' || honorific === 'Mademoiselle'
      ? 'F-unmarried'
      : g === 'female'
        ? 'F-married'
        : g === 'male'
          ? CIVIL_TITLES.has(honorific)
            ? 'M'
            : `M|${honorific}`
          : 'U';
  return { key: `${status}|${w}`, given: null, surname: w };
}

/**
 * A title of unknown gender (Dr., Farmer) joins the one titled person of that family, or the one
 * named far most often with the family name (Gabriel Oak, not the misprinted "Gable Oak").
 */
export function joinUnknownTitles(c: Clustering): void {
  for (const [key, e] of [...c.entities]) {
    if (!key.startsWith('U|')) continue;
    const w = e.surname!;
    const others = c
      .bySurname(w)
      .filter((o) => o !== e)
      .sort((a, b) => c.countWithWord(b, w) - c.countWithWord(a, w));
    const rest = others.slice(1).reduce((n, o) => n + c.countWithWord(o, w), 0);
    // "Professor Porter" is the one of the family the book also gives that title in full
    // ("Professor Archimedes Q. Porter"), however often the others are named (Jane Porter).
    const titleOf = (form: string) => c.statsOf.get(form)?.honorific ?? null;
    const titles = new Set([...e.forms].map(titleOf).filter((t) => t !== null));
    const sameTitle = others.filter((o) =>
      [...o.forms].some((x) => {
        const t = titleOf(x);
        return t !== null && titles.has(t);
      }),
    );
    const owner =
      sameTitle.length === 1
        ? sameTitle[0]!
        : others.length > 0 &&
            (others.length === 1 || c.countWithWord(others[0]!, w) >= UNKNOWN_TITLE_DOMINANCE * rest)
          ? others[0]!
          : null;
    // …unless pronouns say otherwise: "Dr. Grant … he" is not Mrs. Grant.
    if (owner && compatible(c.pronounGender(e), c.effectiveGender(owner)))
      mergeInto(c.entities, c.formToKey, e, owner);
  }
}
