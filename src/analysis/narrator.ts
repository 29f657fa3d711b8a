/**
 * A first-person narrator's names: the one others call them by (`nameTheNarrator`), and the other
 * clusters that are the same person under a fuller or shorter name (`narratorsOtherNames`); and
 * whether the book has one at all (`isFirstPerson`).
 */

import { findSpanIndex, type Span } from '../book/span.js';
import { type Gender, PLAIN_TAG_VERBS } from '../lexicon.js';
import type { Entity } from './entity.js';
import { canonicalGiven } from './given-names.js';
import type { RawQuotation } from './quotes.js';
import { type Mention, mentionsIn } from './speakers/index.js';
import type { DialogueQuote } from './types.js';

export const NARRATOR_ID = 'narrator';

/** A character named in narration at most this share of its namings can be the narrator ("I" is not named). */
const NARRATED_SHARE_MAX = 0.25;
/**
 * Of several full names with the narrator's given name, the one named this many times as often as the
 * next is the narrator's (Jane Eyre: "Jane Eyre" 80 mentions, "Jane Rochester" 12); closer, they are
 * two people.
 */
const FULL_NAME_DOMINANCE = 3;

/**
 * The narrator named by others as "Jake" is the "Jacob Barnes" and "Mr. Barnes" they talk of too
 * (narrator/other-names): the one other cluster with the same full given name ("Jake" and "Jacob"
 * through the pet-form table), then clusters known by that family name alone; each of a compatible
 * gender and as rarely named in narration as a narrator is (a "Jacob Stein" the narration names is
 * someone else).
 */
export function narratorsOtherNames(
  narratorAs: string,
  byId: ReadonlyMap<string, { gender: Gender; entity: Entity | null }>,
  mentions: readonly Mention[],
): Set<string> {
  const ids = new Set([narratorAs]);
  const me = byId.get(narratorAs);
  if (!me?.entity) return ids;
  const inNarration = new Map<string, number>();
  const all = new Map<string, number>();
  for (const m of mentions) {
    all.set(m.character, (all.get(m.character) ?? 0) + 1);
    if (!m.inQuote) inNarration.set(m.character, (inNarration.get(m.character) ?? 0) + 1);
  }
  let given = me.entity.given ? canonicalGiven(me.entity.given) : null;
  const candidates = [...byId].filter(
    ([id, other]) =>
      id !== narratorAs &&
      other.entity !== null &&
      (me.gender === 'unknown' || other.gender === 'unknown' || me.gender === other.gender) &&
      (inNarration.get(id) ?? 0) <= NARRATED_SHARE_MAX * (all.get(id) ?? 0),
  );
  // Named by the family name alone ("Copperfield", as Mr. Micawber calls him), the narrator is the one
  // full name of that family and their gender ("David Copperfield"), whose given name then counts.
  // (A bare name's cluster keeps its word as its given name: "Copperfield" may be either.)
  const word = me.entity.surname ?? me.entity.given;
  const family = candidates.filter(
    ([, o]) =>
      word !== null &&
      o.entity!.surname === word &&
      o.entity!.given !== null &&
      o.entity!.given !== word &&
      (me.gender === 'unknown' || o.gender === me.gender),
  );
  if (family.length === 1) {
    ids.add(family[0]![0]);
    given = canonicalGiven(family[0]![1].entity!.given!);
  }
  const sameGiven = candidates.filter(
    ([, o]) => given !== null && o.entity!.given !== null && canonicalGiven(o.entity!.given) === given,
  );
  // The other cluster of the same full given name ("Jacob Barnes" for "Jake"): the one named far more
  // often than any other full name of that given name, the narrator's own among them ("Jane Eyre", not
  // the "Jane Rochester" she is at the end; and not a "Jane Merrow" beside a narrator called "Jane Gray").
  const mentioned = (id: string) => all.get(id) ?? 0;
  const fullNames = sameGiven
    .filter(([, o]) => o.entity!.surname !== null)
    .sort((a, b) => mentioned(b[0]) - mentioned(a[0]));
  const ownFullName =
    me.entity.surname === null || !me.entity.given
      ? 0
      : mentions.filter((m) => m.character === narratorAs && m.end - m.start > me.entity!.given!.length)
          .length;
  const rival = Math.max(ownFullName, fullNames.length > 1 ? mentioned(fullNames[1]![0]) : 0);
  const fullName =
    fullNames.length > 0 && mentioned(fullNames[0]![0]) >= FULL_NAME_DOMINANCE * rival ? fullNames[0]! : null;
  if (fullName) ids.add(fullName[0]);
  // A title and the given name alone ("Miss Jane", as the servants call her) is the narrator too.
  for (const [id, o] of sameGiven) if (o.entity!.surname === null) ids.add(id);
  // Then the family name of either ("Mr. Barnes"), for clusters with no other given name.
  const surnames = new Set(
    [me.entity, ...(fullName ? [fullName[1].entity!] : [])]
      .map((e) => e.surname)
      .filter((x): x is string => x !== null),
  );
  // Only of the narrator's known gender: "Mrs. Barnes" is his mother, whatever "I" is.
  const gender = me.gender !== 'unknown' ? me.gender : fullName ? fullName[1].gender : 'unknown';
  for (const [id, o] of candidates)
    if (
      gender !== 'unknown' &&
      o.gender === gender &&
      o.entity!.surname !== null &&
      surnames.has(o.entity!.surname) &&
      o.entity!.given === null
    )
      ids.add(id);
  return ids;
}

/**
 * A first-person narrator is named by the others: the character most often addressed by name in the
 * turns right before or after the narrator speaks, among characters the narration itself rarely names
 * (a narrator does not call themselves by name). Returns that character's id, or null.
 */
