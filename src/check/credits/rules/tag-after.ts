import {
  ANSWERS_THE_LINE,
  hasReplyVerb,
  MENTION_CUE,
  notNeverInverted,
  OPENS_WITH_CONNECTIVE,
  SUBORDINATING_CONJUNCTIONS,
} from '../../../lexicon.js';
import { lazyRegExp } from '../../../text/lazy-regexp.js';
import { LETTERS, LOWERS, UPPERS } from '../../../text/letters.js';
import { answersTheLineBefore, callsSomeoneIn } from '../../extract/split.js';
import {
  ADDRESSEE,
  ADVERB,
  LETTER,
  SPEAKER,
  SPEECH_VERB_RE,
  UPPER,
  VERBS,
  WRITTEN_NAME,
} from '../name-pattern.js';
import { type CreditSite, firstSentenceEnd, type Segment, segment } from '../site.js';
import { tagBefore } from './inline.js';
import { namedInOwnLead } from './lead-in.js';
import { possessiveRule } from './possessive.js';
import { type CreditRule, type RuleMatch, readWith, sub } from './rule.js';
import {
  DASHES,
  KIN_BEFORE_NAME,
  MANNER,
  NOT_SAID,
  OBJECT,
  PARTICIPLE_RE,
  REPORTING_PARTICIPLE,
} from './tag-parts.js';

/** A letter last, an opening mark at most after it. */
const LETTER_AT_END = new RegExp(String.raw`[${LETTERS}]\s*[“"‘']?$`, 'u');
/** A letter last. */
const ENDS_ON_A_LETTER = new RegExp(String.raw`[${LETTERS}]\s*$`, 'u');

/**
 * Speech tags after the quotation ("…,” Tommy says", "…?” asked Tommy", "…,” Watson tells us Holmes
 * said") and between its parts (the book's own tag copied: "…,” said the Professor, “…"). The
 * writer's words before the quotation are inline.ts's.
 */

/** "…,” Tommy says" / "…,” Ruth tells Kathy" / "…,” she says" / "…,” Winnie had remarked" — name, then verb. */
// (after "young" or "old": "“…,” young Branghton sneers, “…”", Evelina, probe round AF254: not read)
// (not a possessive and a noun: "“How have you bewitched them?” Carter's answer, kindness, is…" is
// Carter answering the line, probe round AF293: read as his, and the right credit contradicted)
const NAME_VERB = lazyRegExp(
  () =>
    new RegExp(
      `^\\s*[,.!?;:${DASHES}-]?\\s*(?:(?:old|young|little|poor)\\s+(?=${UPPER}))?${KIN_BEFORE_NAME}(?<name>${SPEAKER})(?<!['’]s)${ADVERB}?(?:\\s+had)?\\s+(?:${VERBS})\\b${NOT_SAID}${ADVERB}?${OBJECT}${MANNER}`,
      'dgu',
    ),
);
/** Not "…,” tells Lord Grenville": the name after a verb that is never inverted is the one told. */
const INVERTED = notNeverInverted();
/** "…?” asked Tommy" / "…,” says Darcy to Elizabeth" / "…,” writes Austen in chapter 3" — verb, then name. */
const VERB_NAME = lazyRegExp(
  () =>
    new RegExp(
      `^\\s*[,.!?;:${DASHES}-]?\\s*${INVERTED}(?:${VERBS})${ADVERB}?\\s+(?:(?:old|young|little|poor|dear|good)\\s+(?=${UPPER}))?${KIN_BEFORE_NAME}(?<name>${SPEAKER})${NOT_SAID}(?:\\s+to\\s+(?<to>${ADDRESSEE}))?`,
      'dgu',
    ),
);
/**
 * "…,” as Mrs. Norris applies it" / "—as Austen puts it" / "…,” as Meg reminds them." / "“…”, as
 * Elizabeth says, and …" (probe round AF167: not read). Without "it", the clause ends at the verb or
 * at whom it is said to: "as Ruth says goodbye" is something else.
 */
