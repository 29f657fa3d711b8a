import type { Span } from '../../book/span.js';
import {
  abbreviatedTitleAlternation,
  creditVerbAlternation,
  HONORIFICS,
  hasReplyVerb,
  isPresentCreditVerb,
  OPENS_WITH_CONNECTIVE,
  PASSIVE_CREDIT_PARTICIPLES,
} from '../../lexicon.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { LETTERS, LOWERS, UPPERS } from '../../text/letters.js';
import { addressedNames } from '../attribute/vocatives.js';
import { type MarkedQuote, markFamily } from './marks.js';

/**
 * Joining the parts of one quotation, and keeping apart quotations that only stand side by side.
 *
 * One quotation in parts: the writer's narration (`“I kept you apart,” she says, “and I am sorry.”`)
 * or the book's own tag copied inside (`“I am not happy,” said the Professor, “because…”`). The
 * words between go into `between`, where the credits stage reads the speaker.
 *
 * Two quotations: nothing but space between them (`“Not at all.” “I hope not.”`), a tag naming
 * another speaker for the second (`“A,” said Darcy. “B,” said Elizabeth.`), or another speaker's
 * prefix (`Alice: “…” Hatter: “…”`).
 */

export interface Piece {
  parts: Span[];
  between: Span[];
  outer: Span;
  unbalanced: boolean;
}

const VERBS = creditVerbAlternation();
const SPEECH_VERB = lazyRegExp(() => new RegExp(`\\b(?:${VERBS})\\b`, 'i'));
const LETTER = new RegExp(String.raw`[${LETTERS}\p{N}]`, 'u');
const ABBREVIATIONS = lazyRegExp(() => new RegExp(`\\b(?:${abbreviatedTitleAlternation(true)})\\.`, 'g'));
/**
 * A gap opening on "and"/"but"/"while" and then not a verb: another clause, another subject ("and,
 * of her sister, Nannie remarks," too: an aside after "and" is no verb of the first speaker's; probe
 * round N4 found the two lines joined as one quotation, not found).
 */
const NEW_CLAUSE = lazyRegExp(
  () =>
    new RegExp(
      `^[,\u2014\u2013-]?\\s*(?:and|but|while|whereas)(?:\\s+|\\s*,\\s*)(?!(?:then\\s+)?(?:${VERBS})\\b)`,
      'i',
    ),
);

/** The same, after a comma inside the gap: ", Jane tells Lizzy, and Lizzy answers,". */
const NEW_CLAUSE_INSIDE = lazyRegExp(
  () => new RegExp(`\\S,\\s+(?:and|but|while|whereas)\\s+(?!(?:then\\s+)?(?:${VERBS})\\b)`, 'i'),
);

/** A verb of speech in the past perfect: "had said", "had simply told", "had once asked". */
const PAST_PERFECT_TAG = lazyRegExp(
  () =>
    new RegExp(`\\bhad\\s+(?:(?:just|once|already|earlier|simply|[${LOWERS}]+ly)\\s+)?(?:${VERBS})\\b`, 'u'),
  // (its gate: the verb list compiles only where "had" is)
  /\bhad\s/,
);

/** A gap that opens on an answer to the words before: "to which the manager answers,", "whereupon Jo replies,". */
const ANSWER_OPENING =
  /^[,\u2014\u2013-]?\s*(?:to\s+which|at\s+which|upon\s+which|whereupon|in\s+(?:answer|reply|response)(?:\s+to\s+(?:which|this|that))?)\b/i;

/**
 * Longest narration between two parts of one quotation, in words ("said Mr. Bennet, after a pause,",
 * "Kennicott urges her on the walk to Fort Snelling.": probe round AF232, 9 words, the second part
 * left without a credit at 8).
 */
const MAX_TAG_WORDS = 10;

/** Narration between two parts of one split quotation: one short clause with a speech verb. */
/** A stretch of text with block-quote markers at its line starts taken out. */
const unquoted = (s: string) => s.replace(/\n[ \t]*(?:>[ \t]?)+/g, '\n');

