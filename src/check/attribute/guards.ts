import type { Span } from '../../book/span.js';
import { GIVEN_NAME_GENDER } from '../../lexicon.js';
import { LETTERS, LOWERS, UPPERS } from '../../text/letters.js';
import { isEnglishWord } from '../locate/english.js';
import type { Credit, NameResolution } from '../types.js';
import { paragraphAround, partsIn, segmentsOf } from './book-paragraph.js';
import { tagGender } from './book-tag.js';
import type { Person } from './identity.js';
import { parseName } from './names.js';
import type { AttributeContext, Judgement } from './occurrence.js';
import { peopleNamed } from './people.js';
import { cap } from './person-names.js';
import { calledCharacter, calledNames } from './vocatives.js';

/**
 * Guards on a verdict the places of a line gave (index.ts): a "contradicted" that the writer's own
 * words may still explain is left unsettled, with a note saying why. Each takes the verdict and its
 * notes and returns them, changed or not.
 */

/**
 * "Harvey Linden" matched by the family name alone to the book's Mr. Linden, whom the book never
 * calls Harvey: a family shares its name (Harvey is his lost son, the hero the book calls Dodger
 * until its last chapter; probe round F3). Enough to agree with the writer, never to contradict.
 * Measured: `npm run eval:pdnc-credits` wrong credits contradicted 6,261 → 6,247 of 18,695 (PDNC's
 * full names the cast knows only by title and family name, "Frederick Wentworth"), right credits
 * unchanged; eval:check, eval:realworld, eval:attribute unchanged.
 */
export function familyNameGuard(
  claimedName: string,
  resolution: NameResolution,
  pick: Judgement,
  notes: string[],
): { pick: Judgement; notes: string[] } {
  if (pick.attribution !== 'contradicted' || resolution.matchedBy !== 'surname') return { pick, notes };
  const written = parseName(claimedName);
  // (a given name, not a word of a descriptive name: "the Mad Hatter" is the Hatter)
  const given = written.given;
  if (!given || !written.surname || (!GIVEN_NAME_GENDER.has(given) && isEnglishWord(given)))
    return { pick, notes };
  return {
    pick: { ...pick, attribution: 'unknown' },
    notes: [
      ...notes,
      `the book never calls ${resolution.character ?? 'its character'} “${cap(given)}”: ${claimedName} may be another of the ${cap(written.surname)} family`,
    ],
  };
}

/**
 * "Ruth waits. She says, “…”": the writer's pronoun was taken to mean a name, and that reading may be
 * wrong. Where the book's speaker could be the one the pronoun means (the same gender, or unknown),
 * the credit is not contradicted: the pronoun may mean them.
 */
export function pronounGuard(
  credit: Credit,
  pick: Judgement,
  ctx: AttributeContext,
  notes: string[],
): { pick: Judgement; notes: string[] } {
  if (pick.attribution !== 'contradicted' || !credit.pronoun) return { pick, notes };
  const said = tagGender(credit.pronoun);
  // no speaker named (the book says only who does not speak it): the pronoun may mean anyone
  const speakers = pick.bookSpeaker ? peopleNamed(pick.bookSpeaker, ctx.cast) : [];
  const other =
    speakers.length > 0 &&
    speakers.every((p) => p.gender !== 'unknown' && said !== null && p.gender !== said);
  if (other || spokenToInTheCredit(credit, speakers, ctx)) return { pick, notes };
  return {
    pick: { ...pick, attribution: 'unknown' },
    notes: [
      ...notes,
      pick.bookSpeaker
        ? `the writer's “${credit.pronoun}” may mean ${pick.bookSpeaker}, who says this in the book`
        : `the writer's “${credit.pronoun}” may mean someone else`,
    ],
  };
}

/**
 * "“I am not a martyr to lumbago,” he tells Mr. Pett": the book's speaker is the one the writer's own
 * sentence says the words are spoken to, so whoever the pronoun means, it is not them (probe round
 * AF277: the wrong credit left unknown, "he" may mean Mr. Pett).
 */
function spokenToInTheCredit(credit: Credit, speakers: readonly Person[], ctx: AttributeContext): boolean {
  if (!credit.addressee || speakers.length === 0) return false;
  const spokenTo = new Set(
    peopleNamed(credit.addressee, ctx.cast)
      .map((p) => p.id)
      .filter((id) => id !== null),
  );
  return speakers.every((p) => p.id !== null && spokenTo.has(p.id));
}

/**
 * "He says he feels it in his veins", "my father used to say that …": where the words in the book
 * follow, inside the speaker's line, a clause reporting someone else's saying, the writer who credits
 * them to the one reported ("Dickon says “he feels it in his veins”") has read the book rightly.
 * (Only run straight on: "He said, “…”" with its comma and mark is the book's own tag.) The
 * speaker of the line is no contradiction then: the credit is left unsettled, with a note.
 */
const REPORTED_BEFORE = new RegExp(
  String.raw`(?:^|[\s“"‘'(—-])(?:[Hh]e|[Ss]he|[Tt]hey|(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Yy]our)\s+[${LOWERS}]+|[${UPPERS}][${LETTERS}'’.-]+)\s+(?:(?:used\s+to|would|always)\s+say|says|said|tells\s+(?:me|us|him|her)|told\s+(?:me|us|him|her)|thinks|thought|writes|wrote)\s+(?:that\s+|as\s+)?$`,
  'u',
);