const AS_AFTER = lazyRegExp(
  () =>
    new RegExp(
      `^\\s*[,${DASHES}-]?\\s*as\\s+(?<name>${SPEAKER})${ADVERB}?\\s+(?:(?:puts|put|has|says|said|writes|wrote|applies|applied|phrases|phrased|tells|told|observes|remarks|notes)\\s+it\\b|(?:says|said|writes|wrote|observes|observed|remarks|remarked|notes|noted|reminds|reminded|insists|insisted|declares|declared|admits|admitted|explains|explained|warns|warned|argues|argued|tells|told|points\\s+out|pointed\\s+out|puts|put)(?:\\s+(?:to\\s+)?(?:them|us|him|her|me|everyone|(?<to>${WRITTEN_NAME})))?${ADVERB}?\\s*(?=[,.;:!?)]|$))`,
      'dgu',
    ),
  // (its opening)
  /^\s*[,\u2014\u2013\u2015-]?\s*as\s/,
);

/** The tag after a quotation, when the quotation's sentence goes on into it (or ends with it). */
/** The inner speaker of a reported tag (REPORTED_AFTER); the costly pattern runs only after a second verb of speech. */
function readReported(sentence: Segment): RuleMatch | null {
  const first = SPEECH_VERB_RE.exec(sentence.text);
  if (!first) return null;
  const rest = sentence.text.slice(first.index + first[0].length);
  if (!SPEECH_VERB_RE.test(rest) && !PARTICIPLE_RE().test(rest)) return null;
  return readWith(sentence, REPORTED_AFTER());
}

/**
 * The writer's words between a quotation and the next are one clause running on into the next one's
 * marks, ending as `end` says ("Mrs. Fosdick answers, “": a title's full stop ends no sentence).
 */