export function isSplitNarration(gap: string, firstPart: string, nextPart = ''): boolean {
  const trimmed = unquoted(gap).trim();
  if (trimmed.length === 0 || trimmed.length > 80) return false;
  // "…,” says Tommy when Ruth leaves⏎3:40 Ruth on the storm: “…”": a new line opening on a list
  // marker or a time code is the next entry of a list, not the narration of this one.
  if (/\n[ \t]*(?:[-*•·]|\d{1,3}[.):])/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((w) => LETTER.test(w));
  if (words.length === 0 || words.length > MAX_TAG_WORDS) return false;
  if (!SPEECH_VERB().test(trimmed)) return false;
  const firstEnds = /[,\u2014\u2013!?-]\s*$/.test(firstPart);
  const gapStarts = /^[,\u2014\u2013]/.test(trimmed);
  // ("said she--": two hyphens for a dash, as plain-text editions print it)
  const gapEnds = /[,\u2014\u2013:;.]$|--$/.test(trimmed);
  // One clause of narration ("said he,"), not a sentence and the start of another.
  if (/[.!?;:]\s/.test(trimmed.replace(ABBREVIATIONS(), ''))) return false;
  // "…for our girls!” Meanwhile Charlotte tells Elizabeth, “…": a new sentence of the writer's.
  if (OPENS_WITH_CONNECTIVE.test(trimmed)) return false;
  // "“…brought you to this?” Earlier, the butler had said simply, “…”": after a sentence's end, a
  // tag in the past perfect tells of another moment, another line (probe round AF246: two lines
  // joined as one, and reported not found).
  if (/[.!?…]\s*$/.test(firstPart) && PAST_PERFECT_TAG.mayMatch(trimmed) && PAST_PERFECT_TAG().test(trimmed))
    return false;
  // "“Cold!” She later complains, “…”": after a "!" or "?" a tag goes on in lower case ("“Cold!” she
  // said"); a capital pronoun opens the writer's next sentence.
  // The same for a capital article: "“What are they like?” The lieutenant scoffs: “…”".
  if (/[!?]\s*$/.test(firstPart) && /^(?:She|He|They|We|It|The|A|An|This|That|His|Her|Their)\b/.test(trimmed))
    return false;
  // '"…waiting for death," to which the manager answers, "Oh, nonsense!"': an answer to the first
  // part is another speaker's.
  if (ANSWER_OPENING.test(trimmed)) return false;
  if (answersTheLineBefore(firstPart, trimmed, nextPart)) return false;
  // "“Welcome to my house!” Jonathan, unsure, asks: “Count Dracula?”": after a sentence's end, a
  // colon introduces another quotation (a tag inside one goes on with a comma).
  if (/[.!?…]\s*$/.test(firstPart) && /:$/.test(trimmed)) return false;
  // '"The horror!", and it is the manager's boy who announces, "…"': a new clause with a subject of
  // its own ('"Yes," he said, and added, "…"' goes on with the same speaker: a verb right after "and").
  if (NEW_CLAUSE().test(trimmed)) return false;
  // '“…,” Jane tells Lizzy, and Lizzy answers, “…”': a second clause inside the gap, with a
  // subject of its own, is the next quotation's tag.
  if (NEW_CLAUSE_INSIDE().test(trimmed)) return false;
  return (firstEnds || gapStarts) && gapEnds;
}

/**
 * "“…Louisa ain't gone!” Mrs. Fosdick answers, “Yes'm…”": after a line that ended its sentence, a
 * reply leading into words that open a sentence of their own is the next turn, someone else's
 * (probe round P4); "“Gone,” she answers, “in October”" and the book's "“Ah!” rejoined Winterbourne,
 * “if you are…”" run on. Read by the extract stage (two quotations) and the credit reader (the reply
 * is no tag of the line before).
 */
export function answersTheLineBefore(lineBefore: string, between: string, next: string): boolean {
  return /[!?.…]\s*$/.test(lineBefore) && /^\P{L}*\p{Lu}/u.test(next) && hasReplyVerb(between);
}

/** Is `s` a speech tag and nothing else ("said Darcy.", ", she says,", "Elizabeth replied")? */
export function isTagOnly(s: string): boolean {
  const t = unquoted(s)
    .trim()
    .replace(/^[,.;:—–-]+\s*/, '');
  if (t.length === 0) return true;
  const words = t.split(/\s+/).filter((w) => LETTER.test(w));
  if (words.length > MAX_TAG_WORDS) return false;
  if (/[.!?;]\s/.test(t.replace(ABBREVIATIONS(), ''))) return false;
  return SPEECH_VERB().test(t);
}

