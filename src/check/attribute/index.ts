import type { Span } from '../../book/span.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { LETTERS } from '../../text/letters.js';
import { type BookIndex, buildBookIndex } from '../locate/book-index.js';
import type { AttributionEvidence, AttributionVerdict, Credit, NameResolution } from '../types.js';
import type { BookParagraphs } from './book-paragraph.js';
import type { Cast } from './cast.js';
import { isNarratorName, NARRATOR_RESOLUTION } from './cast.js';
import { noEvidence } from './evidence.js';
import {
  answersACallGuard,
  familyNameGuard,
  joinedTurnsGuard,
  pronounGuard,
  reportedSpeechGuard,
} from './guards.js';
import { compareClaim, type TogetherEvidence } from './identity.js';
import { kinCandidates, parseKinCredit } from './kin.js';
import { conversations, modelParts, type SpeakerModel, speechFinder } from './model-line.js';
import {
  calledWithArticle,
  countAgedMen,
  countApposed,
  countCalledAs,
  countFullName,
  countNamedTogether,
  countOtherWives,
  countSisters,
  declaredNicknames,
  familyPrintedWith,
  isEpithet,
  namedInNarration,
  renamedOnMarriage,
  titledForms,
} from './name-evidence.js';
import { type NarratorNamedAt, narratorNaming, oneNarrator } from './narrator-name.js';
import { type AttributeContext, judgeCharacter, judgeNarrator, type Reading, readAt } from './occurrence.js';
import { peopleNamed } from './people.js';
import { combine, everyPlaceRead, FEW_WORDS, notAHeading } from './places.js';
import { sameWordsElsewhere } from './repeats.js';
import { MAX_OCCURRENCES, MAX_REPEAT_SEARCHES } from './thresholds.js';

/**
 * Stage 5 of the check, attribute: the writer's credit ("X says …") held against who speaks the
 * located line in the book, with the evidence for the verdict. "Contradicted" tells a teacher a
 * student misattributed a line, the worst thing to get wrong, so it needs strong evidence: the book's
 * own speech tag (or the model where it is almost never wrong), a speaker the claimed name cannot
 * also mean (identity.ts), and every place a repeated line occurs saying so.
 */

export type { SpeakerModel } from './model-line.js';
export type { AttributeContext } from './occurrence.js';
export { SAID_ELSEWHERE_NOTE } from './places.js';

export interface AttributionResult {
  attribution: AttributionVerdict;
  bookSpeaker: string | null;
  /** The speaker model's confidence in `bookSpeaker` (0..1), or null. */
  speakerConfidence: number | null;
  claimedCharacter: NameResolution | null;
  evidence: AttributionEvidence | null;
  addressee: { claimed: string; attribution: AttributionVerdict; bookAddressees: string[] } | null;
  /** Things the reader should know about the verdict ("Mrs. Collins and Charlotte Lucas may be one person"). */
  notes: string[];
  /**
   * Where the verdict was read: the located place, or another place the book prints the same words,
   * where the credited speaker says them (the report then shows that place). Null when not located.
   */
  place: Span | null;
}

/** What the stage reads of a speaker model, the same for every review checked against its book. */
interface ModelShared {
  bookText: string;
  parts: Span[];
  speechOf: (at: number) => readonly Span[] | null;
  together: TogetherEvidence;
  narratorNamedAt: NarratorNamedAt;
}

/**
 * Built once per model (and book text) and kept while the model lives: a server's check worker or
 * a class set checks many reviews against one model, and rebuilding these was ~3 ms of each check.
 * Nothing here changes once built (the name evidence only remembers what it counted).
 */
const sharedByModel = new WeakMap<SpeakerModel, ModelShared>();

