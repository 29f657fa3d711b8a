import { findFirstAtOrAfter } from '../../book/span.js';
import { KIN_GENDERS, otherGender } from '../../lexicon.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import type { Cast } from './cast.js';
import { compareClaim, comparePeople, type Person, type TogetherEvidence } from './identity.js';
import { givenNamesMatch, isGivenName, type ParsedName, parseName } from './names.js';
import { nameOnly } from './people.js';
import { givens } from './person-names.js';

/**
 * The writer's name as written, held against the book's forms where the cast may have filed a
 * family's form of name under the wrong member: two names of one person are never a contradiction,
 * even when the cast is wrong about whose name it is.
 */

/** "Miss Steele", "Mr. Gradgrind", "Harville": a family name with no given name. */
function familyName(name: string): string | null {
  const parsed = parseName(name);
  return parsed.given === null ? (parsed.surname ?? parsed.either) : null;
}

/** A tag's family form of name ("said Miss Steele") that the writer's name shares and may be ("Anne Steele"). */
export function familyFormFits(tagName: string, written: string): boolean {
  const family = familyName(tagName);
  if (written === '' || family === null) return false;
  return (
    parseName(written).words.includes(family) &&
    comparePeople(nameOnly(tagName), nameOnly(written), null).relation !== 'distinct'
  );
}

/**
 * "said Mr. Earnshaw" for a line credited to Hindley: a man's family name alone passes from father to
 * son (in Wuthering Heights "Mr. Earnshaw" is the old master, then Hindley, and at last Hareton), so
 * the tag may name any man the cast knows by that family name in full under the claimed man's given
 * name ("Hindley Earnshaw", a character of its own beside "Hindley"). Not where that full name is the
 * book speaker's own ("Fitzwilliam Darcy" is Mr. Darcy, not Colonel Fitzwilliam).
 */
export function familyManFits(
  tagName: string,
  claimed: readonly Person[],
  speaker: readonly Person[],
  cast: Cast,
): Person | null {
  const tag = parseName(tagName);
  const family = familyName(tagName);
  if (
    !family ||
    tag.article ||
    tag.gender === 'female' ||
    (tag.titleClass !== null && tag.titleClass !== 'male')
  )
    return null;
  const speakerIds = new Set(speaker.map((p) => p.id));
  for (const p of claimed) {
    if (p.gender === 'female') continue;
    const given = new Set(p.names.map((n) => n.given ?? n.either).filter((g): g is string => g !== null));
    const bearer = cast.characters.find(
      (c) =>
        !speakerIds.has(c.id) &&
        cast.namesOf(c).some((n) => n.surname === family && n.given !== null && given.has(n.given)),
    );
    if (bearer) return p;
  }
  return null;
}

/** The one word of a name written alone, without a title or an article ("Kronborg"), or null. */
function bareWord(written: string): string | null {
  const w = parseName(written);
  return w.words.length === 1 && w.titles.length === 0 && !w.article ? w.words[0]! : null;
}

/**
 * "Smallbury" for a line the book tags "said Jacob Smallbury", "Joe" for one it tags "said Injun Joe":
 * a single name written alone is a name of the tag's person too, whichever character the cast filed
 * the bare name under (probe pages: the cast gave "Smallbury" to Billy and "Joe" to Joe Harper, and
 * right credits to Jacob's and Injun Joe's lines were contradicted). The note for the reader, or null.
 */
export function bareWordFits(written: string, tagName: string): string | null {
  const word = bareWord(written);
  if (!word) return null;
  const tag = parseName(tagName);
  if (tag.words.length < 2 || !tag.words.includes(word)) return null;
  return `“${written}” may be ${tagName}: the book calls more than one person by that name alone`;
}

/**
 * "Kronborg" for a line the book gives Thea ("Thea said"), who is Thea Kronborg: a family name written
 * alone is the family's, and the book's speaker bears it (the cast filed the bare name under her
 * father; the narration calls the singer so in the book's last part; probe round O3).
 */
export function bareFamilyOfSpeaker(written: string, speakers: readonly Person[]): string | null {
  const word = bareWord(written);
  if (!word) return null;
  const bearer = speakers.find((p) => p.names.some((n) => n.surname === word));
  return bearer ? `“${written}” may be ${bearer.label}, whose family name it is` : null;
}

/**
 * "McBride:" for Jimmie's line ("said Jimmie"), where the cast knows only Sallie McBride by the name:
 * a family name written alone, for a line the book gives a man, may be a man of the family the book
 * never names in full (Dear Enemy; probe round T3). The gender rule's reading (gender.ts) for a tag
 * that names the speaker.
 */