const NAME_WORD = `[${UPPERS}][${LETTERS}'’\\-]*\\.?`;
// "the Professor", and a relation the book's own tag gives ("cried his wife", "her mother said").
// …and a relation of someone named ("Angel's father says").
// …and a name after a word of age or pity: "old Mr Nightingale", "little Emil" (probe round AF143:
// no tag read, and his line and his nephew's answer joined as one).
// (not a possessive's capital opening the writer's sentence: "Her answer is the first of many…" is
// no tag of "Her" answering; probe round AF246, a split quotation cut in two for it)
const WHO = `(?:${NAME_WORD}['’]s\\s+[${LOWERS}]+|(?:(?:old|young|little|poor|dear|good)\\s+)?(?!(?:His|Her|Their|Its|My|Our|Your)\\s)${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[${LOWERS}]+\\s+)?[${LETTERS}]+|he|she|they|I|we)`;
/** Words between a tag's subject and its verb that say nothing of who: "she just answers", "Huck himself then announces". */
const TAG_ADVERB = `(?:then|just|only|simply|merely|now|again|also|too|himself|herself|themselves|had|has|earlier|later|once|[${LOWERS}]+ly)`;
const TAG_VERB_FIRST = lazyRegExp(() => new RegExp(`^\\s*[,.!?;:—–-]?\\s*(?:${VERBS})\\s+(${WHO})`, 'u'));
// (an aside between commas, and "then", before the verb: "Emily, curious, then confesses,")
const TAG_NAME_FIRST = lazyRegExp(
  () =>
    new RegExp(
      `^\\s*[,.!?;:—–-]?\\s*(${WHO})(?:,\\s+[${LOWERS}\\s]{1,30},)?(?:\\s+${TAG_ADVERB}){0,3}\\s+(?:${VERBS})\\b`,
      'u',
    ),
);

/**
 * "“…,” as Janey Archer puts it.": the writer's "as X puts it" (or "says", "has it") between two
 * parts names a speaker as a tag does (probe round AF63: read as no tag, and the two quotations either
 * side joined though the second had a credit of its own).
 */
const TAG_AS_PUTS_IT = lazyRegExp(
  () =>
    new RegExp(
      `^\\s*[,.!?;:—–-]?\\s*as\\s+(${WHO})\\s+(?:puts|put|says|said|has\\s+it|had\\s+it|tells\\s+[${LETTERS}]+|told\\s+[${LETTERS}]+)\\b(?:\\s+it)?\\s*[,.;:!?]?\\s*$`,
      'u',
    ),
);

/** The speaker a tag names, as written ("Darcy", "the Professor", "she"), or null. */
export function tagSpeaker(s: string): string | null {
  const m = TAG_VERB_FIRST().exec(s) ?? TAG_NAME_FIRST().exec(s) ?? TAG_AS_PUTS_IT().exec(s);
  return m ? m[1]!.trim() : null;
}

/**
 * "When Tommy asks “…”", "When Amory tells her “…”": the speaker a clause leading into a quotation
 * names, and the one it is told to, if named.
 */
const LEAD_NAME_VERB = lazyRegExp(
  () =>
    new RegExp(
      `(${WHO})(?:\\s+[${LOWERS}]+ly)?\\s+(?:${VERBS})(?:\\s+(him|her|them|${NAME_WORD}))?[\\s,:—–-]*$`,
      'u',
    ),
);
/** A name, then a word or two of the writer's and a colon, right before the quotation: "Rose again:". */
const COLON_LEAD_NAME = new RegExp(
  `(?:^|[.!?]\\s+|\\s)(?!(?:Then|Later|Now|Here|There|Finally|Again|Next|And|But|So|Yet|Still|Also|Once|Thus|Meanwhile|Afterwards|Instead|Quote|Line|Lines|Note|Answer|Question)\\b)(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})(?:\\s+[${LOWERS}]+){0,4}\\s*:\\s*$`,
  'u',
);
/**
 * A lead whose own verb of speech ends it, its subject left to an earlier sentence ("And then
 * screams in her voice, “…”"): the part it leads into has its speaker already.
 */
