import type { Span } from '../../book/span.js';
import { LETTERS, UPPERS } from '../../text/letters.js';
import type { BookIndex } from '../locate/book-index.js';
import type { AttributionEvidence, AttributionVerdict } from '../types.js';
import { ageQualifiedTagApart, otherAgeInBook } from './age-qualifier.js';
import type { BookParagraphs } from './book-paragraph.js';
import { type BookTag, speechAt, tagGender } from './book-tag.js';
import type { Cast, CastCharacter } from './cast.js';
import {
  calledEvidence,
  FIRST_PERSON_NARRATION,
  modelEvidence,
  NARRATION,
  noEvidence,
  runnerUpEvidence,
  tagEvidence,
} from './evidence.js';
import { genderContradiction } from './gender.js';
import { compareEach, type Person, type TogetherEvidence } from './identity.js';
import { dialogueAt, type ModelLine, type SpeakerModel } from './model-line.js';
import { nameKey, parseName } from './names.js';
import { claimedHere, type NarratorNamedAt, narratorHere, UNNAMED_NARRATOR } from './narrator-name.js';
import { namedInNarrationNear, taggedNear } from './narrator-scene.js';
import { claimFits, fittingSpeaker, narratorPerson, peopleNamed, personOf } from './people.js';
import { splitOf } from './split-person.js';
import { tagFindingLabel } from './tag-label.js';
import {
  contradictThreshold,
  RUNNER_UP_FIRST_MAX,
  RUNNER_UP_SUPPORT_MIN,
  supportThreshold,
  TAG_RULES_THAT_CONTRADICT,
  VOCATIVE_CONTRADICT_MIN,
} from './thresholds.js';
import { onlyThem, turnFindings } from './turn-findings.js';
import { callsClaimed, lineDeniesClaim } from './vocatives.js';
import {
  bareFamilyOfAMan,
  bareFamilyOfSpeaker,
  bareTagOfAnother,
  bareWordFits,
  describedConflict,
  familyFormFits,
  familyManFits,
  givenNameOfAnother,
  misfiledFamilyForm,
  tagGivesFullName,
  tagNameFits,
  writtenFormMayBe,
} from './written-name.js';

/**
 * One place a quotation occurs in the book: what the book says there (narration or dialogue, its
 * speech tag, the speaker model's reading), who it says speaks, and how that meets the writer's credit.
 */

export interface AttributeContext {
  model: SpeakerModel | null;
  cast: Cast;
  bookText: string;
  /** The book's paragraphs as it was built, when the caller has the book (book-paragraph.ts). */
  paragraphs: BookParagraphs;
  /** The model's quotation parts, sorted (for the tag reader), or null without a model. */
  parts: readonly Span[] | null;
  /** The parts of the model's quotation at an offset, or null without a model. */
  speechOf: ((at: number) => readonly Span[] | null) | null;
  together: TogetherEvidence | null;
  /** Whether the model's name for the first-person narrator holds at an offset (narrator-name.ts). */
  narratorNamedAt: NarratorNamedAt;
  /** How many more lines of this review may be looked for again in the whole book (repeats.ts). */
  repeatSearches: { left: number };
  /** The book's word index (the locate stage's), built on first use when the caller has none. */
  wordIndex: () => BookIndex;
  /** The headings of the book's chapters and parts, sorted: their words are no one's line. */
  headings: readonly Span[];
}

export interface Reading {
  loc: Span;
  /** The located words are narration, not anyone's speech. */
  narration: boolean;
  tag: BookTag | null;
  line: ModelLine | null;
  /** …inside a story told within someone's speech: the turns around it are the teller's, not its. */
  nested?: true;
}

/** Who the book says speaks at one place, and how strongly it says so. */
export interface Finding {
  /** The speaker; several when the tag's name fits several characters ("said Miss Bennet"). */
  people: Person[];
  /** The book's name for the speaker, as the report shows it. */
  label: string;
  /** Enough to contradict a writer: the book's own named tag, or the model where it is almost never wrong. */
  strong: boolean;
  evidence: AttributionEvidence;
  confidence: number | null;
}