export function bareFamilyOfAMan(
  written: string,
  claimed: readonly Person[],
  speakers: readonly Person[],
): string | null {
  const word = bareWord(written);
  if (!word || claimed.length === 0 || speakers.length === 0) return null;
  const women = claimed.every((p) => p.gender === 'female' && p.names.some((n) => n.surname === word));
  const men = speakers.every((p) => p.gender === 'male');
  return women && men ? `“${written}” may be a man of that family whom the book never names in full` : null;
}

/**
 * The writer's "Miss Thornton" for a line the book gives to "Fanny", a character the cast knows by her
 * given name alone (and filed "Miss Thornton" under another, with her mother's given name: North and
 * South; probe round X3). A title and family name, no given name, may be the speaker's whose family
 * the cast does not know, if nothing in the names says otherwise. Null when that is not so.
 */
export function titledFamilyMayBe(
  written: string,
  speakers: readonly Person[],
  together: TogetherEvidence | null,
  claimed: readonly Person[] = [],
  cast: Cast | null = null,
): string | null {
  const form = parseName(written);
  const family = form.surname ?? form.either;
  if (form.given !== null || form.titles.length === 0 || family === null) return null;
  // The given name of the book's one person of that family name tells them from the speaker ("Miss
  // Bartlett" is Charlotte, not Lucy); not where the family has others, whose given name the cast
  // may have filed under it (North and South: "Hannah", the mother's, under "Miss Thornton").
  const familyOfOne =
    claimed.length > 0 &&
    cast !== null &&
    cast.characters.filter((c) => cast.namesOf(c).some((n) => n.surname === family)).length <= 1;
  const who = speakerMayBear(
    written,
    speakers,
    together,
    (n) => n.surname === null && n.either === null,
    claimed,
    familyOfOne ? claimed : [],
  );
  return who
    ? `“${written}” may be ${who.label}: the book gives ${who.label} no family name, and the credit no given name`
    : null;
}

/**
 * The first speaker none of whose names has the part the written name gives (`lacks` of each name),
 * whom the written name, taken alone, does not tell apart. The name alone has the gender of the
 * book's people it names (`claimed`), when they all have one: "Dr Messinger" is no name of Brenda's,
 * who has no family name, when the book's Dr Messinger is a man (eval:pdnc-credits: 197 wrong
 * credits left unknown so, A Handful of Dust's doctor among them). A speaker whom one of `apart`
 * tells apart by names and what the book does with the two is passed over too.
 */
function speakerMayBear(
  written: string,
  speakers: readonly Person[],
  together: TogetherEvidence | null,
  lacks: (name: ParsedName) => boolean,
  claimed: readonly Person[],
  apart: readonly Person[],
): Person | undefined {
  const alone = nameOnly(written);
  const genders = [...new Set(claimed.map((p) => p.gender))];
  const asWritten =
    alone.gender === 'unknown' && genders.length === 1 ? { ...alone, gender: genders[0]! } : alone;
  return speakers.find(
    (s) =>
      s.names.length > 0 &&
      s.names.every(lacks) &&
      compareClaim(asWritten, s, together).relation !== 'distinct' &&
      // (nor where the book's person of that name has a given name of their own, which the speaker's
      // are not: "Miss Bartlett" is Charlotte, and no name of Lucy's)
      !apart.some((p) => givens(p).length > 0 && comparePeople(p, s, together).relation === 'distinct'),
  );
}

/**
 * The writer's "Nellie" for a line the book gives to Mrs. Belding, where the cast took "Nellie" as a
 * pet form of her daughter Nell's name: mother and daughter may share a given name, and the book
 * gives Mrs. Belding none (Desert Gold; probe round E4). A pet form the cast knows only through
 * another's name may be the speaker's, if nothing in the names parts them. Null when that is not so.
 */
export function petFormMayBe(
  written: string,
  matchedBy: string | null,
  speakers: readonly Person[],
  together: TogetherEvidence | null,
  claimed: readonly Person[] = [],
): string | null {
  if (matchedBy !== 'diminutive') return null;
  const who = speakerMayBear(written, speakers, together, (n) => n.given === null, claimed, []);
  return who
    ? `“${written}” may be ${who.label}: a pet form the cast gives no one by that name, and the book gives ${who.label} no given name`
    : null;
}

/** "Miss Dashwood": a daughter's title before a family name alone; null for any other form. */
function daughtersFamilyForm(name: string): { family: string; title: string } | null {
  const family = familyName(name);
  const title = parseName(name).titles[0];
  return family !== null && (title === 'miss' || title === 'mademoiselle') ? { family, title } : null;
}