export function reportedSpeechGuard(
  location: Span,
  pick: Judgement,
  ctx: AttributeContext,
  notes: string[],
): { pick: Judgement; notes: string[] } {
  if (pick.attribution !== 'contradicted') return { pick, notes };
  const before = ctx.bookText.slice(Math.max(0, location.start - 40), location.start);
  const m = REPORTED_BEFORE.exec(before);
  if (!m) return { pick, notes };
  const clause = m[0].trim().replace(/^[“"‘'(—-]/, '');
  return {
    pick: { ...pick, attribution: 'unknown' },
    notes: [
      ...notes,
      `in the book ${pick.bookSpeaker ?? 'the speaker'} reports someone else's words here (“${clause} …”)`,
    ],
  };
}

/**
 * "“My God! I can't stand this!” George himself admits, “You have the option of dropping the
 * subject.”": the writer joined two quotations into one, and in the book its words run over two turns
 * of the talk, George's and then Mrs. Johnson's (The Magnificent Ambersons; probe round Y3). Read
 * where it ends, it contradicts George; read where it starts, it is his. A "contradicted" stands only
 * where no paragraph of the book the words run over is the claimed speaker's.
 */
export function joinedTurnsGuard(
  location: Span,
  pick: Judgement,
  ctx: AttributeContext,
  judgeAt: (loc: Span) => Judgement,
  notes: string[],
): { pick: Judgement; notes: string[] } {
  if (pick.attribution !== 'contradicted') return { pick, notes };
  for (const piece of paragraphPieces(location, ctx)) {
    const j = judgeAt(piece);
    if (j.attribution !== 'supported') continue;
    return {
      pick: { ...pick, attribution: 'unknown' },
      notes: [
        ...notes,
        `the quoted words run over two turns of the book's dialogue: ${j.bookSpeaker ?? 'the credited speaker'} speaks the first, ${pick.bookSpeaker ?? 'someone else'} the other`,
      ],
    };
  }
  return { pick, notes };
}

/** The parts of a located span in each book paragraph it runs over (none when it is in one). */
function paragraphPieces(location: Span, ctx: AttributeContext): Span[] {
  const pieces: Span[] = [];
  let at = location.start;
  while (at < location.end && pieces.length < 4) {
    const para = paragraphAround(ctx.bookText, at, ctx.paragraphs);
    const end = Math.min(location.end, Math.max(para.end, at + 1));
    if (/\p{L}/u.test(ctx.bookText.slice(at, end))) pieces.push({ start: at, end });
    const next = /\S/.exec(ctx.bookText.slice(end, location.end));
    if (!next) break;
    at = end + next.index;
  }
  return pieces.length > 1 ? pieces : [];
}

/**
 * "“Don't worry about that, Arthur,” said Randolph." and then "“Thank you, Mr. Leslie,” said
 * Dodger.": a talk of two where each calls the other, the line before calling the credited person and
 * this line calling back the one who spoke it. The book's speaker answers to the credited name there,
 * and may be the credited person under another name (Adrift in New York's Dodger, whose name turns
 * out to be Arthur Grant, and the cast keeps the two apart: probe round AF191, a right credit
 * contradicted). The credit is left unsettled, with a note.
 */
export function answersACallGuard(
  claimedName: string,
  location: Span,
  pick: Judgement,
  ctx: AttributeContext,
  notes: string[],
): { pick: Judgement; notes: string[] } {
  if (pick.attribution !== 'contradicted' || !ctx.model) return { pick, notes };
  const claimed = ctx.cast.characterNamed(claimedName);
  if (!claimed) return { pick, notes };
  // (a man and a woman are two: "“There we differ, Mary,” said Anne." and "“So do I, Anne,” said
  // Charles." is Charles breaking in, not Mary under another name)
  const speaker = pick.bookSpeaker ? ctx.cast.characterNamed(pick.bookSpeaker) : null;
  const genders = new Set([claimed.gender, speaker?.gender].filter((g) => g === 'male' || g === 'female'));
  if (!speaker || genders.size > 1) return { pick, notes };
  const text = ctx.bookText;
  const para = paragraphAround(text, location.start, ctx.paragraphs);
  // (the line opens its paragraph: a turn of its own, the answer to the one before)
  if (/\p{L}/u.test(text.slice(para.start, location.start))) return { pick, notes };
  if (para.start === 0) return { pick, notes };
  const prev = paragraphAround(text, Math.max(0, para.start - 3), ctx.paragraphs);
  const caller = ctx.model.quotes.find(
    (q) => q.start >= prev.start && q.end <= prev.end && q.speaker,
  )?.speaker;
  if (!caller || caller === claimed.id) return { pick, notes };
  const calls = (p: Span, id: string) =>
    calledNames(text, segmentsOf(text, p, partsIn(ctx.parts, p))).find(
      (n) => calledCharacter(n, ctx.cast)?.id === id,
    ) ?? null;
  const called = calls(prev, claimed.id);
  if (!called || !calls(para, caller)) return { pick, notes };
  return {
    pick: { ...pick, attribution: 'unknown' },
    notes: [
      ...notes,
      `the line before calls ${called}, and this line answers it: the book's ${pick.bookSpeaker ?? 'speaker'} may be ${claimedName} under another name`,
    ],
  };
}