export interface Judgement {
  attribution: AttributionVerdict;
  evidence: AttributionEvidence;
  /** The book's speaker there, or its likeliest speaker when it does not settle it. */
  bookSpeaker: string | null;
  confidence: number | null;
  notes: string[];
}

export function readAt(loc: Span, ctx: AttributeContext): Reading {
  const at = speechAt(ctx.bookText, loc, {
    modelParts: ctx.parts,
    speechOf: ctx.speechOf,
    paragraphs: ctx.paragraphs,
  });
  const outer = ctx.model ? dialogueAt(ctx.model, loc) : null;
  // (words inside a story told within a speech: the model's speaker is the teller; probe round X7)
  const line = outer && at.nested ? { ...outer, speaker: null, confidence: 0, runnersUp: [] } : outer;
  // With a model, dialogue is what the model reads as dialogue; without one, what is in quote marks.
  const narration = ctx.model ? line === null : !at.inQuotes;
  return {
    loc,
    narration,
    tag: narration ? null : at.tag,
    line,
    ...(at.nested ? { nested: true as const } : {}),
  };
}

function modelSpeaker(line: ModelLine | null, ctx: AttributeContext): CastCharacter | null {
  if (!line?.speaker) return null;
  return ctx.cast.byId(line.speaker) ?? ctx.cast.characters.find((c) => c.name === line.speaker) ?? null;
}

/** The book's likeliest speaker even when too unsure to go by (shown, never used to judge). */
export function likeliest(reading: Reading, ctx: AttributeContext): string | null {
  const speaker = modelSpeaker(reading.line, ctx);
  if (speaker?.id === 'narrator' && !ctx.narratorNamedAt(reading.loc.start)) return UNNAMED_NARRATOR;
  return speaker?.name ?? null;
}

/**
 * "“Can you mend it?” said the stranger", where the speaker model went by turn-taking: the book names
 * the speaker by a description the model's guess did not read, and such guesses are right 38.5% of
 * the time (72/187 on PDNC; 15/26 even at 0.8 and over: `npm run eval:described`). Neither it nor
 * the turns around the line then say who speaks. (A model that resolved the description reads it
 * `anaphoric`.)
 */
function describedAtTheLine(reading: Reading): boolean {
  const { tag, line } = reading;
  return (
    tag?.kind === 'description' && TAG_RULES_THAT_CONTRADICT.has(tag.ruleId) && line?.type === 'implicit'
  );
}

/** Who the book says speaks at this place: its own named tag first, else the speaker model. */
export function findSpeaker(reading: Reading, ctx: AttributeContext): Finding | null {
  const { tag, line } = reading;
  if (describedAtTheLine(reading)) return null;
  if (tag && (tag.kind === 'named' || tag.kind === 'first-person')) {
    // The book's tag names one character when the model has one it calls exactly so ("said Miss
    // Bennet" is the book's Miss Bennet, not any of the sisters a reader's "Miss Bennet" might mean).
    const called = tag.kind === 'named' ? ctx.cast.characterCalled(tag.who) : null;
    const people =
      tag.kind === 'first-person'
        ? [narratorHere(narratorPerson(ctx.cast), ctx.narratorNamedAt(reading.loc.start))]
        : called
          ? [personOf(called, ctx.cast)]
          : peopleNamed(tag.who, ctx.cast);
    // The model reads the same tags: where it names someone else with a tag of its own, one of the two
    // read the wrong line, and the tag alone is not enough to contradict anyone.
    const other = modelSpeaker(line, ctx);
    const disagrees =
      other !== null && line?.type === 'explicit' && people.every((p) => p.id !== null && p.id !== other.id);
    return {
      people,
      label: tagFindingLabel(people, tag, called, ctx.cast),
      strong: !disagrees && TAG_RULES_THAT_CONTRADICT.has(tag.ruleId),
      evidence: tagEvidence(tag),
      confidence: null,
    };
  }
  const speaker = modelSpeaker(line, ctx);
  if (!line || !speaker || line.confidence < supportThreshold(line.type)) return null;
  if (pointedToAfter(reading, ctx).some((p) => p.id === speaker.id)) return null;
  const person = narratorHere(personOf(speaker, ctx.cast), ctx.narratorNamedAt(reading.loc.start));
  return {
    people: [person],
    label: person.label,
    strong: line.confidence >= contradictThreshold(line.type),
    evidence: modelEvidence(line, speaker.name, tag),
    confidence: line.confidence,
  };
}