export function nameTheNarrator(
  quotes: readonly Pick<DialogueQuote, 'parts' | 'speaker'>[],
  raw: readonly RawQuotation[],
  mentions: readonly Mention[],
  text: string,
  titleOnly: ReadonlySet<string>,
): string | null {
  const inNarration = new Map<string, number>();
  const all = new Map<string, number>();
  for (const m of mentions) {
    all.set(m.character, (all.get(m.character) ?? 0) + 1);
    if (!m.inQuote) inNarration.set(m.character, (inNarration.get(m.character) ?? 0) + 1);
  }
  const rarelyNarrated = (id: string) =>
    (inNarration.get(id) ?? 0) <= NARRATED_SHARE_MAX * (all.get(id) ?? 0) && !titleOnly.has(id);
  const votes = new Map<string, number>();
  let total = 0;
  // Every vocative in speech by someone else counts once; one in a reply to the narrator, three times.
  for (let j = 0; j < quotes.length; j++) {
    const other = quotes[j]!;
    if (other.speaker === NARRATOR_ID) continue;
    const nextToNarrator = [j - 1, j + 1].some(
      (i) =>
        quotes[i]?.speaker === NARRATOR_ID && Math.abs(raw[i]!.firstParagraph - raw[j]!.firstParagraph) <= 2,
    );
    const weight = nextToNarrator ? 3 : 1;
    for (const part of other.parts) {
      for (const m of mentionsIn(mentions, part.start, part.end)) {
        if (!rarelyNarrated(m.character)) continue;
        const after = text[m.end];
        const before = text.slice(Math.max(part.start, m.start - 2), m.start).trim();
        if (
          (before === '' || before === ',') &&
          (after === ',' || after === '!' || after === '?' || after === '.')
        ) {
          votes.set(m.character, (votes.get(m.character) ?? 0) + weight);
          total += weight;
        }
      }
    }
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best || best[1] < 5 || best[1] < total * 0.3) return selfNamed(text, mentions);
  return best[0];
}

/**
 * "Call me Ishmael.", "My name is Pip", "I called myself Pip", "Jeff Margrave, and I, Vandyck
 * Jennings" (Herland): the narrator's own word for their name.
 */
const SELF_NAMING =
  /(?:\b(?:[Cc]all me|[Mm]y name (?:is|was)|I called myself)[ \t\r\n]+|\bI,[ \t\r\n]+)(?=\p{Lu})/gu;

/**
 * Where the others seldom call the narrator by name (Moby-Dick's Ishmael: a handful of times, most
 * of them his own "Ishmael, said I to myself", in the narration), the name the narrator gives
 * themself there, outside speech ("my name" in a first-person narration is the narrator's): the
 * first such name of a character. (Probe round N4: a writer's "Ishmael" was never the narrator.)
 */
function selfNamed(text: string, mentions: readonly Mention[]): string | null {
  for (const m of text.matchAll(SELF_NAMING)) {
    const at = m.index + m[0].length;
    const named = mentions.find((x) => x.start === at);
    if (named && !named.inQuote) return named.character;
  }
  return null;
}

/** Share of narration words that are "I" above which the book has a first-person narrator. */
const FIRST_PERSON_RATE = 0.006;

/**
 * A narrator who mostly tells others' story ("said I" to Christopher Robin in Winnie-the-Pooh's frame)
 * still tags their own speech: at least SAID_I_MIN such tags, and at least this share of the narration's
 * words. Measured on LitBank's 92 novels and PDNC's 18 (narration outside the detected quotations):
 * Winnie-the-Pooh has 11 in 14,000 words (7.7 in 10,000); the third-person novels where a quoted story
 * or letter the quote finder missed says "said I" stay under 1 in 10,000 (Little Women 4 in 121,000,
 * Far from the Madding Crowd 9 in 100,000, A Portrait of the Artist 6 in 64,000), Dubliners (three
 * first-person stories of fifteen) 2.2; every first-person novel is already over FIRST_PERSON_RATE.
 */
const SAID_I_MIN = 3;
const SAID_I_RATE = 0.0003;

/** The book has a first-person narrator: "I" in the narration, or "said I" often enough. */
export function isFirstPerson(text: string, quoteParts: readonly Span[]): boolean {
  let narrationI = 0;
  // "I" as a subject ("I went", "I'm"), not the Roman numeral of "CHAPTER I."
  const re = /\bI(?=\s+[a-z]|['\u2019][a-z])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (findSpanIndex(quoteParts, m.index) < 0) narrationI++;
  let quotedChars = 0;
  for (const p of quoteParts) quotedChars += p.end - p.start;
  const narrationWords = Math.max(1, (text.length - quotedChars) / 5.5);
  if (narrationI >= 20 && narrationI / narrationWords > FIRST_PERSON_RATE) return true;
  // A narrator who mostly tells others' story still speaks: "I said", "said I" in the narration.
  let saidI = 0;
  // The seven plainest tag verbs after "I", the five plainest before it ("said I", not "added I").
  const tag = new RegExp(
    String.raw`\bI (?:${PLAIN_TAG_VERBS.slice(0, 7).join('|')})\b|\b(?:${PLAIN_TAG_VERBS.slice(0, 5).join('|')}) I\b`,
    'g',
  );
  for (let m = tag.exec(text); m; m = tag.exec(text)) if (findSpanIndex(quoteParts, m.index) < 0) saidI++;
  return saidI >= SAID_I_MIN && saidI / narrationWords >= SAID_I_RATE;
}