/** The cast calls this person by that title before her given name alone: "Marianne Dashwood" and "Miss Marianne". */
function calledMissByGiven(p: Person, form: { family: string; title: string }, cast: Cast): boolean {
  const c = p.id ? cast.byId(p.id) : null;
  if (!c) return false;
  const names = [c.name, ...c.aliases].map(parseName);
  const given = new Set(names.filter((n) => n.surname === form.family && n.given).map((n) => n.given));
  return names.some((n) => n.titles[0] === form.title && n.words.length === 1 && given.has(n.words[0]!));
}

/**
 * The writer's "Miss Dashwood" that the cast filed under a woman it also calls "Miss Marianne": a
 * daughter called by her given name is not the eldest, who takes the plain family name (Austen's
 * Elinor). Where the book's speaker may bear that family form by name, the credit may be right: the
 * note says why, and nothing is contradicted. Null when that is not so.
 */
export function misfiledFamilyForm(
  claimed: readonly Person[],
  written: string,
  speaker: readonly Person[],
  cast: Cast,
  together: TogetherEvidence | null,
): string | null {
  const form = daughtersFamilyForm(written);
  if (!form) return null;
  const byGiven = claimed.find((p) => calledMissByGiven(p, form, cast));
  if (!byGiven) return null;
  const asWritten = nameOnly(written);
  const who = speaker.find((s) => compareClaim(asWritten, s, together).relation !== 'distinct');
  if (!who) return null;
  return `“${written}” may be ${who.label}: the book also calls ${byGiven.label} by her given name, and the plain family name is the eldest daughter’s`;
}

/** Ranks and callings a title gives ("Dr.", "Captain"): a person so titled is not "the squire". */
const CALLING_TITLES: ReadonlySet<string> = new Set(
  'dr captain colonel major sergeant professor general admiral lieutenant judge reverend count'.split(' '),
);
/** Callings a novel's tag names a speaker by that are not titles: "said the squire", "the parson cried". */
const CALLING_NOUNS: ReadonlySet<string> = new Set(
  'squire parson vicar rector curate lawyer attorney surgeon physician clergyman magistrate doctor captain colonel major sergeant professor general admiral lieutenant judge'.split(
    ' ',
  ),
);

/**
 * "said the squire" where the model took the squire to be Dr. Livesey: a tag that names a calling
 * the credited person's own title says they do not have. The model's reading of such a tag cannot
 * support the credit. Null when there is no such conflict, else the person's title.
 */
function callingConflict(tagWho: string, claimed: readonly Person[]): string | null {
  const noun = tagWho.toLowerCase().trim().split(/\s+/).pop() ?? '';
  if (!CALLING_NOUNS.has(noun)) return null;
  const calling = noun === 'doctor' ? 'dr' : noun;
  for (const p of claimed) {
    const titles = p.names.flatMap((n) => n.titles);
    const own = titles.find((t) => CALLING_TITLES.has(t));
    if (own && !titles.includes(calling)) return own;
  }
  return null;
}

/**
 * The tag's name may be the claimed person's: the cast says it fits them, or it is words of one of
 * their names with no title of the other sex ("said Joe" in Tom Sawyer's graveyard is Injun Joe,
 * whatever character the cast gave the bare "Joe").
 */
export function tagNameFits(who: string, p: Person, cast: Cast): boolean {
  const c = p.id ? cast.byId(p.id) : null;
  if (c !== null && cast.fit(who, c) > 0) return true;
  const tag = parseName(who);
  if (tag.words.length === 0 || tag.article) return false;
  if (tag.gender !== 'unknown' && p.gender !== 'unknown' && tag.gender !== p.gender) return false;
  return p.names.some((n) => tag.words.every((w) => n.words.includes(w)));
}

/**
 * A full name written ("Beryl Stapleton") whose family name alone meets the book's speaker (the bare
 * "Stapleton", her brother, whose given name the book never gives) while its given name is another
 * character's (the book's "Beryl"): the credit may mean that other one, so the speaker's family name
 * supports nothing (probe round AD6). The other character's name, or null.
 */
