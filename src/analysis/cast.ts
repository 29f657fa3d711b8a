import type { Span } from '../book/span.js';
import {
  GENDER_ONLY_GIVEN_NAMES,
  GENDERED_NOUNS,
  type Gender,
  GIVEN_NAME_GENDER,
  HONORIFICS,
} from '../lexicon.js';
import { clusterNames } from './characters.js';
import { displayName } from './display-name.js';
import { sisterFamilies } from './eldest-daughter.js';
import { type Entity, joinCaseVariants } from './entity.js';
import { givenNamesListedApartFromMr, petFormsNamedApart } from './given-names.js';
import { findMarriedNameLinks, joinMarriedNames, positionsByForm } from './married-names.js';
import { collectFormStats, type FormStats, type NameOccurrence, printedForm } from './names.js';
import { isFirstPerson, NARRATOR_ID, nameTheNarrator, narratorsOtherNames } from './narrator.js';
import { isPersonForm, speaksInTags } from './person-forms.js';
import type { RawQuotation } from './quotes.js';
import { descriptionMentions, findRevealedDescriptions } from './revealed.js';
import { findRoleSpeakers } from './roles.js';
import type { Mention } from './speakers/index.js';
import type { Character, DialogueQuote, RunnerUp } from './types.js';

export { NARRATOR_ID };

/** The book's characters while the analysis runs, before the final list is written out. */
export interface Cast {
  byId: Map<string, { gender: Gender; entity: Entity | null }>;
  mentions: Mention[];
  narrator: string | null;
  stats: Map<string, FormStats>;
  personForms: Set<string>;
  /**
   * Before any speaker is known: the characters that are the first-person narrator under the names
   * others address them by ("Watson"), read from every vocative; empty without a narrator. The
   * speaker rules count them as present in every scene, as the narrator is.
   */
  narratorNames(raw: readonly RawQuotation[]): Set<string>;
  /** Final list of characters; names the narrator from how others address them, and fixes quotes to match. */
  finish(quotes: DialogueQuote[], raw: readonly RawQuotation[]): Character[];
}

/** Runners-up under the narrator's one id: the likeliest of its names kept once, never the speaker. */
function narratorRunnersUp(
  runnersUp: readonly RunnerUp[],
  speaker: string | null,
  narratorIds: ReadonlySet<string>,
): RunnerUp[] | undefined {
  const out: RunnerUp[] = [];
  for (const r of runnersUp) {
    const id = narratorIds.has(r.speaker) ? NARRATOR_ID : r.speaker;
    if (id !== speaker && !out.some((o) => o.speaker === id)) out.push({ ...r, speaker: id });
  }
  return out.length ? out : undefined;
}

/** A cluster named only inside quotations, at most this many times, is talked of, not a speaker. */
const TALKED_OF_MAX = 5;

/**
 * "old Mr. Emerson" keeps "Mr. Emerson" apart from George Emerson only when the qualifier is a real
 * share of the form's uses: A Room with a View says "old Mr. Emerson" 12 times of 85, but North and
 * South "old Mr. Thornton" (the dead father) 3 times of 332, and all the others are John Thornton,
 * whose lines went to a second "Mr. Thornton" (probe round AF225: the credit "Thornton" could be
 * any of four). Over the LitBank and PDNC novels the age-qualified forms run from 0.01 of their uses
 * (Mrs. Archer, Mrs. Moore, Mrs. Inglethorp: one person called old once) to 0.6; fathers beside a
 * son of the same name are at 0.03 (Mr. Earnshaw, Mr. Blifil) and more (Mr. Osborne 0.04, Mr.
 * Sedley 0.06, Mr. Emerson 0.14). eval:speakers (0.811) and eval:litbank-speakers (910/1,110) are
 * the same at 0, 0.02, 0.03 and 0.05.
 */
const AGE_QUALIFIED_SHARE = 0.03;

/**
 * Times a full name on a known given name ("Fanny Robin") is printed for it, and its given name alone,
 * to keep their person when place prepositions outnumber the signs of a person: "Walter Scott", named
 * twice in Where Angels Fear to Tread, is no character, and "Ralph", named in full 4 times in A
 * Passage to India, took Aziz's lines by salience (at any count eval:speakers lost 0.001; at 5 none).
 */