/** Two characters' ids as one key, in either order. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function sharedOf(model: SpeakerModel, cast: Cast, bookText: string): ModelShared {
  const hit = sharedByModel.get(model);
  if (hit && hit.bookText === bookText) return hit;
  const talk = conversations(model);
  const remembered = new Map<string, number>();
  const remember = (key: string, count: () => number): number => {
    let n = remembered.get(key);
    if (n === undefined) {
      n = count();
      remembered.set(key, n);
    }
    return n;
  };
  let nicknames: Set<string> | undefined;
  // (each a scan of the whole text, remembered as `remember` does numbers)
  const familiesPrinted = new Map<string, { family: string; count: number } | null>();
  const parts = modelParts(model);
  const shared: ModelShared = {
    bookText,
    parts,
    narratorNamedAt: narratorNaming(model, cast, bookText, parts),
    speechOf: speechFinder(model),
    together: {
      talk: talk.talk,
      namedTalk: talk.namedTalk,
      exchanges: talk.exchanges,
      onlyCalled: (p) => p.id !== null && talk.onlyCalled(p.id),
      namedTogether: (a, b) => {
        if (!a.mentionOffsets || !b.mentionOffsets || a.id === null || b.id === null) return 0;
        const [x, y] = [a.mentionOffsets, b.mentionOffsets];
        return remember(`together|${pairKey(a.id, b.id)}`, () => countNamedTogether(bookText, x, y));
      },
      // (both read every mention of the two: remembered per pair, as namedTogether is; each is the
      // same count whichever of the two comes first)
      apposed: (a, b) => {
        if (!a.mentionOffsets || !b.mentionOffsets) return 0;
        const [x, y] = [a.mentionOffsets, b.mentionOffsets];
        if (a.id === null || b.id === null) return countApposed(bookText, x, y);
        return remember(`apposed|${pairKey(a.id, b.id)}`, () => countApposed(bookText, x, y));
      },
      calledAs: (a, b) => {
        if (!a.mentionOffsets || !b.mentionOffsets) return 0;
        const [x, y] = [a.mentionOffsets, b.mentionOffsets];
        if (a.id === null || b.id === null) return countCalledAs(bookText, x, y);
        return remember(`called|${pairKey(a.id, b.id)}`, () => countCalledAs(bookText, x, y));
      },
      isDeclaredNickname: (word) => {
        nicknames ??= declaredNicknames(bookText);
        return nicknames.has(word.toLowerCase());
      },
      // (each a scan of the whole text: remembered, as namedTogether is)
      fullNamePrinted: (given, family) =>
        remember(`full|${given}|${family}`, () => countFullName(bookText, given, family)),
      familyPrintedWith: (given) => {
        if (!familiesPrinted.has(given)) familiesPrinted.set(given, familyPrintedWith(bookText, given));
        return familiesPrinted.get(given) ?? null;
      },
      otherWivesPrinted: (family) => remember(`wives|${family}`, () => countOtherWives(bookText, family)),
      agedMenPrinted: (family) => remember(`aged|${family}`, () => countAgedMen(bookText, family)),
      sistersPrinted: (family) => remember(`sisters|${family}`, () => countSisters(bookText, family)),
      namedInNarration: (p) =>
        p.id !== null && p.mentionOffsets
          ? remember(`narrated|${p.id}`, () => Number(namedInNarration(p.mentionOffsets!, parts))) > 0
          : true,
      calledByRole: (p) =>
        p.id !== null && p.mentionOffsets
          ? remember(`role|${p.id}`, () => Number(calledWithArticle(bookText, p.mentionOffsets!, parts))) > 0
          : false,
      epithet: (p) =>
        p.id !== null && p.mentionOffsets
          ? remember(`epithet|${p.id}`, () => Number(isEpithet(bookText, p, parts))) > 0
          : false,
      // (the name before may be a married one too: Madame Cheron marries Montoni)
      renamedOnMarriage: (wife, before) => {
        const married = titledForms(wife.names, ['married']);
        const earlier = titledForms(before.names, ['unmarried', 'married']);
        if (married.length === 0 || earlier.length === 0) return false;
        const key = `renamed|${JSON.stringify(married)}|${JSON.stringify(earlier)}`;
        return remember(key, () => Number(renamedOnMarriage(bookText, married, earlier))) > 0;
      },
    },
  };
  sharedByModel.set(model, shared);
  return shared;
}

/** Everything the stage needs about the book, built once per review (the model's share once per model). */
export function attributeContext(
  model: SpeakerModel | null,
  cast: Cast,
  bookText: string,
  index?: BookIndex,
  paragraphs?: BookParagraphs,
  /** The headings of the book's chapters and parts (its structure's), when the caller has the book. */
  headings: readonly Span[] = [],
): AttributeContext {
  let words = index ?? null;
  const shared = model ? sharedOf(model, cast, bookText) : null;
  return {
    model,
    cast,
    bookText,
    paragraphs: paragraphs ?? null,
    parts: shared?.parts ?? null,
    speechOf: shared?.speechOf ?? null,
    together: shared?.together ?? null,
    narratorNamedAt: shared?.narratorNamedAt ?? oneNarrator(() => true),
    repeatSearches: { left: MAX_REPEAT_SEARCHES },
    wordIndex: () => {
      words ??= buildBookIndex(bookText);
      return words;
    },
    headings: [...headings].sort((a, b) => a.start - b.start),
  };
}