export function givenNameOfAnother(written: string, speakers: readonly Person[], cast: Cast): string | null {
  const claim = parseName(written);
  if (!claim.given || !claim.surname) return null;
  const given = claim.given;
  const bears = (names: readonly ParsedName[]) => names.some((n) => n.given === given || n.either === given);
  // (a pet form of it is theirs too: "Louisa Bounderby" for the book's "Loo Bounderby")
  const bearsForm = (names: readonly ParsedName[]) =>
    names.some((n) => [n.given, n.either].some((w) => w !== null && givenNamesMatch(w, given) !== null));
  if (speakers.some((p) => bearsForm(p.names))) return null;
  const ids = new Set(speakers.map((p) => p.id));
  const other = cast.characters.find((c) => !ids.has(c.id) && bears(cast.namesOf(c)));
  return other?.name ?? null;
}

/**
 * The book's own tag at the line gives the full name as written ("Then Ben Rogers says" for a credit
 * to "Ben Rogers"): whatever other character bears the given name, the book's words name this one
 * (probe round AF169: left unknown, as the cast knew the speaker only as "Rogers" and had a "Mr. Ben
 * Rucker").
 */
export function tagGivesFullName(tagWho: string, written: string): boolean {
  const tag = parseName(tagWho);
  const claim = parseName(written);
  return (
    tag.given !== null && tag.given === claim.given && tag.surname !== null && tag.surname === claim.surname
  );
}

/** How far before a line the book's naming of someone shows they are in the scene (~ a page). */
const IN_SCENE_BEFORE = 3000;

/**
 * The book's own tag is one bare given name ("said Joe") that another character bears in a longer
 * name ("Injun Joe", beside the Joe Harper the cast filed the bare name under), and the book names that
 * other one in the page before the line but not the one the cast chose: the tag is likelier theirs,
 * so it supports no credit to the cast's choice (probe round AD3: Injun Joe's graveyard line
 * supported a credit to Joe Harper). The other character's name, or null. Named in the scene or
 * not, a bare "John" is usually the one the cast files it under (A Handful of Dust's John Andrew
 * beside John Beaver): without the scene, nothing is said.
 */
export function bareTagOfAnother(
  tagWho: string,
  at: number,
  speakers: readonly Person[],
  cast: Cast,
  bookText: string,
): string | null {
  const tag = parseName(tagWho);
  const word = tag.words.length === 1 && tag.titles.length === 0 && !tag.article ? tag.words[0]! : null;
  // (a given name: "said Darcy" beside Georgiana Darcy is the family's man, as a surname alone is)
  if (!word || !isGivenName(word)) return null;
  // Named in the page before the line (mentionOffsets are sorted), by a place `fits`.
  const inScene = (offsets: readonly number[] | undefined, fits: (o: number) => boolean = () => true) => {
    if (!offsets) return false;
    for (
      let k = findFirstAtOrAfter(offsets, at - IN_SCENE_BEFORE);
      k < offsets.length && offsets[k]! < at;
      k++
    )
      if (fits(offsets[k]!)) return true;
    return false;
  };
  // The cast's choice counts as named only by another of its names: its bare "Joe"s are the question.
  const notBare = (o: number) =>
    bookText.slice(o, o + word.length).toLowerCase() !== word ||
    /\p{L}/u.test(bookText[o + word.length] ?? '');
  const namedOtherwise = (offsets: readonly number[] | undefined) => inScene(offsets, notBare);
  if (speakers.some((p) => namedOtherwise(p.id ? cast.byId(p.id)?.mentionOffsets : undefined))) return null;
  const ids = new Set(speakers.map((p) => p.id));
  for (const c of cast.characters) {
    if (ids.has(c.id) || !inScene(c.mentionOffsets)) continue;
    if (tag.gender !== 'unknown' && c.gender && c.gender !== 'unknown' && c.gender !== tag.gender) continue;
    if (cast.namesOf(c).some((n) => n.words.length > 1 && n.titles.length === 0 && n.words.includes(word)))
      return c.name;
  }
  return null;
}

/**
 * The book's own tag "said Miss Dashwood", which the cast filed under a woman it also calls "Miss
 * Marianne", for a line credited to another woman the cast knows by no family name at all (Elinor):
 * the eldest daughter takes the plain family name, and the cast cannot tell that she is not the
 * eldest. The tag may name the claimed person; null when that is not so.
 */
export function misfiledTagFamilyForm(
  tagWho: string,
  claimed: readonly Person[],
  speaker: readonly Person[],
  cast: Cast,
): string | null {
  const form = daughtersFamilyForm(tagWho);
  if (!form) return null;
  const misfiledTo = speaker.find((p) => calledMissByGiven(p, form, cast));
  if (!misfiledTo) return null;
  const may = claimed.find(
    (p) =>
      p.gender !== 'male' &&
      p.names.every((n) => n.titleClass !== 'married' && n.surname === null && n.husbandGiven === null),
  );
  if (!may) return null;
  return `the book's “${tagWho}” may be ${may.label}: the book also calls ${misfiledTo.label} by her given name, and the plain family name is the eldest daughter’s`;
}