const LEAD_VERB_ONLY = lazyRegExp(() => new RegExp(`\\b(?:${VERBS})\\b[^.!?“”"]{0,30}[,:]\\s*$`, 'iu'));

function leadSpeaker(s: string): { who: string; to: string | null } | null {
  const m = LEAD_NAME_VERB().exec(s);
  if (!m) {
    // "At the end Rose again: “…”": a name and a word or two, then the colon (probe round AF49:
    // joined with "Lord Burlesdon says, “…”" after it, and contradicted for his line)
    const named = COLON_LEAD_NAME.exec(s);
    return named ? { who: named[1]!, to: null } : null;
  }
  // (the lexicon's credit phrases hold some with their object: "tells her")
  const to = m[2] ?? /\s(him|her|them)[\s,:—–-]*$/.exec(m[0])?.[1] ?? null;
  return { who: m[1]!.trim(), to };
}

/** The quotation calls `name` (or its first or last word) by name: it is said to them (vocatives.ts). */
export function callsByName(text: string, parts: readonly Span[], name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return addressedNames(text, parts).some(
    (c) => words.includes(c.toLowerCase()) || c.toLowerCase() === name.toLowerCase(),
  );
}

/** The quotation calls by name someone named in `lead` ("when Dick jokes: “Dick, don't laugh”"). */
export function callsSomeoneIn(text: string, parts: readonly Span[], lead: string): boolean {
  return addressedNames(text, parts).some((c) =>
    new RegExp(`(?<![${LETTERS}])${escapeRegExp(c)}(?![${LETTERS}])`, 'u').test(lead),
  );
}

const OBJECT_OF: Readonly<Record<string, string>> = { he: 'him', she: 'her', they: 'them' };

/** "Amory tells her “…,” she answers": the tag's subject is the one the lead clause spoke to. */
function toldAnswers(lead: { to: string | null } | null, tag: string | null): boolean {
  if (!lead?.to || !tag) return false;
  const to = lead.to.toLowerCase();
  return OBJECT_OF[tag.toLowerCase()] === to || nameKey(tag).join(' ') === nameKey(lead.to).join(' ');
}

/** Two names share a word other than a title: "Fanny" and "Fanny Price", not "Fanny" and "Sir Thomas". */
export function shareANameWord(a: string, b: string): boolean {
  const kb = nameKey(b);
  return nameKey(a).some((w) => kb.includes(w));
}

/** A name's words as tags are compared: lower case, no stops or apostrophes, no "the". */
function tagWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[.’']/g, '')
    .split(/\s+/)
    .filter((w) => w !== 'the');
}

function nameKey(name: string): string[] {
  const words = tagWords(name);
  // (a title alone is the description: "the doctor" and "the madman" are two people)
  const named = words.filter((w) => !HONORIFICS.has(w));
  return named.length > 0 ? named : words;
}

/** "her guardian", "his mother": someone described by their relation to another. */
const RELATIVE = new RegExp(String.raw`^(?:his|her|their)\s+[${LETTERS}]+$`, 'iu');
const PRONOUN = /^(?:he|she|they|i|we)$/i;

/**
 * Do two tags name different people? Pronouns and descriptions are not evidence either way, but for
 * one thing: "she asks … her guardian answers" are two people (no one is her own guardian).
 */
function differentSpeakers(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if ((PRONOUN.test(a) && RELATIVE.test(b)) || (RELATIVE.test(a) && PRONOUN.test(b))) return true;
  if (PRONOUN.test(a) || PRONOUN.test(b)) return false;
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka.length === 0 || kb.length === 0) return false;
  // "Dobbin: “…,” says the Major, “…”": a rank alone may be the one the name names (probe round
  // AF222: the line cut in two); two ranks, or a rank and a description, are two people.
  if (titleOnly(a) !== titleOnly(b)) return false;
  return !ka.some((w) => kb.includes(w));
}

/** A title alone, as a tag names someone: "the Major", "the Doctor". */
function titleOnly(name: string): boolean {
  const words = tagWords(name);
  return words.length > 0 && words.every((w) => HONORIFICS.has(w));
}

