import { FAMILY_WIDE_TITLES, RANKS_A_MAN_KEEPS } from '../../lexicon.js';
import type { ParsedName } from './names.js';
import { givenNamesMatch, parseName } from './names.js';
import {
  cap,
  describedOnly,
  eithers,
  endsFullerName,
  families,
  familyOnly,
  givenBesideFamily,
  givenOnly,
  givens,
  hasPeerage,
  hasTitleClass,
  interleaved,
  isBareTitle,
  isPersonalName,
  mayBePetForm,
  maybePetName,
  mistersApart,
  nameGender,
  petNameOf,
  sharesNamePart,
} from './person-names.js';
import { familyOfItsOwn, printedBeforeFamilyName, printedWithFamilyName } from './printed-names.js';

/**
 * Are two of the book's characters two people, or perhaps one person under two names? The speaker
 * model sometimes keeps one person as two characters (Mrs. Corney who becomes Mrs. Bumble;
 * "Mademoiselle" beside "Mademoiselle Reisz"; "Miss Bennet" beside "Jane"), and a writer who credits
 * the other name is right. So a contradiction needs evidence that the two are distinct: names that
 * cannot belong to one person, or the book naming them together or having them speak to each other.
 * Without it they are "maybe the same person" and the checker does not contradict.
 */

export type Relation = 'same' | 'distinct' | 'maybe-same';

export interface Identity {
  relation: Relation;
  /** Why, in words a teacher reads: "one is a man and the other a woman", "they speak to each other". */
  reason: string;
  /** Distinct by two family names only (which a nickname can look like: "the Native Son", "Mr. Mig"). */
  byFamilyNames?: boolean;
  /** Distinct by two given names only (a pet name is one too: "Sandy" for Dr. Robin MacRae). */
  byGivenNames?: boolean;
}

/** A person as the identity rules see them: their names taken apart, and the book's character when known. */
export interface Person {
  label: string;
  names: readonly ParsedName[];
  gender: 'female' | 'male' | 'unknown';
  /** The speaker model's character id, when the person is one of the book's characters. */
  id: string | null;
  /** Where the book names them (sorted offsets). */
  mentionOffsets?: readonly number[];
}

/** What the book says about two characters together. */
export interface TogetherEvidence {
  /** Tagged lines one of them speaks to the other (the model's addressees). */
  talk(a: string, b: string): number;
  /** …of which the book names the one spoken to at the line. */
  namedTalk(a: string, b: string): number;
  /** A tagged line of one answered straight away by a tagged line of the other. */
  exchanges(a: string, b: string): number;
  /** Sentences that name both as two people ("Elizabeth and Jane"). */
  namedTogether(a: Person, b: Person): number;
  /** Places where the book gives one as the other's role: "the Collector, Mr. Turton", "Mr. Haq, the Inspector". */
  apposed(a: Person, b: Person): number;
  /** Places where the book gives one as what the other is called: "Prudence Cowley. But my friends call me Tuppence." */
  calledAs(a: Person, b: Person): number;
  /** The book gives this name as someone's pet name or nickname: "My latest pet name for him is Sandy." */
  isDeclaredNickname(word: string): boolean;
  /**
   * The book stops calling `before` by a titled name ("Miss Vincy", "Madame Cheron") when it starts
   * calling `wife` "Mrs. …" ("Mrs. Lydgate", "Madame Montoni"): one woman, renamed on marriage.
   */
  renamedOnMarriage?(wife: Person, before: Person): boolean;
  /** How often the book prints another married woman of this family name ("young Mrs. Archer", "Mrs. Newland Archer"). */
  otherWivesPrinted?(family: string): number;
  /** How often the book tells two men of this family name apart by age both ways ("old Mr. Emerson" and "young Mr. Emerson"). */
  agedMenPrinted?(family: string): number;
  /** How often the book speaks of the daughters of this family together ("the Miss Dashwoods"). */
  sistersPrinted?(family: string): number;
  /** How often the book prints this given name and family name together ("Philip Carey"). */
  fullNamePrinted?(given: string, family: string): number;
  /** The family name the book prints most often after this given name ("Dick Hunter"), and how often. */
  familyPrintedWith?(given: string): { family: string; count: number } | null;
  /** The book calls the person "the …" at most of the places it names them: a role ("the Boss"). */
  calledByRole?(p: Person): boolean;
  /** …and uses the word as a common noun too ("a boy who was a Rajah", "Rajahs"): an epithet. */
  epithet?(p: Person): boolean;
  /** The narration (outside speech) names the person at least once: not only others' name for them. */
  namedInNarration?(p: Person): boolean;
  /** The person speaks no line of the model's and is called by name in some ("Here, Kitty, come…"). */
  onlyCalled?(p: Person): boolean;
}