/**
 * "“…How came he here?”⏎pointing to Belcour.": the one the speaker points or turns to right after
 * the line is not the speaker (Charlotte Temple, probe round AF282: the model read "said he" there as
 * Belcour, 0.94, and supported a wrong credit to him). Capitalised words, not book-tag-parts.ts's NAME:
 * its titles cost ~50 M instructions to compile in every check that supports a line by the model.
 */
const POINTED_TO_AFTER = new RegExp(
  String.raw`^[^\n“”"]{0,3}[”"]?[ \t]*\n?[ \t]*,?[ \t]*(?:pointing|turning|nodding|gesturing|motioning|bowing)\s+(?:to|at|towards?)\s+((?:the\s+)?[${UPPERS}][${LETTERS}'’-]*(?:\s+[${UPPERS}][${LETTERS}'’-]*)?)`,
  'u',
);
function pointedToAfter(reading: Reading, ctx: AttributeContext): readonly Person[] {
  const m = POINTED_TO_AFTER.exec(ctx.bookText.slice(reading.loc.end, reading.loc.end + 120));
  return m ? peopleNamed(m[1]!, ctx.cast) : [];
}

/**
 * The claimed person is one of the speakers the model found nearly as likely as its first choice
 * (RUNNER_UP_SUPPORT_MIN): the model cannot tell them apart, and the writer's choice of the two is
 * enough to agree with. Never where the book's own tag names someone (findSpeaker answers first), nor
 * where it describes the speaker in words the cast cannot place.
 */
function runnerUpFinding(
  claimed: readonly Person[],
  reading: Reading,
  ctx: AttributeContext,
): Finding | null {
  const line = reading.line;
  if (!line || reading.tag?.kind === 'named' || reading.tag?.kind === 'first-person') return null;
  // Nor where the tag describes the speaker in words the cast cannot place ("says the constable"):
  // the model's first choice is not taken there (findSpeaker), so its second is not either.
  if (describedAtTheLine(reading)) return null;
  // …nor for one the description cannot be ("said my father" for the narrator himself)
  if (reading.tag?.kind === 'description' && describedConflict(reading.tag, claimed, ctx.bookText))
    return null;
  if (line.speaker && line.confidence >= RUNNER_UP_FIRST_MAX) return null;
  // …nor one of the other gender than the book's own pronoun at the line ("“Truth is always rude, my
  // dear,” he replied", the model torn between two women: Elizabeth and Her German Garden, probe round
  // AF273, a credit to Irais supported)
  const said = reading.tag?.kind === 'pronoun' ? tagGender(reading.tag.who) : null;
  for (const r of line.runnersUp) {
    if (r.probability < RUNNER_UP_SUPPORT_MIN) break;
    const who = ctx.cast.byId(r.speaker);
    if (!who) continue;
    const person = personOf(who, ctx.cast);
    if (!claimFits(claimed, [person])) continue;
    if (said && person.gender !== 'unknown' && person.gender !== said) return null;
    const first = modelSpeaker(line, ctx);
    return {
      people: [person],
      label: who.name,
      strong: false,
      evidence: runnerUpEvidence(line, first?.name ?? null, who.name, r.probability),
      confidence: r.probability,
    };
  }
  return null;
}

function result(
  attribution: AttributionVerdict,
  evidence: AttributionEvidence,
  bookSpeaker: string | null,
  confidence: number | null,
  notes: string[] = [],
): Judgement {
  return { attribution, evidence, bookSpeaker, confidence, notes };
}