function runsOnInto(toNext: string, end: RegExp): boolean {
  const clause = toNext.replace(/\s*[“"‘']?$/, '');
  return !/[“”"]/.test(clause) && firstSentenceEnd(clause) === clause.length && end.test(clause);
}

/**
 * A past participle of asking opening the writer's sentence, its subject the quotation's speaker:
 * "Asked to take Meg home from the Moffats', “Won't I!” Teddy replies." (probe round AF186: read as a
 * reply to someone else's words, not read).
 */
const ASKED_TO =
  '(?:asked|told|begged|urged|invited|ordered|pressed|challenged|questioned)\\s+(?:to|whether|if|about|for|why|what|how)\\s';

/**
 * A lead that is a clause set aside: ending on "(", or opening on a subordinator ("When Julius mocks
 * the idea, ") whose own verb of speech does not run into the words ("When Pip answers “Your
 * heart,” she replies…" is Pip's: rescan of every probe round).
 */
// (these three are made on first use: a check pays at start-up for every pattern made as its module
// loads, and many reviews never need them)
const SET_ASIDE = lazyRegExp(
  () => new RegExp(`^\\s*(?:${[...SUBORDINATING_CONJUNCTIONS, 'whenever'].join('|')})\\s|${ASKED_TO}`, 'i'),
);
const VERB_INTO_WORDS = lazyRegExp(() => new RegExp(`\\b(?:${VERBS})\\s*[,:]?\\s*$`, 'i'));
/** The writer's clause after a quotation ends where the next one's words begin: on a comma, "that" or a verb of speech. */
const VERB_OR_COMMA_INTO_NEXT = lazyRegExp(() => new RegExp(`(?:,|\\bthat|\\b(?:${VERBS}))$`, 'i'));
function leadSetAside(lead: string): boolean {
  // (a clause after a semicolon or ", and" too: "…is the verdict on Barton, and when Mrs. Jennings
  // pleads for good manners, “…,” Mr. Palmer shoots back" is Mr. Palmer's: probe round AF130, read
  // as Mrs. Jennings's and the right credit contradicted)
  const sentence = lead.split(/[.!?;]["”’')]*\s+|,\s+(?:and|but|so|yet)\s+/).pop() ?? '';
  return /\(\s*$/.test(lead) || (SET_ASIDE().test(sentence) && !VERB_INTO_WORDS().test(lead));
}

/**
 * A term in the writer's sentence ("calls gold a “drug”"): the words run on from a word of the
 * writer's and end on a word, no punctuation inside the marks.
 */
function isTermInSentence(site: CreditSite): boolean {
  const last = site.quote.parts[site.quote.parts.length - 1]!;
  return LETTER_AT_END.test(site.lead.text) && ENDS_ON_A_LETTER.test(site.text.slice(last.start, last.end));
}

/** The quotation's last words end on a comma inside the marks: the writer's sentence runs on into its tag. */
function endsWithComma(site: CreditSite): boolean {
  const last = site.quote.parts[site.quote.parts.length - 1]!;
  return /,\s*$/.test(site.text.slice(last.start, last.end));
}

/**
 * The writer's sentence runs on from the words into the tag after them: the words end on a comma, or
 * on a question, an exclamation or a dash ("When Starbuck asks about the leg, “Who told thee that?”
 * the old man shoots back": probe round AF153, read as Starbuck's and the right credit contradicted).
 */
function runsOnIntoTag(site: CreditSite): boolean {
  const last = site.quote.parts[site.quote.parts.length - 1]!;
  return /[,!?\u2014\u2013-]\s*$/.test(site.text.slice(last.start, last.end));
}

/** The trail up to its first comma, semicolon or sentence end: "Tommy asks" of "Tommy asks, and her sister replies". */
function firstClause(trail: string): string {
  const from = /^\s*[”"’']?/.exec(trail)![0].length;
  const m = /[,;.!?“”"]/.exec(trail.slice(from));
  return m ? trail.slice(0, from + m.index + 1) : trail.slice(0, 60);
}

/**
 * After words that end their sentence, the name, its verb and then a clause the verb takes, a
 * subject and its verb or "that": "“Robbed!” The regulars think he is a ghost." is what they make
 * of him, no tag (probe round AF90: read as the regulars' line). ("…,” she admits she is afraid"
 * runs on from the words: her tag.)
 */
const VERB_TAKES_CLAUSE = new RegExp(
  String.raw`^\s+[${LOWERS}]+\s+(?:(?:he|she|they|I|we|you)\s+[${LOWERS}]+|that\s(?!(?:evening|night|morning|afternoon|day|week|month|year|time|moment|summer|winter|spring|autumn)\b))`,
  'u',
);

function takesNoClause(sentence: Segment, read: RuleMatch | null): RuleMatch | null {
  return read && VERB_TAKES_CLAUSE.test(sentence.text.slice(read.span.end - sentence.start)) ? null : read;
}

/**
 * The writer's words after the quotation that may hold its tag: those in its own block; after a
 * quotation set apart with nothing after it in its block (a block quotation), the next paragraph when
 * it opens on a verb of speech in lower case, the writer's sentence going on: "> Very well…⏎⏎said
 * the young reporter Skaggs." (probe round AF196: not read).
 */
function tagTrail(site: CreditSite): Segment {
  if (!site.setApart || !site.following || /\p{L}/u.test(site.trail.text)) return site.trail;
  return OPENS_ON_VERB().test(site.following.text) ? site.following : site.trail;
}
// (or on a pronoun and its verb, in lower case: "> “Who'll give me a hand up?”⏎⏎he roars, and nobody
// moves.", probe round AF245: not read)
const OPENS_ON_VERB = lazyRegExp(
  () => new RegExp(`^\\s*(?:(?:he|she|they)\\s+(?:[${LOWERS}]+ly\\s+)?)?(?:${VERBS})\\b`, 'u'),
);

/** A sentence that is only a tag, or the tag and what the speaker is doing ("Carrie says, gazing out…"). */
function isBareTag(sentence: string): boolean {
  const words = sentence.trim().split(/\s+/).length;
  return (
    /^\s*\S[^“”"]*?[.!]\s*$/.test(sentence) &&
    (words <= 6 || (words <= BARE_TAG_WITH_DOING_WORDS && TAG_THEN_DOING.test(sentence)))
  );
}

function tagAfter(site: CreditSite): RuleMatch | null {
  const trail = tagTrail(site);
  // Cheap cue first: no credit verb near, no tag (the big patterns run only where one may be).
  if (!SPEECH_VERB_RE.test(trail.text.slice(0, 160))) return null;
  // "…girls!” Meanwhile Charlotte tells Elizabeth,": a new sentence of the writer's, for the next line.
  if (OPENS_WITH_CONNECTIVE.test(trail.text)) return null;
  // "“Dost thou mock me now?”, the child answers with the line we'll discuss: ‘…’": a clause that
  // runs on a colon into the next quotation is that one's lead-in. (Not when a second clause does:
  // "“…,” he tells her, and he accuses her of breaking both their hearts: “…”".)
  const toNext = site.text.slice(trail.start, site.nextStart);
  // A second clause of the writer's that leads on into the next quotation, after one with a verb of
  // speech of its own: "Annette cannot stop: “What picture?” Emily asks, and her maid replies, “…”":
  // "Emily asks" is this line's tag, "her maid replies" the next one's (probe round Y5: credited to
  // Annette, and contradicted).
  // (or after a semicolon: "“Jo can,” says Meg; and when the canary dies, Amy suggests, “…”",
  // probe round AF186, where "says Meg" was taken for the next line's)
  const lastClause = /(?:,\s+(?:and|but|then|while)\s+[^.!?“”":,]*|;\s+[^.!?“”":;]*),\s*[“"‘']?$/.exec(
    toNext,
  );
  const nextLead = lastClause && SPEECH_VERB_RE.test(toNext.slice(0, lastClause.index)) ? lastClause : null;
  // (a title's full stop is no sentence end: "Mr. Dick's reply to her plans is telling:", probe
  // round AF17, was read as the line before's tag, and contradicted it)
  const leadsOn =
    site.nextStart < site.text.length &&
    /^[^!?“”"]*:\s*[“"‘']?$/.test(toNext) &&
    firstSentenceEnd(toNext) === toNext.length;
  const secondClause = leadsOn
    ? /,\s+(?:and|but|then|while|before)\s+[^.!?“”":]*:\s*[“"‘']?$/.exec(toNext)
    : null;
  if (leadsOn && !secondClause) return null;
  // "She is polite to Guppy: “The fog is very dense!” Guppy answers, “Not that it affects you.”":
  // a tag that leads into the next quotation is that one's, when the writer's words before this one
  // already lead into it. ("“A,” Ruth replies, “B”" alone is Ruth's speech split by its tag.) Any
  // verb of speech: "…screams in her voice, “I'M BLINDED!” Uncle Charles just asks, deadpan, “And
  // what did you do, John?”" (probe round C4: the scream credited to Uncle Charles).
  // The same with "that": "When Amelia protests, “O Rebecca…!”, Becky replies coolly that “…”"; and
  // with the verb right before the words: "When Sadness hesitates with “I don't know as I ought to,”
  // Joe answers “I cert'n'y will”" (probe round AF116: read as Joe's, and the right credit contradicted).
  if (
    site.leadOpen &&
    site.nextStart < site.text.length &&
    !nextLead &&
    runsOnInto(toNext, VERB_OR_COMMA_INTO_NEXT()) &&
    (hasReplyVerb(toNext) || SPEECH_VERB_RE.test(toNext))
  )
    return null;
  // "Crusoe calls gold a “drug”, Friday promises his master “me make…”": after a term in the writer's
  // sentence, a clause running on with no comma into the next quotation is that one's lead (probe
  // round AF206: "drug" read as Friday's).
  if (
    site.nextStart < site.text.length &&
    !nextLead &&
    isTermInSentence(site) &&
    runsOnInto(toNext, /\p{L}$/u) &&
    SPEECH_VERB_RE.test(toNext)
  )
    return null;
  // "Mrs. Todd hears of it. “…Louisa ain't gone!” Mrs. Fosdick answers, “Yes'm…”": a reply running on
  // a comma into the next quotation answers this line: it is the next one's lead (probe round P4).
  const lastPart = site.quote.parts[site.quote.parts.length - 1]!;
  if (
    site.nextStart < site.text.length &&
    !nextLead &&
    runsOnInto(toNext, /,$/) &&
    answersTheLineBefore(
      site.text.slice(lastPart.start, lastPart.end),
      toNext,
      site.text.slice(site.nextStart, site.nextStart + 8),
    )
  )
    return null;
  // "Tess reproaches her mother: “Why didn't you…?” Joan replies that…": after a line the writer
  // has already credited, on a colon, a reply is the next turn (indirect here), not this line's tag.
  // After the writer's own sentence about a named person, a new sentence after words that ended
  // theirs (with a full stop: no tag follows one) is what comes next: "The narrator tries to send
  // her to bed: “…go to bed, Liddy.” Liddy protests." (probe round U4: credited to Liddy, and
  // contradicted). "…: “Poor fellow!” Sapt murmurs" and "…: “…,” the Comtesse replies" are tags.
  // (unless the words call by name the person the lead is about: "Tommy is teased: “Tommy, do not
  // laugh,” says Ruth" is said to Tommy, and the tag after is this line's; probe round AF31)
  const toLeadsPerson = callsLeadsPerson(site);
  // (after a "!" or "?" too, when the sentence after is more than a tag: "Rosamond is blunt about
  // her brother: “Oh, Fred is horrid!” Mary defends him, but insists that…", probe round AF252:
  // credited to Mary and contradicted; "…: “Poor fellow!” Sapt murmurs." stays a tag)
  const firstSentence = trail.text.slice(0, firstSentenceEnd(trail.text) + 1);
  // (a sentence of its own: not one that leads on into the next quotation, "“What picture?” Tommy
  // asks, and her sister replies, “…”", whose first clause is this line's tag)
  const moreThanATag = /[.!?]["”’')]*\s*$/.test(firstSentence) && !isBareTag(firstSentence);
  if (
    !toLeadsPerson &&
    /:\s*$/.test(site.lead.text) &&
    ((SPEECH_VERB_RE.test(site.lead.text) && hasReplyVerb(trail.text.slice(0, 60))) ||
      ((!site.continues || moreThanATag) && namedInOwnLead(site)))
  )
    return null;
  // After any sentence of the writer's that leads into the words, on a colon or with a verb of speech
  // of its own, a reply right after words that do not run on with a comma is the next turn: "The
  // loud soldier is excited: “We've got 'em now!” Henry answers bitterly." (probe round Y2), "She
  // tells him that … she felt “that you were the last man…” Darcy answers coldly." (probe round AA5,
  // where the book's 0.96 for Elizabeth would have contradicted Darcy). "…: “You are kind,” Tommy
  // replies" and "…: “What picture?” Tommy asks, and her sister replies" keep their tags.
  const leadSentence = site.lead.text.split(/[.!?]["”’')]*\s+/).pop() ?? '';
  // (not after a clause set aside whose words run on into the reply: "When Starbuck asks about the
  // leg, “Who told thee that?” the old man shoots back" is the old man's, probe round AF153)
  if (
    !toLeadsPerson &&
    (/:\s*$/.test(site.lead.text) || (site.leadOpen && SPEECH_VERB_RE.test(leadSentence))) &&
    !endsWithComma(site) &&
    !(runsOnIntoTag(site) && leadSetAside(site.lead.text)) &&
    hasReplyVerb(firstClause(trail.text))
  )
    return null;
  const cut = secondClause ?? nextLead;
  const sentence = sub(trail, 0, cut ? cut.index : firstSentenceEnd(trail.text) + 1);
  const fromAs = readWith(sentence, AS_AFTER);
  if (fromAs) {
    // "Tommy says, “…,” as Ruth says", "Tommy's “go home”, as Ruth says, is cruel": the lead has
    // credited the words already; the "as" clause is someone's comment on them
    const lead =
      site.leadOpen && !toLeadsPerson
        ? (tagBefore(site.lead, true, site.leadFollowsQuote, site.ctx.cast) ?? possessiveRule.read(site))
        : null;
    return lead && lead.name !== fromAs.name ? null : fromAs;
  }
  // "“Not at all.” Jane says." — a new sentence that is only the tag, with nothing quoted after it;
  // or the tag and what the speaker is doing: "“It's a wonder.” Carrie says, gazing out of the window
  // as the train pulls in." (probe round AF230: not read).
  const bareTag = isBareTag(sentence.text);
  if (!site.continues && !bareTag) return null;
  // "“I sha'n't speak to you,” she answers. “Papa says…” Heathcliff insists.": a quotation split by
  // a tag of its own has its tag; a bare one after it is what someone does next (probe round Q4).
  if (!site.continues && site.quote.between.some((b) => SPEECH_VERB_RE.test(site.text.slice(b.start, b.end))))
    return null;
  // "“…” Tommy answers this with a shrug.": he answers the line, someone else's.
  if (ANSWERS_THE_LINE.test(sentence.text.slice(0, 80))) return null;
  // "“Do you know, Rudolf, you look different?” He asks whether that would please her": a question
  // reported after the words is the next turn's, not their tag (probe round AF133: read as the King's
  // line, and the right credit to Flavia contradicted).
  if (REPORTED_QUESTION.test(sentence.text.slice(0, 80))) return null;
  const read =
    readWith(sentence, VERB_NAME()) ??
    readReported(sentence) ??
    (endsWithComma(site)
      ? readWith(sentence, NAME_VERB())
      : takesNoClause(sentence, readWith(sentence, NAME_VERB())));
  // "When Mary asks “Are you my servant?” Martha laughs.": the writer's lead, subject and verb of
  // speech running into the quotation, has said whose words they are; the clause after is what
  // someone else does next. Not where the lead is a clause set aside and the words run on into the tag:
  // "When Julius mocks the idea (“Mr. Brown, I suppose,” Sir James scoffs)" is Sir James's, the tag
  // the words run into (probe AB7).
  if (read && site.leadOpen && !toLeadsPerson && !(runsOnIntoTag(site) && leadSetAside(site.lead.text))) {
    const lead = tagBefore(site.lead, true, site.leadFollowsQuote, site.ctx.cast);
    if (lead && lead.name !== read.name) return null;
  }
  return read;
}

/**
 * The book's tag inside words the extract stage kept whole (a block quotation, a line without
 * marks): a closing mark after the book's comma, dash, "!" or "?", then the tag.
 */
const INNER_TAG = lazyRegExp(
  () =>
    new RegExp(
      `[,!?${DASHES}-]["”’']\\s*(?:(?:${VERBS})${ADVERB}?\\s+(?<name>${SPEAKER})|(?<name2>${SPEAKER})${ADVERB}?\\s+(?:${VERBS})\\b)`,
      'dgu',
    ),
);
/** The same after a bare closing mark, when the quotation goes on after the tag: “But she can’t” William exclaimed, “not…”. */
const INNER_TAG_BARE = lazyRegExp(
  () =>
    new RegExp(
      `${LETTER}["”’]\\s+(?<name>${SPEAKER})${ADVERB}?\\s+(?:${VERBS})\\b[^“”"]{0,60}[,.;:]\\s*["“‘]`,
      'dgu',
    ),
);

export const tagBetweenRule: CreditRule = {
  id: 'credit/tag-between',
  description:
    'the book’s own tag kept inside a split quotation: “I am not happy,” said the Professor, “because…”',
  read(site) {
    const { quote, text } = site;
    if (quote.between.length === 0 && !quote.parts.some((p) => /[”"’]\s/.test(text.slice(p.start, p.end))))
      return null;
    for (const b of site.quote.between) {
      const seg = segment(site.text, b.start, b.end);
      const m = readWith(seg, VERB_NAME()) ?? readWith(seg, NAME_VERB());
      if (m) return m;
    }
    for (const p of site.quote.parts) {
      const seg = segment(site.text, p.start, p.end);
      const m =
        readWith(seg, INNER_TAG(), { pronoun: true }, ['name', 'name2']) ?? readWith(seg, INNER_TAG_BARE());
      if (m) return m;
    }
    return null;
  },
};

/** Only the book's tag between two quotations: "said Alice, timidly;" / "answered Elizabeth, shortly;". */
const CARRIED = lazyRegExp(
  () =>
    new RegExp(
      `^\\s*(?:${INVERTED}(?:${VERBS})${ADVERB}?\\s+(?<name>${SPEAKER})|(?<name2>${SPEAKER})${ADVERB}?\\s+(?:${VERBS}))${ADVERB}?(?:\\s+(?<to>${ADDRESSEE}))?(?<clause>,\\s*[^“”"\\n]{1,60})?\\s*[,;:.${DASHES}-]?\\s*$`,
      'dgu',
    ),
);
/** A clause of the writer's with a subject of its own: ", and Bridget flashes out", ", while he smiles". */
const SECOND_SUBJECT = new RegExp(
  String.raw`^,\s*(?:and|but|while|then|whereupon|as)\s+(?:[${UPPERS}][${LETTERS}'’-]*|he|she|they|I)\s+[${LOWERS}]`,
  'u',
);
const ENDS_FOR_A_TAG = lazyRegExp(() => new RegExp(`[,!?${DASHES}-]\\s*$`));

export const tagCarriedRule: CreditRule = {
  id: 'credit/tag-carried',
  description:
    'a quotation the book’s tag runs on into: “Not quite right,” said Alice, timidly; “some of the words…”',
  read(site) {
    const prev = site.previous;
    if (!prev || prev.block || site.quote.block) return null;
    const last = prev.parts[prev.parts.length - 1]!;
    if (!ENDS_FOR_A_TAG().test(site.text.slice(last.start, last.end))) return null;
    const gap = segment(site.text, prev.outer.end, site.quote.outer.start);
    if (gap.text.includes('\n\n') || gap.text.length > 100) return null;
    // "said Tommy, and Ruth answered:" is Ruth's introduction, not Tommy's tag carried on.
    CARRIED().lastIndex = 0;
    const clause = CARRIED().exec(gap.text)?.groups?.clause;
    // …nor ", and Bridget flashes out," with a verb no list has: a second subject of its own (probe
    // round AF213: the line read as Ninnis's, and the right credit contradicted).
    if (clause && (SPEECH_VERB_RE.test(clause) || SECOND_SUBJECT.test(clause))) return null;
    // …nor ", and the word “man” echoes…": a word named as a word is no one's line (probe round
    // AF225: credited to Thornton from the tag of the line before)
    if (clause && MENTION_CUE.test(clause)) return null;
    // '“…,” Lash says.⏎“…,” Dick's father says.': a quotation with a tag of its own on its line, even
    // one no rule reads, carries on no tag from the one before.
    const ownLine = site.trail.text.split('\n')[0]!;
    if (SPEECH_VERB_RE.test(ownLine)) return null;
    return readWith(gap, CARRIED(), { pronoun: true }, ['name', 'name2']);
  },
};

/** A tag, a comma and what the speaker is doing ("Carrie says, gazing out of the window…"). */
// (an adverb before the participle too: "said Mr. Jackson, cautiously inspecting the broiled shad.",
// copied from The Age of Innocence into a block quote, probe round AF269: not read)
const TAG_THEN_DOING = new RegExp(
  String.raw`^\s*[^,;:“”"]{1,40}?,\s+(?:[${LOWERS}]+ly\s+)?[${LOWERS}]+ing\b[^“”";:]*[.!]\s*$`,
  'u',
);
const BARE_TAG_WITH_DOING_WORDS = 16;

/** A verb of asking or wondering and a question word after it: "He asks whether…", "Tom wonders why". */
const REPORTED_QUESTION = new RegExp(
  String.raw`^[\s”"’',.!?]*(?:\S+\s+){1,3}?(?:asks?|asked|wonders?|wondered|enquires?|enquired|inquires?|inquired)\s+(?:(?:him|her|them|[${UPPERS}][${LETTERS}]+)\s+)?(?:whether|if|what|why|how|where|when|who)\b`,
  'u',
);

/** The quotation calls by name someone the writer's lead into it names (vocatives.ts). */
function callsLeadsPerson(site: CreditSite): boolean {
  return callsSomeoneIn(site.text, site.quote.parts, site.lead.text);
}

export const tagAfterRule: CreditRule = {
  id: 'credit/tag-after',
  description:
    'a speech tag after the quotation: “…,” Tommy says / “…?” asked Tommy / “…,” says Darcy to Elizabeth',
  read: tagAfter,
};

/**
 * "…,” Watson tells us Holmes said", "…,” Mary recalls the boy saying": one person reports another's
 * words; the inner subject of speech is the speaker.
 */
const REPORTED_AFTER = lazyRegExp(
  () =>
    new RegExp(
      `^\\s*[,.!?;:${DASHES}-]?\\s*${SPEAKER}${ADVERB}?\\s+(?:${VERBS}|remembers|remembered)\\b(?:\\s+(?:us|me|readers|the\\s+reader))?(?:\\s+that)?\\s+(?<name>${SPEAKER})${ADVERB}?\\s+(?:${VERBS}|${REPORTING_PARTICIPLE})\\b`,
      'dgu',
    ),
);