/**
 * How often two characters must speak to each other, or be named together as two people, before
 * they count as distinct: twice, so that one misattributed line or one appositive ("Charlotte, now
 * Mrs. Collins") does not make one person two.
 */
const TOGETHER_MIN = 2;
/**
 * …and for a person known by an epithet, three times: the word is the language or the people too
 * ("growled Umslopogaas, in Zulu", "struck at the great Zulu with the spear. Umslopogaas moved":
 * Allan Quatermain's "the Zulu" is Umslopogaas, probe round AE22, a right credit contradicted).
 */
const EPITHET_TOGETHER_MIN = 3;

/** What the two people's names alone say. Null: nothing either way. */
function byNames(a: Person, b: Person, together: TogetherEvidence | null): Identity | null {
  if (a.gender !== 'unknown' && b.gender !== 'unknown' && a.gender !== b.gender)
    return { relation: 'distinct', reason: 'one is a man and the other a woman' };
  const ga = givens(a);
  const gb = givens(b);
  const ea = eithers(a);
  const eb = eithers(b);
  const sameGiven = ga.some((x) => gb.some((y) => givenNamesMatch(x, y)));
  // (given names that are names: "the Native Son" is Miguel's nickname, and "Native" no given name;
  // and not a pet form only the talk uses: "Carrie", said by her husband and never by the narration,
  // may be Carol)
  if (
    ga.some((g) => isPersonalName(g, a, together)) &&
    gb.some((g) => isPersonalName(g, b, together)) &&
    !maybePetName(a, b, ga, gb, together)
  ) {
    const related =
      sameGiven ||
      ga.some((x) => eb.includes(x)) ||
      gb.some((y) => ea.includes(y)) ||
      endsFullerName(a, b) ||
      endsFullerName(b, a) ||
      ga.some((x) => gb.some((y) => mayBePetForm(x, y)));
    if (!related)
      return {
        relation: 'distinct',
        reason: `different given names (${cap(ga[0]!)}, ${cap(gb[0]!)})`,
        byGivenNames: true,
      };
  }
  const fa = families(a);
  const fb = families(b);
  const shared = fa.filter((f) => fb.includes(f));
  for (const f of shared) {
    const ta = a.names.filter((n) => n.surname === f || n.either === f);
    const tb = b.names.filter((n) => n.surname === f || n.either === f);
    const clsA = new Set(ta.map((n) => n.titleClass));
    const clsB = new Set(tb.map((n) => n.titleClass));
    if (
      (clsA.has('married') && clsB.has('unmarried') && !clsB.has('married') && !clsA.has('unmarried')) ||
      (clsB.has('married') && clsA.has('unmarried') && !clsA.has('married') && !clsB.has('unmarried'))
    )
      return { relation: 'distinct', reason: `a Mrs. and a Miss ${cap(f)}` };
    const rankA = new Set(ta.flatMap((n) => n.titles));
    const rankB = new Set(tb.flatMap((n) => n.titles));
    const onlyA = [...rankA].filter((t) => !rankB.has(t));
    const onlyB = [...rankB].filter((t) => !rankA.has(t));
    if (
      rankA.size > 0 &&
      rankB.size > 0 &&
      onlyA.length > 0 &&
      onlyB.length > 0 &&
      [...onlyA, ...onlyB].some((t) => RANKS_A_MAN_KEEPS.has(t))
    )
      return { relation: 'distinct', reason: `different titles for the name ${cap(f)}` };
  }
  // One given name under two family names is one person as often as two: the narrator of Jane Eyre
  // is "Jane Eyre" and, in hiding, "Jane Elliott"; a writer who credits either is right. And a pet
  // name made from the family name is no other family: "Laurie" is Theodore Laurence.
  if (
    fa.length > 0 &&
    fb.length > 0 &&
    shared.length === 0 &&
    !fa.some((x) => fb.some((y) => petNameOf(x, y))) &&
    !sameGiven &&
    !hasPeerage(a) &&
    !hasPeerage(b)
  ) {
    // A man keeps his family name; an unmarried woman keeps hers until she marries, and then the book
    // calls her Mrs.: different family names with no married title on either side are two people.
    const men = a.gender === 'male' && b.gender === 'male';
    const noMarriage = !hasTitleClass(a, 'married') && !hasTitleClass(b, 'married');
    if (men || (noMarriage && a.gender === 'female' && b.gender === 'female'))
      return {
        relation: 'distinct',
        reason: `different family names (${cap(fa[0]!)}, ${cap(fb[0]!)})`,
        byFamilyNames: true,
      };
  }
  return null;
}