/**
 * A credit to a character, judged at one place. `known`: the claimed people are the book's characters;
 * a name no character has (every name, when there is no cast to know them by) is never contradicted.
 */
export function judgeCharacter(
  claimedAsRead: readonly Person[],
  known: boolean,
  reading: Reading,
  ctx: AttributeContext,
  /** The credit's name as the writer wrote it. */
  written = '',
): Judgement {
  // The model's narrator named where another narrator may be telling this part is no one known here.
  const named = ctx.narratorNamedAt(reading.loc.start);
  const claimed = claimedAsRead.map((p) => claimedHere(p, named));
  if (reading.narration) {
    // A first-person narrator's narration is their own words.
    if (claimed.some((p) => p.id === 'narrator'))
      return result('supported', FIRST_PERSON_NARRATION, null, null);
    return result('unknown', NARRATION, null, null);
  }
  const told = findSpeaker(reading, ctx);
  // "the stranger says" where the book says "said the stranger": the book's own words for the speaker.
  const tag = reading.tag;
  if (tag?.kind === 'description' && claimed.some((p) => sameDescription(p.label, tag.who)))
    return result('supported', tagEvidence(tag), tag.who, null);
  // "said Mrs. Todd’s mother": the book's own tag describes the speaker through the claimed person,
  // who is therefore someone else.
  if (
    known &&
    tag?.kind === 'description' &&
    TAG_RULES_THAT_CONTRADICT.has(tag.ruleId) &&
    claimed.some((p) => isPossessorIn(p, tag.who))
  )
    return result('contradicted', tagEvidence(tag), tag.who, null);
  // The book's own named tag at the located passage outranks turn-taking: where there is one (even
  // one too weak to contradict), the turns around it are not read at all.
  const turnsRead =
    told?.evidence.source === 'book-tag' || describedAtTheLine(reading) || reading.nested
      ? { speaker: null, notSpeaker: null }
      : turnFindings(reading, ctx);
  const turns = turnsRead.speaker;
  const agreeing = [told, turns].find((f) => f && claimFits(claimed, f.people)) ?? null;
  const gendered = known
    ? genderContradiction(claimed, written, reading.tag, agreeing ?? told, ctx.cast)
    : null;
  if (gendered) return gendered;
  // The book's tags on the turns around the line outrank the model's inference: where they are
  // strong they decide; else either agreeing with the writer supports them.
  const finding = turns && (turns.strong || !agreeing || agreeing === turns) ? turns : told;
  // …but the model agreeing with the writer where the turns around the line give someone else is two
  // readings of the book at odds, and neither confirms the credit ("“No,” she answered quietly",
  // taken for Zava at 0.74, with the tags around it showing Somel and Terry alternating: Herland,
  // probe round AF244, a wrong credit supported).
  if (turns && !turns.strong && told && agreeing === told && !claimFits(claimed, turns.people))
    return result('unknown', told.evidence, told.label, told.confidence, [
      `the turns around it show ${turns.label ?? 'someone else'} speaking it`,
    ]);
  // The writer credits the other person of the exchange, whom the book tags on the turns either side.
  const excluded = turnsRead.notSpeaker;
  if (
    known &&
    excluded &&
    !(turns && agreeing === turns) &&
    onlyThem(claimed, excluded, turns, ctx) &&
    !(turns && misfiledFamilyForm(claimed, written, turns.people, ctx.cast, ctx.together))
  ) {
    // The speaker shown is whoever the book gives that is not the claimed person: never "credited to
    // Nell, but the book's speaker is Nell" where the model agrees with the writer.
    const book = turns ?? (told && !claimFits(claimed, told.people) ? told : null);
    return result('contradicted', excluded.evidence, book?.label ?? null, book?.confidence ?? null);
  }
  // The model's reading, first or second choice, supports no credit to someone the line calls by
  // name ("Oh, Frankenstein, be not equitable…" credited to Victor): the line is said to them.
  const denied = () => lineDeniesClaim(claimed, reading.loc, ctx);
  const second = !finding || finding === told ? runnerUpFinding(claimed, reading, ctx) : null;
  if (second && (!finding || !claimFits(claimed, finding.people)) && !denied())
    return result('supported', second.evidence, second.label, second.confidence);
  if (!finding) {
    const guess = likeliest(reading, ctx);
    const e =
      reading.line && guess
        ? modelEvidence(reading.line, guess, reading.tag)
        : noEvidence('the book does not say who speaks this line, and the speaker model cannot tell');
    const described = describedAtTheLine(reading)
      ? [`the book says “${tag!.text}”, and whom it means is not known`]
      : [];
    return result('unknown', e, guess, reading.line?.confidence ?? null, described);
  }
  const { evidence, label, confidence } = finding;
  // "said the squire" (or "said my aunt"), which the model took for Dr. Livesey (or Eliza): the book's
  // description of the speaker is no one the model can be sure of.
  // (so too the turns around it: "“Dearest niece,” said my father" is no line of the narrator's
  // whatever the parity two lines on says; probe round AE16)
  const misread =
    tag?.kind === 'description' && (finding === told || finding === turns)
      ? describedConflict(tag, claimed, ctx.bookText)
      : null;
  if (misread) return result('unknown', evidence, label, confidence, [misread]);
  if (claimFits(claimed, finding.people)) {
    const shared =
      evidence.source === 'book-tag' && tag?.kind === 'named'
        ? bareTagOfAnother(tag.who, reading.loc.start, finding.people, ctx.cast, ctx.bookText)
        : null;
    if (shared)
      return result('unknown', evidence, label, confidence, [`the book's “${tag!.who}” may be ${shared}`]);
    const age =
      ageQualifiedTagApart(ctx.bookText, reading.loc, written) ??
      otherAgeInBook(ctx.bookText, reading.loc, written);
    if (age) return result('unknown', evidence, label, confidence, [age]);
    const givenElsewhere =
      evidence.source === 'book-tag' && tag?.kind === 'named' && tagGivesFullName(tag.who, written)
        ? null
        : givenNameOfAnother(written, finding.people, ctx.cast);
    if (givenElsewhere)
      return result('unknown', evidence, label, confidence, [
        `the book's ${label ?? 'speaker'} shares only the family name with “${written}”, and ${givenElsewhere} bears the given name`,
      ]);
    const why = evidence.source === 'model' ? denied() : null;
    if (why) return result('unknown', evidence, label, confidence, [why]);
    // (never "supported" beside another person's name: the speaker shown is the one the claim fits)
    return result('supported', evidence, fittingSpeaker(claimed, finding.people)?.label ?? label, confidence);
  }
  if (!known) return result('unknown', evidence, label, confidence);
  const split = splitOf(claimed, finding, ctx, written);
  if (split) return result('supported', evidence, label, confidence, [split]);
  // The line calls the claimed person by name: it is said to them, so not by them, nor by another
  // name of theirs ("never named together, so maybe one person" yields to "Mr. Harker" called).
  const called =
    finding.confidence === null || finding.confidence >= VOCATIVE_CONTRADICT_MIN
      ? callsClaimed(claimed, written, reading.loc, ctx)
      : null;
  if (called) return result('contradicted', calledEvidence(called, evidence), label, confidence);
  const identity = compareEach(claimed, finding.people, ctx.together, written);
  if (identity.relation !== 'distinct')
    return result('unknown', evidence, label, confidence, [identity.reason]);
  const tagName = tag?.kind === 'named' ? tag.who : null;
  const misfiled = writtenFormMayBe(claimed, written, finding.people, tagName, ctx.cast, ctx.together);
  if (misfiled) return result('unknown', evidence, label, confidence, [misfiled]);
  // "said Miss Alan" for a line credited to Miss Catharine Alan: whatever character the model took the
  // tag's name for, the name itself may be the claimed person's.
  if (
    tag?.kind === 'named' &&
    (claimed.some((p) => tagNameFits(tag.who, p, ctx.cast)) ||
      // "said Miss Steele" for a line credited to Anne Steele: the elder Miss Steele is Anne, whoever
      // the cast gave the form to.
      familyFormFits(tag.who, written))
  )
    return result('unknown', evidence, label, confidence, [
      `the book's “${tag.who}” may be ${claimed.map((p) => p.label).join(' or ')}`,
    ]);
  const bareWord =
    (tag?.kind === 'named' ? bareWordFits(written, tag.who) : null) ??
    bareFamilyOfSpeaker(written, finding.people) ??
    bareFamilyOfAMan(written, claimed, finding.people);
  if (bareWord) return result('unknown', evidence, label, confidence, [bareWord]);
  const familyMan = tag?.kind === 'named' ? familyManFits(tag.who, claimed, finding.people, ctx.cast) : null;
  if (familyMan)
    return result('unknown', evidence, label, confidence, [
      `the book's “${tag!.who}” may be ${familyMan.label}: a man's family name alone passes from father to son`,
    ]);
  // "I remarked" for a line credited to Betteredge: the model's one narrator may not be this part's.
  // In a book told by several narrators, only a tag of their own near the line shows the credited
  // person is not this part's "I" (a narrator may name themself: "plain Mr. Bruff", a heading "the
  // Journal of EZRA JENNINGS"; probe round Q4).
  const someoneElse = ctx.narratorNamedAt.severalNarrators ? taggedNear : namedInNarrationNear;
  if (
    finding.people.some((p) => p.id === 'narrator') &&
    !someoneElse(
      claimed,
      reading.loc,
      ctx.bookText,
      ctx.parts,
      ctx.cast,
      ctx.narratorNamedAt.partStart(reading.loc.start),
    )
  )
    return result('unknown', evidence, label, confidence, [
      `the book's narrator speaks here, and the narration around the line does not name ${claimed[0]?.label ?? 'the credited person'}: they may be the one telling this part`,
    ]);
  return result(finding.strong ? 'contradicted' : 'unknown', evidence, label, confidence);
}