/**
 * '“That, I suppose,” says Mrs. Archer, “is the line they take.” Newland answers hotly that “…”':
 * after a part that ends its sentence, the words running into the next quotation are that one's
 * lead, not a tag of the part before (probe round S4: the split was reported as two quotations).
 */
function leadsIntoNext(text: string, part: MarkedQuote, next: MarkedQuote | undefined): boolean {
  if (!next || next.outer.start - part.outer.end > 80) return false;
  if (!/[.]\s*$/.test(text.slice(part.inner.start, part.inner.end))) return false;
  return !/[.!?;]\s/.test(text.slice(part.outer.end, next.outer.start).replace(ABBREVIATIONS(), ''));
}

/** A tag in the present a writer tells a story in ("says Montraville."), not the book's past ("said Eeyore."). */
function inPresent(tag: string): boolean {
  return (tag.match(/\p{Ll}+/gu) ?? []).some(isPresentCreditVerb);
}

/** A passive credit opening the words after a quotation: "is said by Margaret", "was spoken by Mr. Hale". */
const PASSIVE_CREDIT = new RegExp(
  String.raw`^\s*,?\s*(?:is|was|are|were)\s+(?:[a-z]+ly\s+)?(?:${PASSIVE_CREDIT_PARTICIPLES.join('|')})\s+(?:[a-z]+\s+)?by\s`,
);

/** A credit right after a quotation: "(the Squire)", "— Squire Gordon" (not a citation: "(p. 4)"). */
const OWN_CREDIT_AFTER = new RegExp(
  String.raw`^[\s.,;:!?]*(?:\((?!\s*(?:p|pp|ch|chap|chapter|vol|book|bk|page|pg|line|l|ll|act|scene|sc)\b\.?\s*[\dIVXLCivxlc])(?=[^()\n]*[${LETTERS}]{2})[^()\n\d]{1,40}\)|[—–―]\s*[${UPPERS}])`,
  'u',
);

/**
 * Join the quotations of one paragraph (in order) that are one quotation split by narration.
 * `limit`: where the paragraph ends (the tag after the last quotation is read up to there).
 */
/** A title's words: each capitalised but the small ones ("Araby", "The Dead", "A Little Cloud"). */
const TITLE_CASE = new RegExp(
  String.raw`^[${UPPERS}][${LETTERS}'’-]*(?:\s+(?:[${UPPERS}][${LETTERS}'’-]*|of|the|a|an|and|in|to|on|at))*$`,
  'u',
);
/** Words before a title: "In “Araby”", "the story “Eveline”". */
const AFTER_TITLE_WORD = /\b(?:[Ii]n|[Oo]f|[Ff]rom|[Ll]ike|story|novel|chapter|poem|tale|book)\s*$/;