/**
 * The writer's "the mate" for a line the book tags "cried Starbuck" (Moby-Dick, probe round Z5: the
 * cast kept "the mate" as a character of its own, whom Starbuck, Stubb and Flask each are by turns):
 * a role or description, written with its article, is held by someone the book names, and may be
 * the speaker, whatever the cast made of it. Only a gender tells them apart ("the lady" for a man's
 * line). Null when the written credit is no role in lower case, or its gender is not the speaker's.
 */
export function roleMayBe(written: string, speakers: readonly Person[]): string | null {
  const form = parseName(written);
  // (in lower case: "the Hatter", "the Duchess" are how a book names its people, and writers with it)
  if (!form.article || form.given !== null || form.surname !== null || /\p{Lu}/u.test(written.slice(1)))
    return null;
  const speaker = speakers.find((s) => form.gender === 'unknown' || s.gender !== otherGender(form.gender));
  return speaker
    ? `the book's ${speaker.label} may be “${written}”: a role is held by someone the book names`
    : null;
}

/**
 * Whether the writer's name may be the book's speaker's though the cast files them as two (each rule
 * above, in turn; `tagName`: the name of the book's named tag at the line, if any). The reason, or
 * null when nothing in the names says so.
 */
export function writtenFormMayBe(
  claimed: readonly Person[],
  written: string,
  speakers: readonly Person[],
  tagName: string | null,
  cast: Cast,
  together: TogetherEvidence | null,
): string | null {
  return (
    misfiledFamilyForm(claimed, written, speakers, cast, together) ??
    titledFamilyMayBe(written, speakers, together, claimed, cast) ??
    roleMayBe(written, speakers) ??
    petFormMayBe(written, cast.resolve(written).matchedBy, speakers, together, claimed) ??
    (tagName !== null ? misfiledTagFamilyForm(tagName, claimed, speakers, cast) : null)
  );
}

/**
 * "said my aunt" in a first-person book, which the model took for Eliza: a relation of the narrator
 * the book does not name at the line. The model's reading of it is mostly a guess (David
 * Copperfield's "said my aunt" goes to Miss Betsey one time in ten), so it supports no credit of a
 * person not called by that relation ("Aunt Julia" may be "my aunt"; probe round Y4, Dubliners:
 * "— Eliza" was supported). The relation, or null.
 */
function narratorsKinConflict(tagWho: string, claimed: readonly Person[], bookText: string): string | null {
  const m = /^(?:my|our)\s+(?:\p{L}+\s+)?(\p{L}+)$/u.exec(tagWho.trim().toLowerCase());
  const noun = m?.[1];
  if (!noun || !KIN_GENDERS.has(noun)) return null;
  if (claimed.some((p) => p.label.toLowerCase().split(/\s+/).includes(noun))) return null;
  // …unless the book says who: "My sister, Mrs. Joe Gargery, was more than twenty years older"
  // (not by the narrator's "I": "my father I had not seen" names no one)
  return claimed.some((p) =>
    [p.label, ...p.names.map((n) => n.key)].some((l) => l.length > 1 && namesRelation(bookText, noun, l)),
  )
    ? null
    : noun;
}

/** The book sets the narrator's relation beside the name: "my sister, Mrs. Joe", "Miss Betsey, my aunt". */
function namesRelation(bookText: string, noun: string, label: string): boolean {
  // (a name's key is lower case without its title's stop: "miss betsey" for "Miss Betsey")
  const name = escapeRegExp(label).replace(/\\\.?\s+|\s+/g, '\\.?\\s+');
  return new RegExp(`\\bmy\\s+${noun},?\\s+${name}\\b|\\b${name},\\s+my\\s+${noun}\\b`, 'iu').test(bookText);
}

/** Why the model's reading of the book's description tag supports no credit of `claimed` (the note a teacher reads), or null. */
export function describedConflict(
  tag: { who: string; text: string },
  claimed: readonly Person[],
  bookText: string,
): string | null {
  if (callingConflict(tag.who, claimed))
    return `the book says “${tag.text}”, and ${claimed[0]!.label} is called by another title`;
  const kin = narratorsKinConflict(tag.who, claimed, bookText);
  return kin ? `the book says “${tag.text}”, and it does not name the narrator’s ${kin} here` : null;
}