/**
 * A name a writer gives (`claimed`) against one of the book's people: as comparePeople, and a bare
 * married name the book gives more than one woman may be either (anotherWifeMayBe). Only the
 * writer's name is ambiguous so: the book's own "said Mrs. Archer" means its Mrs. Archer.
 */
export function compareClaim(
  claimed: Person,
  book: Person,
  together: TogetherEvidence | null,
  /** The name as the writer wrote it, when known ("Simon Dedalus", "Mr Dedalus"). */
  written?: string,
): Identity {
  const wife = anotherWifeMayBe(claimed, book, together);
  if (wife) return { relation: 'maybe-same', reason: wife };
  const id = comparePeople(claimed, book, together);
  if (
    id.relation === 'maybe-same' &&
    written !== undefined &&
    familyMemberApart(claimed, book, together, written)
  )
    return { relation: 'distinct', reason: 'the book has one answer the other, each named, again and again' };
  return id;
}

/**
 * Tagged answers between two people of one family name that make them two (familyMemberApart).
 * Three: a man the model split in two is hardly ever tagged answering himself once.
 */
const FAMILY_EXCHANGES_MIN = 3;

/**
 * A father and son, an uncle and nephew share only the family name, and one answers the other line
 * after line, each tagged by name ("asked Stephen" / "said Mr Dedalus", A Portrait of the Artist;
 * "said the Doctor" / "said Tom", Miss Marjoribanks; probe round T4): the model's two are two, and a
 * writer who names one of them by more than the family name ("Simon Dedalus", "Tom", "the Doctor")
 * means that one. A writer's "Mr Marjoribanks" may still be either man (probe round T4 again).
 */
function familyMemberApart(
  claimed: Person,
  book: Person,
  together: TogetherEvidence | null,
  written: string,
): boolean {
  if (!together || claimed.id === null || book.id === null) return false;
  const shared = families(claimed).filter((f) => families(book).includes(f) || eithers(book).includes(f));
  if (shared.length === 0 || !familyOnlyShared(claimed, book)) return false;
  const n = parseName(written);
  // "Mrs. Connage" for the book's "Cecelia Connage", whom it never calls Mrs.: the married title
  // says the writer means the mother, not the daughter she answers (probe round AD11).
  const marriedOnlyClaimed =
    n.titleClass === 'married' && !hasTitleClass(book, 'married') && givens(book).length > 0;
  const apart =
    n.words.some((w) => !shared.includes(w)) ||
    n.titles.some((t) => !FAMILY_WIDE_TITLES.has(t)) ||
    marriedOnlyClaimed;
  return apart && together.exchanges(claimed.id, book.id) >= FAMILY_EXCHANGES_MIN;
}

/** The two share no given name: one has none, or theirs differ. */
function familyOnlyShared(a: Person, b: Person): boolean {
  const ga = [...givens(a), ...eithers(a)];
  const gb = [...givens(b), ...eithers(b)];
  return !ga.some((x) => gb.some((y) => givenNamesMatch(x, y)));
}