const NONE: AttributionResult = {
  attribution: 'none',
  bookSpeaker: null,
  speakerConfidence: null,
  claimedCharacter: null,
  evidence: null,
  addressee: null,
  notes: [],
  place: null,
};

/** The book names someone so: every capitalised word of the name, side by side. */
function mentioned(name: string, bookText: string): boolean {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length === 0) return false;
  const escaped = words.map((w) => escapeRegExp(w)).join('\\s+');
  return new RegExp(`(?<![${LETTERS}])${escaped}(?![${LETTERS}])`, 'u').test(bookText);
}

const NO_SUCH_CHARACTER = 'no character of the book is called';

function resolutionNotes(name: string, res: NameResolution): string[] {
  if (res.status === 'ambiguous') return [`“${name}” may be any of ${res.candidates.join(', ')}`];
  if (res.status !== 'unknown') return [];
  // The model's cast leaves out people the book names only in passing.
  return res.namedInBook
    ? [`“${name}” is not among the characters the speaker model found`]
    : [`${NO_SUCH_CHARACTER} “${name}”`];
}

/** The credit's addressee ("Emma tells Harriet") against whom the book says the line is spoken to. */
function judgeAddressee(
  claimedName: string,
  reading: Reading,
  ctx: AttributeContext,
): AttributionResult['addressee'] {
  // "tells Meg and Jo": each of the two; the line said to either agrees with the writer.
  const claimed = claimedName.split(/,?\s+(?:and|&)\s+/).flatMap((name) => peopleNamed(name, ctx.cast));
  // "said Tommy to her": a pronoun says nothing about whom; "said Tommy to Ruth" does.
  const to = reading.tag?.kind === 'named' ? reading.tag.to : null;
  const tagTo = to && !/^(?:him|her|them|me|us)$/i.test(to) ? to : null;
  if (tagTo) {
    const book = peopleNamed(tagTo, ctx.cast);
    const same = claimed.some((a) => book.some((b) => compareClaim(a, b, ctx.together).relation === 'same'));
    const distinct = claimed.every((a) =>
      book.every((b) => compareClaim(a, b, ctx.together).relation === 'distinct'),
    );
    return {
      claimed: claimedName,
      attribution: same
        ? 'supported'
        : distinct && claimed.every((p) => p.id !== null)
          ? 'contradicted'
          : 'unknown',
      bookAddressees: [tagTo],
    };
  }
  const ids = reading.line?.addressees ?? [];
  const names = ids.map((id) => ctx.cast.byId(id)?.name ?? id);
  const supported = claimed.some((p) => p.id !== null && ids.includes(p.id));
  // The model's addressees are inferred (vocatives, two-person exchanges): enough to agree with a
  // writer, not to contradict one.
  return { claimed: claimedName, attribution: supported ? 'supported' : 'unknown', bookAddressees: names };
}

/**
 * Judge a credit against the located line. `location` is null when the quotation was not located;
 * `otherLocations` are further places the same words occur.
 */