const GIVEN_IN_FULL_MIN = 5;

export function buildCharacters(
  text: string,
  occurrences: readonly NameOccurrence[],
  quoteParts: readonly Span[],
  lower: ReadonlyMap<string, number>,
): Cast {
  const stats = collectFormStats(text, occurrences);
  // "the Newland Archers", "the Bennets": a family, not a person.
  const lastWordCount = new Map<string, number>();
  for (const f of stats.values()) {
    const last = f.words[f.words.length - 1]!;
    lastWordCount.set(last, (lastWordCount.get(last) ?? 0) + f.count);
  }
  const isFamilyPlural = (f: FormStats): boolean => {
    const last = f.words[f.words.length - 1]!;
    if (!last.endsWith('s')) return false;
    // "the Miss Alans", however often, are the sisters the book also calls "Miss Alan" one by one.
    if (f.honorific && f.words.length === 1 && stats.has(`${f.honorific} ${last.slice(0, -1)}`)) return true;
    const plural = lastWordCount.get(last) ?? 0;
    const singular = Math.max(
      lastWordCount.get(last.slice(0, -1)) ?? 0,
      last.endsWith('es') ? (lastWordCount.get(last.slice(0, -2)) ?? 0) : 0,
    );
    return singular >= plural;
  };
  // "Giovanelli rejoined": a bare family name the book also writes as "Mr. Giovanelli" is a person even
  // when a few place prepositions ("with Giovanelli") make it look like a place on its own.
  // Only a name one title goes with: with "Mr. Herriton" and "Mrs. Herriton" a bare "Herriton" is unsure.
  const titlesOf = new Map<string, number>();
  for (const f of stats.values())
    if (f.honorific) for (const w of f.words) titlesOf.set(w, (titlesOf.get(w) ?? 0) + 1);
  const titledPeople = new Set(
    [...stats.values()]
      .filter(
        (f) =>
          f.honorific &&
          f.words.length === 1 &&
          f.personScore >= 5 &&
          f.placeScore === 0 &&
          titlesOf.get(f.words[0]!) === 1,
      )
      .map((f) => f.words[0]!),
  );
  const titledPerson = (f: FormStats): boolean =>
    !f.honorific &&
    f.words.length === 1 &&
    titledPeople.has(f.words[0]!) &&
    f.placeScore * 4 < f.count &&
    isPersonForm({ ...f, placeScore: 0 }, lower);
  // "to May Welland", "from May Welland": a full name whose family the book writes with a person's
  // title ("Mrs. Welland") is a person even after place prepositions.
  const titledFamilyMember = (f: FormStats): boolean =>
    !f.honorific &&
    f.words.length >= 2 &&
    titlesOf.has(f.words[f.words.length - 1]!) &&
    f.placeScore * 2 < f.count &&
    isPersonForm({ ...f, placeScore: 0 }, lower);
  // "to Fanny Robin", "with Fanny": a full name opening on a known given name, and that given name
  // alone when the book gives it in full, are a person even after place prepositions, unless those
  // are most of its uses (Far from the Madding Crowd: Fanny Robin, 90 mentions, was no character at
  // all, and her lines went to "the spot"; probe round AF233).
  const knownGiven = (f: FormStats): boolean =>
    !f.honorific && GIVEN_NAME_GENDER.has(f.words[0]!.toLowerCase());
  const givenInFull = (f: FormStats): boolean =>
    knownGiven(f) &&
    f.words.length >= 2 &&
    f.placeScore * 2 < f.count &&
    isPersonForm({ ...f, placeScore: 0 }, lower);
  const fullGivens = new Set(
    [...stats.values()].filter((f) => f.count >= GIVEN_IN_FULL_MIN && givenInFull(f)).map((f) => f.words[0]!),
  );
  const givenOfFullName = (f: FormStats): boolean =>
    knownGiven(f) &&
    f.words.length === 1 &&
    fullGivens.has(f.words[0]!) &&
    f.placeScore * 4 < f.count &&
    isPersonForm({ ...f, placeScore: 0 }, lower);
  const candidates = [...stats.values()].filter(
    (f) =>
      (isPersonForm(f, lower) ||
        titledPerson(f) ||
        titledFamilyMember(f) ||
        givenInFull(f) ||
        givenOfFullName(f)) &&
      !isFamilyPlural(f),
  );
  // Tried: keeping "Mr. X" apart from the full-named X when the narration names both in the same
  // paragraphs (father and son). It fixed some novels and broke more; measured worse overall.
  // "old Mr. Emerson" / "young Mr. Bertram": the book has two of them, father and son.
  const qualified = new Map<string, number>();
  for (const m of text.matchAll(/\b(?:old|young|elder|younger)\s+((?:Mr|Mrs|Miss)\.?\s+[A-Z][a-z]+)/g)) {
    const form = m[1]!.replace(/\s+/g, ' ').replace(/^(Mr|Mrs)\s/, '$1. ');
    qualified.set(form, (qualified.get(form) ?? 0) + 1);
  }
  const ageQualified = new Set(
    [...qualified]
      .filter(([form, n]) => n >= AGE_QUALIFIED_SHARE * (stats.get(form)?.count ?? n))
      .map(([form]) => form),
  );
  const { entities, formToKey } = clusterNames(
    candidates,
    ageQualified,
    petFormsNamedApart(text, occurrences),
    sisterFamilies(stats.values(), isFamilyPlural),
    givenNamesListedApartFromMr(text, occurrences),
    positionsByForm(occurrences),
  );
  joinMarriedNames(findMarriedNameLinks(text, occurrences), entities, formToKey);
  joinCaseVariants(entities, formToKey, (f) => stats.get(f)?.count ?? 0);
  const firstPerson = isFirstPerson(text, quoteParts);
  // Keep clusters that read like people and are named more than once.
  const kept = new Map<string, Entity>();
  // People only talked about, a few times, in the dialogue ("Who on earth is Mr. Quested?"): listed as
  // characters, but no speaker candidates and no mentions for the speaker rules.
  const talkedOf: Entity[] = [];
  for (const e of entities.values()) {
    let count = 0;
    let quoted = 0;
    let score = 0;
    let place = 0;
    let speaks = 0;
    for (const f of e.forms) {
      const s = stats.get(f)!;
      count += s.count;
      quoted += s.quoted;
      score += s.personScore;
      place += s.placeScore;
      speaks += s.taggedAfterQuote;
    }
    // (Tags right after a quotation keep a person the narration often puts after "to" or "in"; so
    // does a full name on a known given name: givenInFull above.)
    const namedInFull = [...e.forms].some((f) => {
      const st = stats.get(f)!;
      return st.count >= GIVEN_IN_FULL_MIN && givenInFull(st);
    });
    if (
      !(count >= 2 && (score >= 2 || namedInFull) && (score > place || speaksInTags(speaks) || namedInFull))
    )
      continue;
    // (A first-person narrator's name is only ever spoken by others: not there.)
    if (!firstPerson && quoted === count && count <= TALKED_OF_MAX) talkedOf.push(e);
    else kept.set(e.key, e);
  }
  // Ids in order of first appearance.
  const firstSeen = new Map<string, number>();
  for (const o of occurrences) {
    const key = formToKey.get(o.form);
    if (key && kept.has(key) && !firstSeen.has(key)) firstSeen.set(key, o.start);
  }
  const order = [...firstSeen.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => k);
  const idOfKey = new Map(order.map((k, i) => [k, `c${i}`]));
  const mentions: Mention[] = [];
  for (const o of occurrences) {
    const key = formToKey.get(o.form);
    const id = key ? idOfKey.get(key) : undefined;
    if (id) mentions.push({ start: o.start, end: o.end, character: id, inQuote: o.inQuote });
  }
  const byId = new Map<string, { gender: Gender; entity: Entity | null }>();
  for (const key of order) {
    const e = kept.get(key)!;
    byId.set(idOfKey.get(key)!, { gender: genderOf(e, stats), entity: e });
  }
  // Unnamed speakers known by their role ("said the waiter"): a character each, unless a named
  // character already goes by that word ("Nanny").
  /** Role characters' names: "the passenger", then fuller descriptions ("the genial passenger"). */
  const roleNames = new Map<string, string[]>();
  let nextId = order.length;
  let roleMentionsAdded = false;
  for (const role of findRoleSpeakers(text, quoteParts)) {
    const owner = [...byId].find(
      ([, v]) => v.entity && [...v.entity.forms].some((f) => f.toLowerCase() === role.noun),
    )?.[0];
    // A rank someone holds by name ("King Lear", named twice, does not) is theirs: "said the
    // duke" is then the Duke of that name, for the description rules to find.
    if (role.rank && !owner && holdsRank(kept.values(), role.noun, stats)) continue;
    const id = owner ?? `c${nextId++}`;
    if (!owner) {
      byId.set(id, {
        gender: role.rank ? (GENDERED_NOUNS.get(role.noun) ?? 'unknown') : 'unknown',
        entity: null,
      });
      roleNames.set(id, [`the ${role.noun}`, ...role.described.map((d) => `the ${d}`)]);
    }
    for (const m of role.mentions) {
      mentions.push({ start: m.start, end: m.end, character: id, inQuote: false });
      roleMentionsAdded = true;
    }
  }
  // "the stranger" who says "My name is Griffin": the description's mentions are Griffin's, and
  // "the stranger" one of his names.
  const revealedNames = new Map<string, string[]>();
  for (const r of findRevealedDescriptions(text, quoteParts, mentions)) {
    for (const m of descriptionMentions(text, r.noun, quoteParts, r.stretch))
      mentions.push({ start: m.start, end: m.end, character: r.character, inQuote: false });
    revealedNames.set(r.character, [...(revealedNames.get(r.character) ?? []), `the ${r.noun}`]);
    roleMentionsAdded = true;
  }
  // Role mentions were appended (to a new role or to the named character who owns the noun): re-sort.
  if (roleMentionsAdded) mentions.sort((a, b) => a.start - b.start);
  const narrator = firstPerson ? NARRATOR_ID : null;
  if (narrator) byId.set(narrator, { gender: 'unknown', entity: null });
  const personForms = new Set<string>();
  for (const e of [...kept.values(), ...talkedOf]) for (const f of e.forms) personForms.add(f);
  const talkedOfIds = talkedOf.map(() => `c${nextId++}`);
  const talkedOfOffsets = new Map<Entity, number[]>(talkedOf.map((e) => [e, []]));
  const talkedOfByKey = new Map(talkedOf.map((e) => [e.key, e]));
  for (const o of occurrences) {
    const e = talkedOfByKey.get(formToKey.get(o.form) ?? '');
    if (e) talkedOfOffsets.get(e)!.push(o.start);
  }

  // Characters known only by a title ("Madame", "the General") cannot be the narrator's name.
  const titleOnly = new Set(
    [...byId]
      .filter(([, v]) => v.entity && [...v.entity.forms].every((f) => HONORIFICS.has(f.toLowerCase())))
      .map(([id]) => id),
  );
  const narratorNames = (raw: readonly RawQuotation[]): Set<string> => {
    if (!narrator) return new Set();
    const unattributed = raw.map((q) => ({ parts: q.parts, speaker: null }));
    const as = nameTheNarrator(unattributed, raw, mentions, text, titleOnly);
    return as ? narratorsOtherNames(as, byId, mentions) : new Set();
  };

  const finish = (quotes: DialogueQuote[], raw: readonly RawQuotation[]): Character[] => {
    let narratorAs: string | null = null;
    /** Every character id that is the narrator under another name: narratorAs and its other clusters. */
    let narratorIds = new Set<string>();
    if (narrator) narratorAs = nameTheNarrator(quotes, raw, mentions, text, titleOnly);
    if (narratorAs) narratorIds = narratorsOtherNames(narratorAs, byId, mentions);
    const characters: Character[] = [];
    const quoteCounts = new Map<string, number>();
    for (const q of quotes) if (q.speaker) quoteCounts.set(q.speaker, (quoteCounts.get(q.speaker) ?? 0) + 1);
    const offsetsOf = new Map<string, number[]>();
    for (const m of mentions) {
      const id = narratorIds.has(m.character) ? NARRATOR_ID : m.character;
      let list = offsetsOf.get(id);
      if (!list) {
        list = [];
        offsetsOf.set(id, list);
      }
      list.push(m.start);
    }
    if (narratorAs) {
      for (const q of quotes) {
        if (q.speaker && narratorIds.has(q.speaker)) q.speaker = NARRATOR_ID;
        if (q.runnersUp) q.runnersUp = narratorRunnersUp(q.runnersUp, q.speaker, narratorIds);
        q.addressees = [...new Set(q.addressees.map((a) => (narratorIds.has(a) ? NARRATOR_ID : a)))].filter(
          (a) => a !== q.speaker,
        );
      }
    }
    if (narrator) {
      const merged = [...narratorIds].flatMap((id) => {
        const e = byId.get(id)?.entity;
        return e ? [e] : [];
      });
      const aliases =
        merged.length > 0
          ? aliasesOf({ ...merged[0]!, forms: new Set(merged.flatMap((e) => [...e.forms])) }, stats)
          : [];
      const offsets = offsetsOf.get(NARRATOR_ID) ?? [];
      const firstQuote = quotes.find((q) => q.speaker === NARRATOR_ID)?.start ?? 0;
      characters.push({
        id: NARRATOR_ID,
        name: aliases[0] ?? 'Narrator',
        aliases: [...(aliases.length > 0 ? aliases : ['Narrator']), 'I'],
        gender: narratorAs ? (byId.get(narratorAs)?.gender ?? 'unknown') : 'unknown',
        mentions: offsets.length,
        mentionOffsets: offsets,
        firstAppearance: Math.min(offsets[0] ?? firstQuote, firstQuote),
      });
    }
    for (const [id, info] of byId) {
      const role = roleNames.get(id);
      if (role) {
        const offsets = offsetsOf.get(id) ?? [];
        characters.push({
          id,
          name: role[0]!,
          aliases: role,
          gender: info.gender,
          mentions: offsets.length,
          mentionOffsets: offsets,
          firstAppearance: offsets[0] ?? 0,
        });
        continue;
      }
      if (id === NARRATOR_ID || narratorIds.has(id) || !info.entity) continue;
      const offsets = offsetsOf.get(id) ?? [];
      const aliases = [...aliasesOf(info.entity, stats), ...(revealedNames.get(id) ?? [])];
      characters.push({
        id,
        name: aliases[0]!,
        aliases,
        gender: info.gender,
        mentions: offsets.length,
        mentionOffsets: offsets,
        firstAppearance: offsets[0] ?? 0,
      });
    }
    for (const [i, e] of talkedOf.entries()) {
      const offsets = talkedOfOffsets.get(e)!;
      const aliases = aliasesOf(e, stats);
      characters.push({
        id: talkedOfIds[i]!,
        name: aliases[0]!,
        aliases,
        gender: genderOf(e, stats),
        mentions: offsets.length,
        mentionOffsets: offsets,
        firstAppearance: offsets[0] ?? 0,
      });
    }
    return characters;
  };
  return { byId, mentions, narrator, stats, personForms, narratorNames, finish };
}