/** How often the book must print another wife of the family (anotherWifeMayBe): twice, not one slip. */
const OTHER_WIVES_MIN = 2;

/**
 * The book prints another wife of a family ("Mrs. Newland Archer", "young Mrs. Archer"): once
 * married, May Welland is a Mrs. Archer too, and a writer who says "after the wedding Mrs. Archer
 * says" may mean her, though the model's Mrs. Archer is Newland's mother (probe round S4). So
 * "Mrs. Archer" alone, with no given name, may be any woman not of that family by birth. The
 * reason, or null.
 */
function anotherWifeMayBe(bare: Person, other: Person, together: TogetherEvidence | null): string | null {
  const count = together?.otherWivesPrinted;
  if (!count || !hasTitleClass(bare, 'married') || !familyOnly(bare) || other.gender !== 'female')
    return null;
  const family = families(bare).find((f) => !families(other).includes(f) && count(f) >= OTHER_WIVES_MIN);
  return family
    ? `the book has more than one Mrs. ${cap(family)} (a wife of the family under her husband's name): ${bare.label} may be ${other.label}`
    : null;
}

/** Why two people may be one, for the note the reader sees. */
function maybeReason(a: Person, b: Person): string {
  if (isBareTitle(a) || isBareTitle(b)) {
    const [bare, other] = isBareTitle(a) ? [a, b] : [b, a];
    return `“${bare.label}” may be a title standing for ${other.label}`;
  }
  if (sharesNamePart(a, b)) return `${a.label} and ${b.label} share a name and may be one person`;
  // (not of a man: "Theobald and Mr. Pontifex may be one woman…", probe round AF83)
  if (
    (hasTitleClass(a, 'married') || hasTitleClass(b, 'married')) &&
    a.gender !== 'male' &&
    b.gender !== 'male'
  ) {
    const [wife, other] = hasTitleClass(a, 'married') ? [a, b] : [b, a];
    // "Marmee" beside "Mrs. March" is a pet name, not a maiden name: only a family name is one.
    return families(other).length > 0
      ? `${a.label} and ${b.label} may be one woman under her maiden and married names`
      : `${other.label} may be what the book also calls ${wife.label}: a first or pet name beside a married name`;
  }
  if (givenBesideFamily(a, b)) {
    const given = givenOnly(a) ? a : b;
    return `“${a.label}” and “${b.label}” may be one person: the book never gives ${given.label} a family name`;
  }
  // (what the speaker model finds, not what the book does: a narrator's talk it gives to "the
  // narrator", or scenes it misreads, leave two who plainly talk to each other apart in its reading;
  // probe round AF246's teacher read "the book never has Dracula and the narrator speak" as false)
  return `the speaker model finds hardly any talk between ${a.label} and ${b.label}, and the book names them together fewer than twice: they may be one person under two names`;
}