/** "an old sailor" and "the old sailor": the same words but for the article (not "a young sailor"). */
/** "Mrs. Todd’s mother" is described through Mrs. Todd: the possessor is one of the person's names. */
function isPossessorIn(p: Person, who: string): boolean {
  const m = /^(.+?)[’']s\s+\p{Ll}/u.exec(who);
  if (!m) return false;
  const key = parseName(m[1]!).key;
  return p.names.some((n) => n.key === key) || nameKey(p.label) === key;
}

function sameDescription(a: string, b: string): boolean {
  const bare = (s: string) => nameKey(s).replace(/^(?:the|a|an) /, '');
  return bare(a) === bare(b);
}

/** A credit to "the narrator", judged at one place. */
export function judgeNarrator(reading: Reading, ctx: AttributeContext): Judgement {
  if (reading.narration) return result('supported', NARRATION, null, null);
  if (reading.tag?.kind === 'first-person')
    return result('supported', tagEvidence(reading.tag), 'the narrator', null);
  const finding = findSpeaker(reading, ctx);
  if (!finding) {
    const guess = likeliest(reading, ctx);
    return result(
      'unknown',
      noEvidence('the book does not say who speaks this line, and the speaker model cannot tell'),
      guess,
      reading.line?.confidence ?? null,
    );
  }
  const { evidence, label, confidence } = finding;
  // "“…whereof,” he said, “some evil genius…”" in Gulliver's Travels: "he" is not the "I" who tells
  // the story, whatever the model read (probe round AF259: supported for a credit to Gulliver).
  if (reading.tag?.kind === 'pronoun' && /^(?:he|she)$/i.test(reading.tag.who))
    return result('unknown', tagEvidence(reading.tag), null, null);
  if (finding.people.some((p) => p.id === 'narrator'))
    return result('supported', evidence, label, confidence);
  // A first-person narrator's own lines are tagged "I said": a tag naming someone in the third person
  // is someone else (the model's narrator character carries the names others call them by).
  if (!finding.strong) return result('unknown', evidence, label, confidence);
  return result('contradicted', evidence, label, confidence);
}