/** Mentions a named holder of a rank needs for "the duke" to be theirs ("King Lear", named twice, is no holder). */
const RANK_HOLDER_MIN = 5;

/** Some named person holds the rank: "Duke of Omnium", "Prince Florizel", named RANK_HOLDER_MIN times. */
function holdsRank(entities: Iterable<Entity>, rank: string, stats: ReadonlyMap<string, FormStats>): boolean {
  const title = `${rank[0]!.toUpperCase()}${rank.slice(1)} `;
  for (const e of entities) {
    const forms = [...e.forms];
    if (!forms.some((f) => f.startsWith(title))) continue;
    if (forms.reduce((n, f) => n + (stats.get(f)?.count ?? 0), 0) >= RANK_HOLDER_MIN) return true;
  }
  return false;
}

/** Aliases, most used first, except that the first is the character's display name (display-name.ts). */
function aliasesOf(e: Entity, stats: ReadonlyMap<string, FormStats>): string[] {
  const count = (f: string) => stats.get(f)?.count ?? 0;
  const byUse = [...e.forms].sort((a, b) => count(b) - count(a));
  const display = displayName(e.forms, stats);
  const printed = (f: string) => {
    const st = stats.get(f);
    return st ? printedForm(st) : f;
  };
  return [...new Set([display, ...byUse.filter((f) => f !== display)].map(printed))];
}