/** Two people, compared: `same`, `distinct` (with the evidence), or `maybe-same`. */
export function comparePeople(a: Person, b: Person, together: TogetherEvidence | null): Identity {
  if (a.id !== null && a.id === b.id) return { relation: 'same', reason: 'the same character' };
  // "the Collector, Mr. Turton": the book says who holds the role; what the model reads of the two
  // (the Collector talking to Mr. Turton's friends) is one man under two names,
  // whatever their names say ("Collector Sahib" is no family name).
  if (together && together.apposed(a, b) > 0)
    return {
      relation: 'maybe-same',
      reason: `the book sets ${a.label} and ${b.label} side by side as one person, one the other's role`,
    };
  // "Cowley. Prudence Cowley. But my friends call me Tuppence.": the book says the two names are one
  // person's, whatever the names themselves say.
  if (together && together.calledAs(a, b) > 0)
    return {
      relation: 'maybe-same',
      reason: `the book gives ${a.label} and ${b.label} as names of one person (“call me”, “known as”, “commonly called”, “otherwise”)`,
    };
  const fuller = printedBeforeFamilyName(a, b, together) ?? printedBeforeFamilyName(b, a, together);
  if (fuller)
    return {
      relation: 'maybe-same',
      reason: `the book prints “${fuller}”: ${a.label} and ${b.label} may be one person's names`,
    };
  // "Mrs. Lydgate" and Rosamond, whom the book called "Miss Vincy" until the wedding: the model's
  // reading of the two (talking to each other, named together) is its split of one woman.
  // So too Madame Cheron, who marries Montoni: every "Madame Cheron" before the first "Madame Montoni".
  const renamedOnMarriage = together?.renamedOnMarriage;
  if (renamedOnMarriage) {
    const renamed = (wife: Person, before: Person) =>
      hasTitleClass(wife, 'married') && renamedOnMarriage(wife, before);
    if (renamed(a, b) || renamed(b, a))
      return {
        relation: 'maybe-same',
        reason: `${a.label} and ${b.label} may be one woman, renamed when she married`,
      };
  }
  // "the Rajah": a person the book names mostly as "the …", by a word it also uses as a common noun
  // ("a boy who was a Rajah", "Rajahs"), is known by an epithet that may be another character's ("said
  // the young Rajah" is Colin: probe round AE12, a right credit contradicted). Different names say
  // nothing there, nor does their talk (a split talks to itself); only the book naming the two side
  // by side as two says two. ("the Hatter", a name the book never uses as a noun, is one person.)
  // (never a man and a woman by their names: "the Duke" and Mrs. Struthers, The Age of Innocence,
  // probe round AF269: "“Duke” may be what the book also calls Mrs. Struthers" kept "cried Mrs.
  // Struthers" from contradicting a credit to the Duke)
  // (and where the model's gender for them does not say otherwise: a couple merged under "Mrs.
  // Quill" that the model calls "he" may be her husband)
  const byName = [a, b].map((p) => {
    const g = nameGender(p);
    return g && (p.gender === 'unknown' || p.gender === g) ? g : null;
  });
  if (byName[0] && byName[1] && byName[0] !== byName[1])
    return { relation: 'distinct', reason: 'one is a man and the other a woman' };
  const [epithet, other] = together?.epithet?.(a) ? [a, b] : together?.epithet?.(b) ? [b, a] : [];
  if (together && epithet && other)
    return together.namedTogether(a, b) >= EPITHET_TOGETHER_MIN
      ? { relation: 'distinct', reason: 'the book names them together as two people' }
      : {
          relation: 'maybe-same',
          reason: `“${epithet.label}” may be what the book also calls ${other.label}`,
        };
  const names = byNames(a, b, together);
  // Two family names make two men only where the book has them together at least once: a nickname
  // reads as a family name too ("the Native Son", "Mr. Mig" for Miguel Rapponi, The Flying U Ranch),
  // and the model keeps such a nickname apart from the name.
  // (two men the book calls "Mr." under unrelated names are two: mistersApart)
  if (names?.byFamilyNames && together && a.id !== null && b.id !== null) {
    const seen =
      together.talk(a.id, b.id) + together.exchanges(a.id, b.id) + together.namedTogether(a, b) > 0;
    return seen || mistersApart(a, b) ? names : { relation: 'maybe-same', reason: maybeReason(a, b) };
  }
  // "My latest pet name for him (behind his back) is Sandy" (Dear Enemy): a name the book gives as a
  // pet name or nickname is no given name of another person, whoever's it is ("him" is not resolved).
  // What the book does with the two may still tell them apart, below.
  const nickname = (p: Person) => givens(p).some((g) => together?.isDeclaredNickname(g));
  const petNamed = names?.byGivenNames === true && (nickname(a) || nickname(b));
  if (names && !petNamed) return names;
  // Names that share a part ("Ellen" and "Ellen Olenska", "Miss Bennet" and "Jane Bennet", "the
  // Colonel" and "Colonel Brandon") are how the model splits one person: such a split is tagged,
  // addressed and named in the same scenes, so nothing the book does together tells them apart.
  if (sharesNamePart(a, b)) {
    // …but a name and another's old diminutive, which the book names side by side as two even once
    // ("Aunt Polly and Mary": probe round AE11, "asks Mary" supported by "said Aunt Polly"), are two:
    // a diminutive alone is weak evidence of one person.
    if (!sharesNamePart(a, b, { diminutives: false }) && together && together.namedTogether(a, b) >= 1)
      return { relation: 'distinct', reason: 'the book names them together as two people' };
    return { relation: 'maybe-same', reason: maybeReason(a, b) };
  }
  // "The old housekeeper" and Dorothee (The Mysteries of Udolpho): one known only by a description
  // is often a named character the book also describes so, and the model keeps the description
  // apart. What the model reads of the two (talk, exchanges) is that split; only the book naming
  // them side by side as two says two.
  if (describedOnly(a) || describedOnly(b)) {
    if (together && together.namedTogether(a, b) >= TOGETHER_MIN)
      return { relation: 'distinct', reason: 'the book names them together as two people' };
    const [described, named] = describedOnly(a) ? [a, b] : [b, a];
    return {
      relation: 'maybe-same',
      reason: `${described.label} may be how the book also describes ${named.label}`,
    };
  }
  // "Lucy" and "Miss Honeychurch" (A Room with a View): a given name the book never gives a family
  // and a family name it never gives a given name may be one woman the model split in two, and the
  // model's own reading of them (talking to each other, answering, named turn about) is that split.
  // Only the book naming them as two ("Lucy and Miss Honeychurch") says two.
  if (givenBesideFamily(a, b)) {
    const given = givenOnly(a) ? a : b;
    const family = given === a ? b : a;
    if (printedWithFamilyName(given, family, together))
      return {
        relation: 'maybe-same',
        reason: `the book calls ${given.label} by the family name ${cap(families(family)[0]!)} too`,
      };
    const own = familyOfItsOwn(given, family, together);
    if (own) return { relation: 'distinct', reason: `the book calls ${given.label} “${own}”` };
    if (together && together.namedTogether(a, b) >= TOGETHER_MIN)
      return { relation: 'distinct', reason: 'the book names them together as two people' };
    return { relation: 'maybe-same', reason: maybeReason(a, b) };
  }
  // A title standing for a name ("Mademoiselle") is tagged in the same scenes as the full name.
  if (together && a.id !== null && b.id !== null && !isBareTitle(a) && !isBareTitle(b)) {
    // (with a line that names the one spoken to, or one tagged line answered by the other's: the
    // model's guessed addressees alone are how a split of one man, "Mr. Carey" and "the Vicar",
    // seems to talk to himself; a narrator the book never names, "I", is spoken to as "you")
    const exchanges = together.exchanges(a.id, b.id);
    const nameable = (a.mentionOffsets?.length ?? 0) > 0 && (b.mentionOffsets?.length ?? 0) > 0;
    const named = !nameable || together.namedTalk(a.id, b.id) > 0 || exchanges > 0;
    if (together.talk(a.id, b.id) >= TOGETHER_MIN && named)
      return { relation: 'distinct', reason: 'they speak to each other' };
    if (exchanges >= TOGETHER_MIN)
      return { relation: 'distinct', reason: 'the book has one answer the other' };
    if (together.namedTogether(a, b) >= TOGETHER_MIN)
      return { relation: 'distinct', reason: 'the book names them together as two people' };
  }
  if (interleaved(a, b))
    return { relation: 'distinct', reason: 'the book names both, turn about, all through' };
  return { relation: 'maybe-same', reason: maybeReason(a, b) };
}

/** Every claimed person against every possible speaker: distinct only if each pair is. */
export function compareEach(
  claimed: readonly Person[],
  speaker: readonly Person[],
  together: TogetherEvidence | null,
  /** The name as the writer wrote it (compareClaim). */
  written?: string,
): Identity {
  let maybe: Identity | null = null;
  for (const a of claimed)
    for (const b of speaker) {
      const id = compareClaim(a, b, together, written);
      if (id.relation !== 'distinct' && !maybe) maybe = id;
    }
  return maybe ?? { relation: 'distinct', reason: '' };
}
