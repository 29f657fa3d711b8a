import {
  ADDRESS_TITLES_ALONE,
  CIVIL_TITLES,
  type Gender,
  GIVEN_NAME_GENDER,
  GIVEN_NAME_TITLES,
  HONORIFICS,
  PLACE_NOUNS,
  RANK_TITLES,
  RANKS_ALONE,
} from '../lexicon.js';
import { type Entity, joinClippedFullNames, mergeInto } from './entity.js';
import { canonicalGiven, isClippedPetForm, isOnlyPetFormOf } from './given-names.js';
import { isHusbandsName } from './married-names.js';
import type { FormStats, NameOccurrence } from './names.js';

/** "Miss X" between two women of the family goes to the one named at least this many times as often. */
const MISS_DOMINANCE = 10;
/** …when that person is named with the rank at least this many times as often as all others of it. */
const TITLE_ALONE_DOMINANCE = 3;
/** A bare word is a family name, not someone's given name, when the book uses it so this many times as often. */
const FAMILY_NAME_DOMINANCE = 5;

function titleGender(honorific: string | null): Gender {
  if (!honorific) return 'unknown';
  return HONORIFICS.get(honorific.toLowerCase().replace(/\.$/, ''))?.gender ?? 'unknown';
}

function compatible(a: Gender, b: Gender): boolean {
  return a === 'unknown' || b === 'unknown' || a === b;
}

/**
 * Put the printed names of the book into clusters, one per person, the way a reader does:
 * full names first ("Elizabeth Bennet"), then title + family name ("Mr. Bennet" and "Mrs. Bennet"
 * are two people; "Mr. Darcy" joins "Fitzwilliam Darcy"), then title + given name ("Sir William"),
 * then bare names ("Darcy" → the Mr. Darcy; "Lizzy" → Elizabeth through the nickname table).
 * Returns the clusters and a map form → cluster key.
 */