/** Titled mentions under this share of all the character's mentions are few… */
const FEW_TITLES = 0.1;
/** …against pronouns at least this many, this many times the other sex's (the ratio the pronoun rule below takes). */
const PRONOUN_SURE_MIN = 10;
const PRONOUN_SURE_RATIO = 1.5;

/** Loose votes (names.ts, FormStats) needed for a gender, and their lead over the other sex's. */
const LOOSE_VOTES_MIN = 3;
const LOOSE_VOTES_RATIO = 2;

/**
 * Gender from the titles the book gives the character first ("Mrs.", "Lady"), then from the pronouns
 * that follow the character's names in narration, then from the given-name table.
 */
function genderOf(e: Entity, stats: ReadonlyMap<string, FormStats>): Gender {
  let titledMale = 0;
  let titledFemale = 0;
  let male = 0;
  let female = 0;
  for (const f of e.forms) {
    const s = stats.get(f);
    if (!s) continue;
    // A rank on its own ("the General") is a title too.
    const title = s.honorific ?? (s.words.length === 1 ? s.words[0]! : null);
    const g = title ? HONORIFICS.get(title.toLowerCase().replace(/\.$/, ''))?.gender : undefined;
    if (g === 'male') titledMale += s.count;
    else if (g === 'female') titledFemale += s.count;
    male += s.maleVotes;
    female += s.femaleVotes;
  }
  // A title the book gives a few times does not outweigh the pronouns of all the rest: The Way of All
  // Flesh's Theobald ("he", hundreds of times) took "Mrs. Theobald" (his wife, 7 times) as his own.
  const named = [...e.forms].reduce((n, f) => n + (stats.get(f)?.count ?? 0), 0);
  const few = (titled: number) => titled < FEW_TITLES * named;
  const surelyMale = male >= PRONOUN_SURE_MIN && male >= female * PRONOUN_SURE_RATIO;
  const surelyFemale = female >= PRONOUN_SURE_MIN && female >= male * PRONOUN_SURE_RATIO;
  if (titledMale > titledFemale * 3 && !(surelyFemale && few(titledMale))) return 'male';
  if (titledFemale > titledMale * 3 && !(surelyMale && few(titledFemale))) return 'female';
  if (male >= 1 && male >= female * 1.5) return 'male';
  if (female >= 1 && female >= male * 1.5) return 'female';
  if (e.titleGender !== 'unknown') return e.titleGender;
  const given = e.given ?? [...e.forms].map((f) => stats.get(f)?.words[0]).find((w) => w !== undefined);
  const byName = given ? (GENDER_ONLY_GIVEN_NAMES.get(given.toLowerCase()) ?? 'unknown') : 'unknown';
  if (byName !== 'unknown') return byName;
  // Nothing above: the pronouns after the names where they are not the subject (Bartleby, whom a
  // first-person narrator mostly names as an object: "I looked at Bartleby. He …").
  let looseMale = 0;
  let looseFemale = 0;
  for (const f of e.forms) {
    looseMale += stats.get(f)?.looseMaleVotes ?? 0;
    looseFemale += stats.get(f)?.looseFemaleVotes ?? 0;
  }
  if (looseMale >= LOOSE_VOTES_MIN && looseMale >= looseFemale * LOOSE_VOTES_RATIO) return 'male';
  if (looseFemale >= LOOSE_VOTES_MIN && looseFemale >= looseMale * LOOSE_VOTES_RATIO) return 'female';
  return 'unknown';
}