export function attribute(
  credit: Credit | null,
  location: Span | null,
  ctx: AttributeContext,
  otherLocations: readonly Span[] = [],
): AttributionResult {
  if (!credit || credit.kind === 'author') return NONE;
  const claimedName = credit.name;
  const narrator = credit.kind === 'narrator' || isNarratorName(claimedName);
  const resolved = ctx.cast.resolve(claimedName);
  // (a name the credit reader took for the narrator's, "Gulliver" of Gulliver's Travels: the narrator)
  const claimedCharacter =
    narrator && resolved.status === 'unknown'
      ? NARRATOR_RESOLUTION
      : resolved.status === 'unknown' && mentioned(claimedName, ctx.bookText)
        ? { ...resolved, namedInBook: true }
        : resolved;
  const notes =
    narrator || ctx.cast.characters.length === 0 ? [] : resolutionNotes(claimedName, claimedCharacter);
  if (!location) {
    return {
      ...NONE,
      attribution: 'unknown',
      claimedCharacter,
      evidence: noEvidence('not located in the book'),
      notes,
    };
  }
  // Without the book's cast nothing says the claimed name is not another name of the tagged speaker.
  const known =
    ctx.cast.characters.length > 0 &&
    (claimedCharacter.status === 'character' || claimedCharacter.status === 'ambiguous');
  const claimed = narrator ? [] : peopleNamed(claimedName, ctx.cast);
  const judge = (r: Reading) =>
    narrator ? judgeNarrator(r, ctx) : judgeCharacter(claimed, known, r, ctx, claimedName);
  const places = [location, ...otherLocations.filter(notAHeading(ctx))];
  const readings = places.slice(0, MAX_OCCURRENCES).map((loc) => readAt(loc, ctx));
  const judged = readings.map(judge);
  const unread = places.slice(MAX_OCCURRENCES);
  const read = (loc: Span) => {
    const r = readAt(loc, ctx);
    readings.push(r);
    judged.push(judge(r));
  };
  // Not supported here: the same words printed elsewhere may be the claimed speaker's (a short line
  // said by several people), and a contradiction must hold at every place.
  if (!judged.some((j) => j.attribution === 'supported') && ctx.repeatSearches.left > 0) {
    ctx.repeatSearches.left--;
    const more = sameWordsElsewhere(ctx.wordIndex(), location, otherLocations, ctx.bookText).filter(
      notAHeading(ctx),
    );
    const room = Math.max(0, MAX_OCCURRENCES - readings.length);
    for (const loc of more.slice(0, room)) read(loc);
    unread.push(...more.slice(room));
  }
  const fewWords =
    (ctx.bookText.slice(location.start, location.end).match(/\p{L}+/gu)?.length ?? 0) <= FEW_WORDS;
  const combined = everyPlaceRead(combine(judged, fewWords), unread, judged, read, fewWords);
  const familied = familyNameGuard(claimedName, claimedCharacter, combined.pick, combined.notes);
  const guarded = pronounGuard(credit, familied.pick, ctx, familied.notes);
  const reported = reportedSpeechGuard(location, guarded.pick, ctx, guarded.notes);
  const answered = answersACallGuard(claimedName, location, reported.pick, ctx, reported.notes);
  const { pick, notes: occurrenceNotes } = joinedTurnsGuard(
    location,
    answered.pick,
    ctx,
    (loc) => judge(readAt(loc, ctx)),
    answered.notes,
  );
  const pickedReading =
    readings[judged.indexOf(judged.find((j) => j.evidence === pick.evidence) ?? judged[0]!)]!;
  const result: AttributionResult = {
    attribution: pick.attribution,
    bookSpeaker: pick.bookSpeaker,
    speakerConfidence: pick.confidence,
    claimedCharacter,
    evidence: pick.evidence,
    addressee: credit.addressee ? judgeAddressee(credit.addressee, pickedReading, ctx) : null,
    // "his wife", supported by the book's own "cried his wife": no note that no character is so called.
    notes: [
      ...notes.filter((n) => pick.attribution !== 'supported' || !n.startsWith(NO_SUCH_CHARACTER)),
      ...pick.notes,
      ...occurrenceNotes,
    ],
    place: pickedReading.loc,
  };
  return result.attribution === 'supported' || claimedCharacter.status !== 'unknown'
    ? result
    : byKin(credit, location, ctx, otherLocations, result);
}

/** At most this many of the people a kin credit may mean are tried ("Mary Jane's aunt": two). */
const MAX_KIN_CANDIDATES = 4;

/**
 * A credit by kin that no character is called ("Tom's aunt"): supported where one of the people the
 * book's names make it mean says the line (kin.ts), shown under that person's name with the reason;
 * otherwise left as it was, never contradicted, since the book does not tell the checker whose aunt
 * anyone is.
 */
function byKin(
  credit: Credit,
  location: Span,
  ctx: AttributeContext,
  otherLocations: readonly Span[],
  plain: AttributionResult,
): AttributionResult {
  const kin = parseKinCredit(credit.name);
  if (!kin) return plain;
  for (const { character, reason } of kinCandidates(kin, ctx.cast).slice(0, MAX_KIN_CANDIDATES)) {
    const r = attribute({ ...credit, name: character.name }, location, ctx, otherLocations);
    if (r.attribution === 'supported')
      return { ...r, notes: [`“${credit.name}” is taken to be ${character.name}: ${reason}`, ...r.notes] };
  }
  return plain;
}

export { isNarratorName };