export function clusterNames(
  forms: readonly FormStats[],
  /** Forms the book qualifies by age ("old Mr. Emerson"): two people share that title and name. */
  ageQualified: ReadonlySet<string> = new Set(),
): {
  entities: Map<string, Entity>;
  formToKey: Map<string, string>;
} {
  const entities = new Map<string, Entity>();
  const formToKey = new Map<string, string>();
  const genderOfForm = (f: FormStats): Gender => {
    const g = titleGender(f.honorific);
    if (g !== 'unknown') return g;
    // Pronoun votes are too noisy to keep two names apart; only titles and given names count here.
    return GIVEN_NAME_GENDER.get(f.words[0]!.toLowerCase()) ?? 'unknown';
  };
  const add = (key: string, f: FormStats, given: string | null, surname: string | null): Entity => {
    let e = entities.get(key);
    if (!e) {
      e = {
        key,
        given,
        surname,
        titleGender: 'unknown',
        married: false,
        unmarried: false,
        ranked: false,
        forms: new Set(),
      };
      entities.set(key, e);
    }
    e.forms.add(f.form);
    formToKey.set(f.form, key);
    const g = genderOfForm(f);
    if (e.titleGender === 'unknown') e.titleGender = g;
    if (f.honorific === 'Mrs.' || f.honorific === 'Lady' || f.honorific === 'Madame') e.married = true;
    if (f.honorific === 'Miss' || f.honorific === 'Mademoiselle') e.unmarried = true;
    if (f.honorific && RANK_TITLES.has(f.honorific)) e.ranked = true;
    if (!e.given && given) e.given = given;
    return e;
  };
  const byGiven = (given: string, g: Gender): Entity[] =>
    [...entities.values()].filter(
      (e) =>
        e.given !== null && canonicalGiven(e.given) === canonicalGiven(given) && compatible(e.titleGender, g),
    );
  const bySurname = (surname: string): Entity[] =>
    [...entities.values()].filter((e) => e.surname === surname);

  const statsOf = new Map(forms.map((f) => [f.form, f]));
  /** How often the entity is named with this word in the name ("Archer" in "Newland Archer", "Mr. Archer"). */
  const countWithWord = (e: Entity, w: string): number =>
    [...e.forms]
      .filter((x) => x.split(' ').includes(w))
      .reduce((n, x) => n + (statsOf.get(x)?.count ?? 0), 0);
  const pronounGender = (e: Entity): Gender => {
    let male = 0;
    let female = 0;
    // "Cyril Fielding" is rarely a sentence's subject, "Cyril" often: the bare given name votes too,
    // before step 3 has joined it to the cluster.
    const forms = new Set(e.forms);
    if (e.given && e.key.startsWith('full|') && statsOf.has(e.given)) forms.add(e.given);
    for (const f of forms) {
      male += statsOf.get(f)?.maleVotes ?? 0;
      female += statsOf.get(f)?.femaleVotes ?? 0;
    }
    return male >= 2 && male >= 2 * female
      ? 'male'
      : female >= 2 && female >= 2 * male
        ? 'female'
        : 'unknown';
  };
  const effectiveGender = (e: Entity): Gender =>
    e.titleGender !== 'unknown' ? e.titleGender : pronounGender(e);
  const sorted = [...forms].sort((a, b) => b.count - a.count);
  const rankedGiven = new Map<string, Set<string>>();
  for (const f of sorted) {
    if (f.words.length < 2 || !f.honorific || !RANK_TITLES.has(f.honorific)) continue;
    const key = `${canonicalGiven(f.words[0]!)}|${f.words[f.words.length - 1]!}`;
    rankedGiven.set(key, (rankedGiven.get(key) ?? new Set()).add(f.words[0]!.toLowerCase()));
  }
  // 1. Full names: given + family name, with or without a title.
  for (const f of sorted) {
    if (f.words.length < 2) continue;
    const given = f.words[0]!;
    const surname = f.words[f.words.length - 1]!;
    if (f.honorific === 'Mrs.' && GIVEN_NAME_GENDER.get(given.toLowerCase()) !== 'female') {
      // "Mrs. Charles Musgrove" is the wife of Charles Musgrove; keep her apart.
      add(`F-married|${f.words.join(' ')}`, f, null, surname);
      continue;
    }
    const base = `${canonicalGiven(given)}|${surname}`;
    const rankedSpellings = rankedGiven.get(base);
    // "Sir Thomas Bertram" and "Tom Bertram" are father and son: another spelling of a given name that
    // the book gives a rank title to is another person.
    const otherSpelling =
      rankedSpellings !== undefined &&
      !rankedSpellings.has(given.toLowerCase()) &&
      !(f.honorific && RANK_TITLES.has(f.honorific));
    add(
      otherSpelling ? `full|${given.toLowerCase()}|${surname}|spelling` : `full|${base}`,
      f,
      given,
      surname,
    );
  }
  joinClippedFullNames(entities, formToKey, effectiveGender);
  // "Princess Abdul Akbar" (and "Abdul Akbar") is Jenny Abdul Akbar: a title before a family name of
  // several words, whose first word is no known given name, joins the one full name ending with them.
  for (const f of sorted) {
    if (!f.honorific || f.words.length < 2 || GIVEN_NAME_GENDER.has(f.words[0]!.toLowerCase())) continue;
    const from = entities.get(formToKey.get(f.form) ?? '');
    const tail = f.words.join(' ');
    if (!from || [...from.forms].some((x) => statsOf.get(x)?.words.join(' ') !== tail)) continue;
    const owners = [...entities.values()].filter(
      (e) =>
        e !== from &&
        compatible(e.titleGender, from.titleGender) &&
        [...e.forms].some((x) => {
          const st = statsOf.get(x);
          return (
            st !== undefined && st.words.length === f.words.length + 1 && st.words.slice(1).join(' ') === tail
          );
        }),
    );
    if (owners.length === 1) mergeInto(entities, formToKey, from, owners[0]!);
  }
  // 2. Title + one word: a family name ("Mr. Bennet") or, after some titles, a given name ("Sir William").
  for (const f of sorted) {
    if (f.words.length !== 1 || !f.honorific) continue;
    const w = f.words[0]!;
    const g = titleGender(f.honorific);
    const sameSpelling = byGiven(w, g).filter((e) => e.given === w);
    const givenCandidates = sameSpelling.length > 0 ? sameSpelling : byGiven(w, g);
    // "Sir Walter", "Lady Catherine": a given name; "Lady Russell": a family name. Titles of rank
    // take either, so the word decides: a known given name, and no family of that name.
    const rankTitle =
      f.honorific === 'Lady' || f.honorific === 'Sir' || f.honorific === 'Lord' || f.honorific === 'Dame';
    const givenLike =
      bySurname(w).length === 0 && (GIVEN_NAME_GENDER.has(w.toLowerCase()) || givenCandidates.length > 0);
    if (isHusbandsName(f)) {
      // Her own person, named by no given name or family name of hers.
      add(`wife-of|${w}`, f, null, null);
      continue;
    }
    const isGiven =
      (GIVEN_NAME_TITLES.has(f.honorific) && (!rankTitle || givenLike)) ||
      (givenCandidates.length > 0 &&
        bySurname(w).length === 0 &&
        (f.honorific === 'Miss' || f.honorific === 'Mademoiselle'));
    // "Mr. Lawrence" when the book has a Lawrence Cavendish and no family called Lawrence — but not
    // "Colonel Fitzwilliam" (a rank takes a family name) nor a title form used more than the given name.
    const politeGiven =
      ['Mr.', 'Mrs.', 'Miss', 'Monsieur', 'Madame', 'Mademoiselle', 'Master'].includes(f.honorific) &&
      bySurname(w).length === 0 &&
      givenCandidates.length === 1 &&
      countWithWord(givenCandidates[0]!, w) >= f.count;
    if ((isGiven || politeGiven) && givenCandidates.length === 1) {
      add(givenCandidates[0]!.key, f, w, null);
      continue;
    }
    // "Mlle. Blanche" when the book has both a "Blanche de Cominges" and a "Blanche du Placet": still a
    // given name, not a family called Blanche.
    if (isGiven && (GIVEN_NAME_TITLES.has(f.honorific) || givenCandidates.length > 1)) {
      add(`given|${canonicalGiven(w)}|${g}`, f, w, null);
      continue;
    }
    // Family name: join the one full-named person of that family with the same gender and status.
    const family = bySurname(w).filter(
      (e) =>
        e.key.startsWith('full|') &&
        // "Maurice Oakley" has no title, but "he": a second man of the family for "Mr. Oakley".
        effectiveGender(e) !== 'unknown' &&
        compatible(effectiveGender(e), g) &&
        !((f.honorific === 'Mrs.' || f.honorific === 'Lady') && !e.married) &&
        !(f.honorific === 'Miss' && e.married),
    );
    // (Tried: "Miss Dashwood" never joining a woman the book also calls "Miss Marianne" — the eldest
    // daughter takes the plain family name. Right in Austen, but dialogue uses "Miss Bennet" for
    // Elizabeth too, and an only daughter is both "Miss Kitty" and "Miss Hamilton": no net gain.)
    // "Mrs. Cavendish" is the one woman of that family with a full name, if there is only one.
    const women = bySurname(w).filter(
      (e) => e.key.startsWith('full|') && e.titleGender === 'female' && !e.unmarried,
    );
    if (
      f.honorific === 'Mrs.' &&
      family.length === 0 &&
      women.length === 1 &&
      bySurname(w).filter((e) => e.titleGender === 'female').length === 1 &&
      // a "Miss Cavendish" in the book means a daughter, and "Mrs." is then her mother
      !forms.some((o) => o.honorific === 'Miss' && o.words[o.words.length - 1] === w)
    ) {
      add(women[0]!.key, f, null, w);
      continue;
    }
    // (Tried: keeping "Miss Steele" apart from Lucy Steele when the narration names both side by side,
    // the eldest sister taking the plain family name. More splits, no gain. Tried too: "Mr. Bertram" as
    // the one man of the family neither ranked nor called "Mr. Edmund" — right for Tom Bertram, wrong
    // for Henry Tilney, whose elder brother is "Captain Tilney": net loss.)
    if (family.length === 1 && g !== 'unknown' && !ageQualified.has(f.form)) {
      add(family[0]!.key, f, null, w);
      continue;
    }
    // "Captain Tilney" between Henry Tilney and Captain Frederick Tilney: the one with that rank. (Not
    // "Miss Bertram" for the sister called "Miss Julia": the eldest is the plain "Miss Bertram".)
    const sameRank = family.filter((e) =>
      [...e.forms].some((x) => statsOf.get(x)?.honorific === f.honorific),
    );
    if (
      g === 'male' &&
      !CIVIL_TITLES.has(f.honorific) &&
      sameRank.length === 1 &&
      !ageQualified.has(f.form)
    ) {
      add(sameRank[0]!.key, f, null, w);
      continue;
    }
    // (Tried: "Monsieur Poirot" joining Hercule Poirot, the one full-named person of the family, of
    // unknown gender, when no one of the other sex bears the name. One split fewer, 3 lines worse.)
    // "Miss Welland" between May Welland, named everywhere (as "May" mostly), and an Augusta Welland
    // named a few times: the daughter the book is about. (At 5 times as often, Persuasion's "Miss
    // Elliot" went to Anne; she is Elizabeth, the eldest, named a fifth as often as Anne.)
    const named = (e: Entity) =>
      [...e.forms].reduce((n, x) => n + (statsOf.get(x)?.count ?? 0), 0) +
      (e.given ? (statsOf.get(e.given)?.count ?? 0) : 0);
    const byNamed = [...family].sort((a, b) => named(b) - named(a));
    if (
      f.honorific === 'Miss' &&
      family.length === 2 &&
      named(byNamed[0]!) >= MISS_DOMINANCE * named(byNamed[1]!) &&
      !ageQualified.has(f.form)
    ) {
      add(byNamed[0]!.key, f, null, w);
      continue;
    }
    // "General Tilney", "Captain Tilney", "Mr. Tilney": a rank tells the men of one family apart.
    const status =
      f.honorific === 'Miss' || f.honorific === 'Mademoiselle'
        ? 'F-unmarried'
        : g === 'female'
          ? 'F-married'
          : g === 'male'
            ? CIVIL_TITLES.has(f.honorific)
              ? 'M'
              : `M|${f.honorific}`
            : 'U';
    add(`${status}|${w}`, f, null, w);
  }
  // A title of unknown gender (Dr.) joins the one titled person of that family.
  for (const [key, e] of [...entities]) {
    if (!key.startsWith('U|')) continue;
    const others = bySurname(e.surname!).filter((o) => o !== e);
    // …unless pronouns say otherwise: "Dr. Grant … he" is not Mrs. Grant.
    if (others.length === 1 && compatible(pronounGender(e), effectiveGender(others[0]!)))
      mergeInto(entities, formToKey, e, others[0]!);
  }
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
    if (isHusbandsName(o)) continue;
    if (o.words.length > 1 ? o.words[0] !== last : o.honorific !== null)
      familyUse.set(last, (familyUse.get(last) ?? 0) + o.count);
  }
  // 3. Bare single names.
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
    // given name of the "Archer Madeira" served twice: the word is far more often the family's.
    if (
      direct.length === 1 &&
      direct[0]!.key.startsWith('full|') &&
      (familyUse.get(w) ?? 0) >= FAMILY_NAME_DOMINANCE * countWithWord(direct[0]!, w)
    )
      direct = [];
    // "Fitzwilliam": both Fitzwilliam Darcy's given name and Colonel Fitzwilliam's family name; the
    // more often named of the two.
    const titledFamily = bySurname(w).filter((e) => !e.key.startsWith('full|'));
    const countWith = (e: Entity) =>
      [...e.forms]
        .filter((x) => x.split(' ').includes(w))
        .reduce((n, x) => n + (statsOf.get(x)?.count ?? 0), 0);
    if (
      direct.length === 1 &&
      titledFamily.length === 1 &&
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
      const men = family
        .filter((e) => e.titleGender === 'male' || pronounGender(e) === 'male')
        .sort((a, b) => countWithWord(b, w) - countWithWord(a, w));
      const pick = men.length > 0 ? men[0]! : family.length === 1 ? family[0]! : null;
      if (pick) {
        add(pick.key, f, null, w);
        continue;
      }
    }
    // "Molly" shortens Mary, not Polly (another nickname of Mary, another person).
    const viaNickname = byGiven(w, g).filter(
      (e) =>
        !e.ranked &&
        canonicalGiven(w) !== w.toLowerCase() &&
        e.given !== null &&
        e.given.toLowerCase() === canonicalGiven(w),
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
  // 4. A nickname cluster of its own ("Lizzy") joins the one given-name cluster it shortens.
  for (const [key, e] of [...entities]) {
    if (!key.startsWith('bare|') || !e.given) continue;
    const canon = canonicalGiven(e.given);
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
    // "Kit" beside "Kitty Hamilton": a clipped spelling of the one person's pet name (nickname-clipped).
    const clipped = [...entities.values()].filter(
      (o) =>
        o !== e &&
        o.given !== null &&
        !o.ranked &&
        isClippedPetForm(e.given!, o.given) &&
        compatible(o.titleGender, e.titleGender),
    );
    if (targets.length === 0 && clipped.length === 1) mergeInto(entities, formToKey, e, clipped[0]!);
  }
  return { entities, formToKey };
}

export type { NameOccurrence };