export function joinSplit(text: string, quotes: readonly MarkedQuote[], limit: number): Piece[] {
  const out: Piece[] = [];
  let current: Piece | null = null;
  let currentMark = '';
  /** Where the words leading into the current piece's first part start (after the quotation before). */
  let leadFrom = 0;
  for (const [i, q] of quotes.entries()) {
    // "…asks “Dost thou mock me now?”, the child answers: ‘Thou wast not bold!’": one writer splits
    // one quotation with one kind of mark; double and single marks are two quotations.
    const sameMarks = markFamily(currentMark) === markFamily(q.mark);
    if (current && !q.openAtEnd && !current.unbalanced && sameMarks) {
      const gap = text.slice(current.outer.end, q.outer.start);
      const last = current.parts[current.parts.length - 1]!;
      const firstText = text.slice(last.start, last.end);
      const nextText = text.slice(q.inner.start, q.inner.end);
      if (isSplitNarration(gap, firstText, nextText)) {
        /** The words leading into the first part (after the quotation before). */
        const leadIn = text.slice(leadFrom, current.outer.start);
        // The part after has a tag of its own naming someone else: two speakers, two quotations.
        const nextStart = quotes[i + 1]?.outer.start ?? limit;
        // (nor the paragraph's last words leading on a colon into a quotation set off below it:
        // '“Mina,” Jonathan says, “…at once.” His wife insists anyway:' over a block quote; probe
        // round AF220: "His wife" taken for the part's own tag, the line cut in two)
        const after = text.slice(q.outer.end, Math.min(nextStart, q.outer.end + 80));
        const leadsBelow =
          nextStart === limit && /[.!?]\s*$/.test(nextText) && /:\s*$/.test(after) && !/[.!?;]\s/.test(after);
        const own = leadsIntoNext(text, q, quotes[i + 1]) || leadsBelow ? null : tagSpeaker(after);
        // "When Tommy asks “…?”, Ruth answers: “…”": the first part was led in by another speaker.
        // (not one the first part calls by name: "when Dick jokes: “Dick, don't laugh,” Nell says,
        // “…”" is Nell's to Dick; probe round AF31)
        const leadName = current.parts.length === 1 ? leadSpeaker(leadIn) : null;
        const calledLead =
          current.parts.length === 1 &&
          (leadName !== null
            ? callsByName(text, [last], leadName.who)
            : callsSomeoneIn(text, [last], leadIn));
        const led = calledLead ? null : leadName;
        const tag = tagSpeaker(gap);
        // "…screams in her voice, “I'M BLINDED!” Uncle Charles just asks, deadpan, “And what did you
        // do, John?”": the first part has a verb of speech of its own before it, so a tag naming
        // someone after it is the next quotation's (probe round C4).
        const ledByOwnVerb =
          current.parts.length === 1 &&
          !led &&
          !calledLead &&
          tag !== null &&
          !PRONOUN.test(tag) &&
          LEAD_VERB_ONLY().test(leadIn);
        // 'He demands, “Where's Dunsey, then?” Godfrey says, “Dunsey isn't come back, sir.”': a
        // first part led in by a pronoun's verb, then a tag naming someone: no writer tags one
        // quotation twice, so the name is the next one's (probe round AB3).
        const ledByPronoun =
          current.parts.length === 1 &&
          led !== null &&
          PRONOUN.test(led.who) &&
          tag !== null &&
          !PRONOUN.test(tag);
        // '“Thank God!” says Squire Gordon. “You Beauty!” (the Squire)': a part after a tag that has a
        // credit of its own, in brackets or after a dash, is its own quotation: no writer credits one
        // quotation twice (probe round AE25: joined, the first was contradicted for the second's speaker).
        // (past the paragraph's words: the unit's credit after them is set apart as its trailer)
        // So too a part ending on a comma, its own tag after it, where the tag before ended its
        // sentence: '“I dare not,” says Montraville. “And you will come to-morrow,” he insists.' (probe
        // round AF29: joined, and called altered at a third place), or on a semicolon: '“…friend?” she
        // said drily; “Ah! my dear lady…,” Chauvelin replies.' (probe round AF292: joined and called
        // altered); not '“One,” said Ruth, “two,” she
        // added, “three.”', nor '“…,” she answers. “You are a wicked man.” Tommy insists.', nor the
        // book's own tags copied in the past ('“Good morning, Pooh Bear,” said Eeyore gloomily. “If it
        // is a good morning,” he said. “Which I doubt,”' is one line of the book: eval:realworld).
        // …and where the tag before is the book's, copied in the past, but the part's own tag is the
        // writer's, in the present: '“…lump there!” she said at last. “I shall never…,” Colin
        // insists' (probe round AF217: joined, and the verbatim line reported not found).
        const ownTag = after.split(/[.!?;]/)[0]!;
        const creditedAgain =
          tag !== null &&
          ((own !== null &&
            /[.!?;]\s*$/.test(gap) &&
            /,\s*$/.test(nextText) &&
            (inPresent(gap) || (!PRONOUN.test(own) && inPresent(ownTag)))) ||
            // (not after a pronoun's tag: '“I didn't think,” she sobbed, “that I'd ever see you
            // again.” — Rena' says who "she" is, probe round AF237: split, and the second part alone
            // supported for Rena)
            (!PRONOUN.test(tag) &&
              OWN_CREDIT_AFTER.test(
                text.slice(
                  q.outer.end,
                  Math.min(quotes[i + 1]?.outer.start ?? text.length, q.outer.end + 60),
                ),
              )));
        // 'In "Araby", Mangan's sister can only say, “…”': a title after "in" or "of", in capitals
        // throughout, is no first part of a line (probe round AF123: joined with the line, and the
        // line never reported).
        const titleFirst =
          current.parts.length === 1 && TITLE_CASE.test(firstText.trim()) && AFTER_TITLE_WORD.test(leadIn);
        // '…the arbiter of "form," says of her husband, Count Olenski: "The very worst…"': a word or
        // two in scare quotes inside the writer's sentence (a word of theirs right before, no verb
        // of speech) is no first part of a line (probe round AF219: joined with Lefferts' line).
        // (the writer's words on the quotation's own line: a heading or a paragraph above it, "## 2.
        // Roderick Usher on his fear", is no sentence running into it; probe round AF270: the line
        // cut in two at the book's tag)
        const lineLead = leadIn.slice(leadIn.lastIndexOf('\n') + 1);
        const scareQuoted =
          current.parts.length === 1 &&
          firstText.trim().split(/\s+/).length <= 3 &&
          /\p{Ll}$/u.test(lineLead.trimEnd()) &&
          !SPEECH_VERB().test(lineLead.trimEnd().split(/\s+/).pop() ?? '');
        // 'the General hopes the drawing-room “…will suit a lady's taste!” Henry Tilney, ever the
        // ironist, declares, “…”': a first part run into the writer's own sentence (a word of theirs
        // right before the mark, no colon or comma) that ends it is that sentence's; a name then
        // opens the writer's next sentence and tags the next quotation (probe round AF214: joined as
        // one line split by the book's tag).
        // So too after a lead with a verb of speech of its own: 'Wentworth, in agony, exclaims: “Oh God!
        // her father and mother!” Charles Musgrove turns to Anne for guidance, asking, “…”' (probe
        // round AF218: joined, and Charles's line never reported). Either way the gap opens on a
        // capitalised word that is no pronoun: "“Cold!” she says, “…”" may go on with the same voice.
        const endsWritersSentence =
          current.parts.length === 1 &&
          /[.!?…]\s*$/.test(firstText) &&
          /^\s*\p{Lu}/u.test(gap) &&
          !/^\s*(?:He|She|They|I|We|It)\b/.test(gap) &&
          (/\p{Ll}$/u.test(leadIn.trimEnd()) || (!led && !calledLead && LEAD_VERB_ONLY().test(leadIn)));
        // '…asks to visit, “You need not have her,” her husband says, “but you will.”': a sentence of
        // speech that runs on past the tag, in lower case after a comma, is the tag's speaker's whoever
        // led into it (probe round AF240: split, the first part left without a credit).
        const runsOn = /,\s*$/.test(firstText) && /^\P{L}*\p{Ll}/u.test(nextText);
        // '“…at all,” is said by Margaret as she leaves the room. “I don't set him up…,” Margaret
        // laughs.': a passive credit is the writer's sentence about the words before it, never the
        // book's tag splitting one line; and '“…!” Annette tells Emily on the morning they flee.
        // “Who is below besides them?” is said by Emily': a part that ends its sentence before a part
        // credited so is a line of its own (probe round AF294: both joined and called altered).
        const creditedPassively =
          PASSIVE_CREDIT.test(gap) || (/[.!?]\s*$/.test(gap) && PASSIVE_CREDIT.test(after));
        const ledBySomeoneElse =
          ledByOwnVerb || ledByPronoun || differentSpeakers(led?.who ?? null, tag) || toldAnswers(led, tag);
        if (
          !titleFirst &&
          !creditedPassively &&
          !scareQuoted &&
          !endsWritersSentence &&
          !creditedAgain &&
          !(ledBySomeoneElse && !runsOn) &&
          !differentSpeakers(tag, own)
        ) {
          current.parts.push(q.inner);
          current.between.push({ start: current.outer.end, end: q.outer.start });
          current.outer = { start: current.outer.start, end: q.outer.end };
          continue;
        }
      }
    }
    current = { parts: [q.inner], between: [], outer: q.outer, unbalanced: q.openAtEnd };
    currentMark = q.mark;
    leadFrom = Math.max(quotes[i - 1]?.outer.end ?? 0, q.outer.start - 80);
    out.push(current);
  }
  return out;
}
