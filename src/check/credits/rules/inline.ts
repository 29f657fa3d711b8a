import {
  abbreviatedTitleAlternation,
  addressedParticipleAlternation,
  BARE_CALLING_VERBS,
  CREDIT_VERBS,
  hearingVerbAlternation,
  VERB_FIRST_CREDIT_VERBS,
} from '../../../lexicon.js';
import { lazyRegExp } from '../../../text/lazy-regexp.js';
import { UPPERS } from '../../../text/letters.js';
import type { Cast } from '../../attribute/cast.js';
import { isCastName, knownToCast } from '../cast-names.js';
import {
  ADDRESSEE,
  ADVERB,
  LETTERS,
  LOWER,
  LOWERS,
  SAYING_NOUNS,
  SPEAKER,
  SPEECH_VERB_RE,
  UPPER,
  VERBS,
  WRITTEN_NAME,
} from '../name-pattern.js';
import type { CreditSite, Segment } from '../site.js';
import { isTextPhrase } from '../text-nouns.js';
import { type CreditRule, type RuleMatch, readWith, sub } from './rule.js';
import { inWhenClauseBeforeSubject, nameBeforeSubordinateGloss } from './subordinate.js';
import {
  DASHES,
  KIN_BEFORE_NAME,
  MANNER,
  NOT_SAID,
  OBJECT,
  PARTICIPLE_RE,
  REPORTING_PARTICIPLE,
  SUBJECT_START,
  SUBORDINATING,
  SUBORDINATOR,
  TOPIC,
} from './tag-parts.js';

/** "a" or "an" and one word in lower case ("a sharp"). */
const ARTICLE_AND_WORD = new RegExp(String.raw`^an?\s+[${LOWERS}]+$`, 'u');
/** "the" and one word in lower case not ending in s ("the crushing"). */
const THE_AND_NO_PLURAL = new RegExp(String.raw`^the\s+[${LOWERS}]+(?!s)[${LOWERS}]$`, 'u');
/** "the" and an adjective in -ous ("the famous"). */
const THE_AND_OUS = new RegExp(String.raw`^the\s+[${LOWERS}]+ous$`, 'u');
/** The word in lower case next. */
const NEXT_LOWER_WORD = new RegExp(String.raw`^\s+([${LOWERS}]+)`, 'u');
/** The writer's sentence running on in lower case after closing marks. */
const RUNS_ON_IN_LOWER_CASE = new RegExp(String.raw`^[\s”"’,]*[${LOWERS}]`, 'u');

/**
 * Credits written in the writer's own sentence before the quotation: an introduction ("Ruth
 * confesses:", "Emma tells Harriet,"); the phrases "As Miss Emily puts it,", "In Lizzy's words," are
 * in-words.ts's, the pieces of a tag both sides share tag-parts.ts's, the tags after it and between
 * its parts tag-after.ts's. The name must stand where the grammar makes it the speaker: right before or after
 * the verb, never merely somewhere in the sentence.
 */

// ---------------------------------------------------------------------------------------------
// Before the quotation

/**
 * A name as the object in the subject's own clause: "Tars Tarkas offers Carter ten thoats and says:"
 * is Tars Tarkas speaking (the capitalised word is no subject of its own before "and says").
 */
const OBJECT_NAME = `${UPPER}[${LOWERS}’'-]+`;
/** A lowercase word that is not a pronoun (a new subject would end the name's clause). */
const PLAIN_WORD = `(?!(?:he|she|they|it|I|we|you)\\b)[${LOWERS}’']+`;
/**
 * "came up and", "shook his head and", "pointed at the bowl and then", "sighs, and then" (probe round
 * AF118), "runs up to Watson, mistaking him for Sir Henry, and" (a participle's phrase set off
 * inside: probe round AF246, not read), "rushes in asking" (a verb of motion and its particle, no
 * comma: probe round AF211),
 * "agrees to repair it, telling him", "is scornful of Margaret, remarking" (the participle's subject
 * is the sentence's, not the name before its comma: probe round AF89, read as Margaret's and the
 * right credit contradicted).
 */
const AND_CLAUSE = `(?:\\s+${PLAIN_WORD}(?:\\s+(?:${PLAIN_WORD}|${OBJECT_NAME})){0,5}(?:,\\s+${LOWER}+ing(?:\\s+(?:${PLAIN_WORD}|${OBJECT_NAME})){0,5})?,?\\s+and(?:\\s+then)?|(?:\\s+(?:${PLAIN_WORD}|it|him|her|them|${OBJECT_NAME})){1,6},(?=\\s+(?:${REPORTING_PARTICIPLE})\\b)|\\s+${PLAIN_WORD}\\s+(?:in|out|up|down|back|over|off|away|forward|around)(?=\\s+(?:${REPORTING_PARTICIPLE})\\b))`;
/**
 * ", who has waited all evening," / ", after a long silence," / ", hearing of her headaches," (probe
 * round AF15), ", now Mrs. Crayton," (a title's full stop: probe round AF282, not read); not
 * ", reading Edith's letter,": those are Edith's words.
 */
const APPOSITION = `(?:,\\s+(?!(?:where|when|while|whereupon|as|because|after|before|until|if|though|although|since|reading|quoting)\\b)(?:[^,;:.!?“”"\\n]|(?<=\\b(?:${abbreviatedTitleAlternation()}))\\.|\\n(?!\\n)){1,80},)`;
/**
 * "urges her friend to marry him “…”": what the line asks for, between the addressee and the words;
 * or the words themselves after a person told ("she tells him to “lie on your back”") or a promise
 * ("Amelia promises to “love you as a sister”").
 */
const INFINITIVE = `(?:\\s+to\\s+${LOWER}+(?:\\s+${LOWER}+){0,2}|\\s+to(?<=\\b(?:him|her|them|us|me|promises|promised|promise|vows|vowed|swears|swore|pledges|pledged|threatens|threatened)\\s+to))`;
/**
 * "Everyone loved Mrs. Pruett, who announces that “…”", "Peggotty is the one who shouts “…”": the
 * relative clause's verb is the name's; so in a cleft, "it is Heat himself who says" (probe round
 * AF281: not read, the reflexive before "who").
 */
const WHO = '(?:,?\\s+who|\\s+(?:is|was)\\s+the\\s+one\\s+who)';
/** Auxiliaries before an -ing or bare verb: "was saying", "can only say", "had told". */
const AUX =
  '(?:\\s+(?:is|was|has|had|will|would|can|could|must|might|does|did|keeps|kept)(?:\\s+(?:only|just|also|then|still|never))?)';
/**
 * "that", "how", "what", and a short clause the quotation completes: "Kathy recalls that she “…”",
 * "tells him that suffering “…”", "tells Jim what he has missed most: “…”".
 */
const CLAUSE = `(?:\\s+(?:that|how|when|whether|what|why)(?:\\s+${LOWER}+){1,4}|(?:\\s+(?:that|how|when|whether))?(?:\\s+(?:he|she|they|it|I|we|his|her|their|the|a|an|${WRITTEN_NAME})(?:\\s+${LOWER}+){0,3})?)?`;
/**
 * "says this", "answers thus", "puts it this way", "says the following", "says the thing I keep
 * coming back to:" (probe round AF292: not read).
 */
const CATAPHOR = `(?<cata>\\s+(?:this|thus|these\\s+words|the\\s+following|as\\s+follows|the\\s+(?:thing|line|words)|something|(?:it\\s+)?this\\s+way|(?:it\\s+)?(?:best|better|well|most\\s+[${LOWERS}]+)|so)(?:\\s+[^.!?“”"]{0,60})?)`;

/** "Speaking to Mary, Miss Bennet says", "To Miss Pinkerton she retorts": the addressee first. */
const TO_FIRST = `(?:(?:(?:[Ss]peaking|[Tt]alking|[Tt]urning|[Rr]eplying|[Ww]riting)\\s+to|(?<![${LETTERS}])To)\\s+(?<to3>${ADDRESSEE}),?\\s+)`;

/**
 * "calls", "called" right before the words, a manner word or where from at most between
 * (BARE_CALLING_VERBS): "Charlotte Bartlett calls from above:" (probe round AF220: not read), "the
 * general calls after him:", "calls to Jim:" (AF262: not read); "Square opens with “…”" (AF264).
 */
const BARE_CALL = `(?:${BARE_CALLING_VERBS.join('|')})(?=(?:\\s+${LOWER}+ly|\\s+(?:after|to|out\\s+to)\\s+(?:him|her|them|${WRITTEN_NAME})|\\s+(?:from|out\\s+of)\\s+(?:above|below|behind|afar|outside|inside|upstairs|downstairs|(?:the|a|his|her|their)\\s+${LOWER}+))?\\s*[,:]\\s*$|\\s+with\\s*:?\\s*$)`;

const BARE_CALL_AT_END = lazyRegExp(() => new RegExp(`\\b${BARE_CALL}`, 'u'));

const BEFORE = lazyRegExp(
  () =>
    new RegExp(
      `(?<![${LETTERS}'’])${TO_FIRST}?${SUBJECT_START}(?<name>${SPEAKER})(?<!['’]s)(?:,\\s+(?<appos>${WRITTEN_NAME}),|\\s*[${DASHES}]\\s*(?<appos2>${WRITTEN_NAME})\\s*[${DASHES}]|${APPOSITION}|\\s*\\((?!\\s*(?:who|whom)\\b)[^()\\n]{1,40}\\))?(?:\\s+(?:himself|herself)(?=${WHO}))?${WHO}?${ADVERB}?${AND_CLAUSE}?${AUX}?${ADVERB}?(?:(?:\\s+|(?<=[${DASHES}]))(?:${VERBS}|${REPORTING_PARTICIPLE}|${BARE_CALL})|,\\s+(?:${REPORTING_PARTICIPLE}))\\b${NOT_SAID}${ADVERB}?${OBJECT}${ADVERB}?${INFINITIVE}?${MANNER}${TOPIC}(?:${CATAPHOR}|${CLAUSE})\\s*[,:.${DASHES}-]?\\s*\\(?\\s*$`,
      'dgu',
    ),
);

/**
 * "The scene ends with Carrie declaring, “…”", "…with Tommy saying:": a name after "with" is no
 * subject (NOT_AFTER_PREPOSITION) except in this construction, the name then a verb of saying in
 * -ing running into the words (probe round AF230: not read).
 */
const WITH_SAYING = lazyRegExp(
  () =>
    new RegExp(
      `(?<![${LETTERS}'’])[Ww]ith\\s+(?<name>${WRITTEN_NAME})\\s+(?:${REPORTING_PARTICIPLE})\\s*[,:]?\\s*$`,
      'dgu',
    ),
  /\bwith\s+\S[\s\S]*ing\s*[,:]?\s*$/i,
);

/** The verbs a writer opens a sentence with before the speaker's name. */
const OPENING_VERB = `(?:${VERB_FIRST_CREDIT_VERBS.map((v) => `[${v[0]!.toUpperCase()}${v[0]}]${v.slice(1)}`).join('|')})`;
/**
 * "Says Alexei to Polina, “…”", "Cried the Queen:", "Says Darcy of Elizabeth:", "Quoth Rochester,",
 * "Later, says Bathsheba,": the verb first, opening the writer's sentence (after a time word at most).
 */
const VERB_FIRST = lazyRegExp(
  () =>
    new RegExp(
      `(?:^|[.!?]\\s+)\\s*(?:(?:Later|Then|Finally|Now|Here|At\\s+last|In\\s+the\\s+end|Afterwards),\\s+)?${OPENING_VERB}\\s+${KIN_BEFORE_NAME}(?<name>${SPEAKER})(?:\\s+to\\s+(?<to>${ADDRESSEE}))?(?:\\s+(?:of|about|on)\\s+${ADDRESSEE})?\\s*[,:${DASHES}-]\\s*$`,
      'dgu',
    ),
  // (the verb it cannot match without)
  new RegExp(`${OPENING_VERB}\\s`),
);

/**
 * Speech as people talk about it: "Joe goes, “…”", "Herbert just casually going “…”", "Estella is
 * like “…”", "Pap's all “…”", "Miss Watson be like “…”", "and then he went “…”", "Beth from her corner going “…”", "he just wanders in and goes,
 * “…”". Only running straight into the quotation: "Pip goes to London" is a journey. Not after a
 * verb that takes a bare infinitive: "Bitzer, who refuses to let young Tom go:" (probe round AF217:
 * read as Tom's words).
 */
const QUOTATIVE = lazyRegExp(
  () =>
    new RegExp(
      `(?<![${LETTERS}'’])(?<!\\b(?:let|lets|letting|make|makes|made|making|help|helps|helped|watch|watches|watched|see|sees|saw|hear|hears|heard|bid|bids)\\s+(?:(?:young|old|little)\\s+)?)(?<name>${WRITTEN_NAME}|he|she|they)(?:\\s+(?:just|then|casually|literally|basically|really|totally|suddenly|immediately|always|kind\\s+of|sort\\s+of))*(?:\\s+(?:from|in|on|at|by|with)\\s+(?:her|his|their|the|a)\\s+${LOWER}+)?(?:(?:\\s+${LOWER}+){1,3}\\s+and(?:\\s+then)?)?(?:\\s+(?:(?:is|was|'s|’s|are|were|be)\\s+)?(?:goes|going|went|go|like)|(?:\\s+(?:is|was|are|were)|['’]s)\\s+(?:all|like))\\s*[,:]?\\s*$`,
      'dgu',
    ),
);

/**
 * Quotation marks said aloud in a transcript or a talk: "she says, quote, “…” end quote", "he says,
 * and I'm quoting directly here, “…”", "and I quote:". The tag is what stands before them.
 */
const SPOKEN_MARK =
  /,?\s*(?:(?:and\s+)?I\s+quote|quote(?:,?\s+unquote)?|(?:and\s+)?I['’]m\s+quoting(?:\s+[a-z]+){0,3})\s*[,:]?\s*$/i;

/**
 * "Says Darcy of Elizabeth:": the name pattern joins names with "of" ("the King of Hearts"); when the
 * whole is no name of the book's but its first part is, the rest is whom the words are about.
 */
function aboutWhom(read: RuleMatch, cast: Cast): RuleMatch {
  const m = /^(.+?)\s+(?:of|about)\s+\S/.exec(read.name);
  if (!m || isCastName(read.name, cast) || !knownToCast(m[1]!, cast)) return read;
  return { ...read, name: m[1]!, span: { start: read.span.start, end: read.span.start + m[1]!.length } };
}

export function tagBefore(
  written: Segment,
  open: boolean,
  glossOfPrevious = false,
  cast: Cast | null = null,
): RuleMatch | null {
  const spoken = open ? SPOKEN_MARK.exec(written.text) : null;
  const lead = spoken ? sub(written, 0, spoken.index + (spoken[0].startsWith(',') ? 1 : 0)) : written;
  if (open && /\b(?:go|goes|going|went|like|all)\s*[,:]?\s*$/.test(lead.text)) {
    const said = readWith(lead, QUOTATIVE(), { pronoun: true });
    if (said) return said;
  }
  if (
    !SPEECH_VERB_RE.test(lead.text) &&
    !PARTICIPLE_RE().test(lead.text) &&
    !BARE_CALL_AT_END().test(lead.text)
  )
    return null;
  // "Rudolf grumbles when he hears, “…”", "Frank is told: “…”", "Tommy is greeted: “…”": the words
  // are heard, not said, by the sentence's subject (probe round U3: a right credit's line given to
  // the one who heard it; "is asked", "was warned", "is thanked warmly" were read as the subject's).
  if (open && HEARD_AT_END().test(lead.text)) return null;
  if (open) {
    const first = readWith(lead, VERB_FIRST);
    if (first) return cast ? aboutWhom(first, cast) : first;
  }
  const possessive = /['’]s?\s/.test(lead.text);
  if (open && possessive) {
    const passed = readWith(lead, PASSES_ON(), { pronoun: false });
    if (passed) return passed;
  }
  // (the large pattern only where one of its two forms may be: a possessive, or a verb of answering)
  if (open && (possessive || ANSWERING.test(lead.text)) && SAYING_IN_APPOSITION().test(lead.text))
    return null;
  if (open && /,\s+who\s/.test(lead.text)) {
    const relative = readWith(lead, WHO_SAYS(), { pronoun: false });
    if (relative) return relative;
  }
  BEFORE().lastIndex = 0;
  let m = BEFORE().exec(lead.text);
  if (!m) return open ? (thatClauseColon(lead) ?? readWith(lead, WITH_SAYING, { pronoun: false })) : null;
  // "Darcy is rebuffed when Elizabeth says, “…”", "Darcy answers when Elizabeth asks:": a clause
  // of its own nearer the quotation, with its own subject and verb of speech, says whose words follow.
  const inner = innerClause(lead.text, m);
  if (inner) m = inner;
  // A lead that has ended its sentence credits the quotation only by pointing at it ("says this").
  if (!open && (!m.groups?.cata || glossOfPrevious)) return null;
  const read = readWith(lead, BEFORE(), undefined, undefined, m);
  // "The novel begins with a complaint: “…,” Jo grumbles": a text is no speaker, and the tag after
  // the words may say whose they are (probe round AF285: read as the credit, and nobody's).
  if (read && isTextPhrase(read.name)) return null;
  if (!read) return open ? thatClauseColon(lead) : null;
  // "Carol gets a sharp answer: “…”", "…with a cruel joke: “…”": "a" and one word before a verb's
  // bare form are a noun phrase ("a sharp answer"), not a subject and its verb, which would be
  // "answers" (probe rounds I4, J4: credits to "a sharp", "a cruel"). So are "the" and one word that
  // is no plural ("receives the crushing answer:", probe round AF234: a credit to "the crushing").
  // So is "the" and an adjective ending in s ("Then comes the famous offer:", probe round AF272: read
  // as "the famous", which then overruled the book's tag copied after the words).
  if (
    read &&
    (ARTICLE_AND_WORD.test(read.name) || THE_AND_NO_PLURAL.test(read.name) || THE_AND_OUS.test(read.name))
  ) {
    const verb = NEXT_LOWER_WORD.exec(lead.text.slice(read.span.end - lead.start))?.[1];
    if (verb && CREDIT_VERBS.has(verb) && (CREDIT_VERBS.has(`${verb}s`) || CREDIT_VERBS.has(`${verb}es`)))
      return null;
  }
  // "Was it Mrs. Bennet who said “…”?", "Did Darcy say “…”?": a question, not a claim.
  if (ASKS_WHETHER.test(lead.text.slice(0, read.span.start - lead.start))) return null;
  // "When Alexandra speaks of her land he explodes:": the name is in a clause of when, and the
  // sentence goes on to a subject of its own (probe round AD11: the line, Lou's, was credited to
  // Alexandra and contradicted).
  if (open && inWhenClauseBeforeSubject(lead, read.span)) return null;
  // "The town's vicar, Reverend Ashcombe, warns…": the name in apposition to a description is the credit.
  if (read && DESCRIBED.test(read.name))
    return readWith(lead, BEFORE(), { pronoun: false }, ['appos', 'appos2']) ?? read;
  return read;
}
const HEARD_AT_END = lazyRegExp(
  () =>
    new RegExp(
      `\\b(?:${hearingVerbAlternation()}|(?:is|was|are|were|being|been|gets|got)\\s+(?:[${LOWERS}]+ly\\s+|then\\s+|again\\s+)?(?:${addressedParticipleAlternation()})(?:\\s+[${LOWERS}]+ly)?)\\s*[,:]?\\s*$`,
      'iu',
    ),
);
const ASKS_WHETHER =
  /(?:^|[.!?]\s+|\n)[\s*_>]*(?:(?:Was|Is|Wasn['’]t|Isn['’]t)\s+it|Did|Does|Didn['’]t|Doesn['’]t)\s+$/;
const DESCRIBED = /^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s|['’]s\s/;

/**
 * Words that open a clause of its own inside the writer's sentence, and verbs of taking in or
 * passing on another's words ("Elizabeth recalls Darcy saying:", "overhears Darcy say:").
 */
const CLAUSE_OPENER = lazyRegExp(
  () =>
    new RegExp(
      `\\b(?:${SUBORDINATING}|whereupon|and|but|so|then|that|which|where|till|recalls?|recalled|remembers?|remembered|imagines?|imagined|quotes?|quoted|${hearingVerbAlternation()})\\s+$`,
      'i',
    ),
);

/**
 * "Elizabeth repeats Darcy's words:", "Jane quotes Darcy's remark:": the words passed on are the
 * possessor's.
 */
const PASSES_ON = lazyRegExp(
  () =>
    new RegExp(
      `\\b(?:repeats|repeated|repeating|quotes|quoted|quoting|echoes|echoed|echoing|mimics|mimicked|mimicking|parrots|parroted|recalls|recalled|recalling|remembers|remembered|throws\\s+back|threw\\s+back)\\s+(?<name>${WRITTEN_NAME})(?:'s|’s)\\s+(?:(?:own|famous|cruel|earlier|first|old)\\s+)?(?:${SAYING_NOUNS})\\b[^“”"\\n]{0,40}?[,:]?\\s*$`,
      'dgu',
    ),
);

/** A verb of answering somewhere in the lead: the cue for SAYING_IN_APPOSITION's second form. */
const ANSWERING = /\b(?:answer|respond|repl)/;

/**
 * "Huck answers Tom's question, “…”", "Jane answers the question, “…”": words set beside another's
 * saying, or beside a question being answered, are that saying, not the subject's. Whose they are the
 * sentence does not say plainly ("Elizabeth responds to Darcy's proposal, “…”" may give either the
 * proposal or her reply), so the subject is no credit. (A colon introduces the subject's own words:
 * "Elizabeth answers Darcy's proposal: “…”".)
 */
export const SAYING_IN_APPOSITION = lazyRegExp(
  () =>
    new RegExp(
      `(?:(?<![${LETTERS}'’])(?<name>${WRITTEN_NAME})(?:'s|’s|')\\s+(?:${LOWER}+\\s+){0,2}(?:${SAYING_NOUNS})|\\b(?:answers?|answered|answering|(?:responds?|responded|responding|replies|replied|replying)\\s+to)\\s+(?:the|a|an|his|her|their|this|that)\\s+(?:${LOWER}+\\s+){0,2}(?:question|query|riddle|challenge))\\s*,?\\s*$`,
      'du',
    ),
);

/**
 * "Huck responds to Tom, who asks, “…”": the relative clause's verb speaks the words, and its name
 * is the one before "who", wherever it stands in the writer's sentence (after "to" too). (Not in
 * a cleft's contrast: "It's Ruth, not Tommy, who says"; nor a name after "of": "the landlord of the
 * Spotted Dog, who grumbles" is the landlord's, probe round AF124.)
 */
const WHO_SAYS = lazyRegExp(
  () =>
    new RegExp(
      `(?<![${LETTERS}'’])(?<!\\bnot\\s+)(?<!\\b(?:of|from|in|at)\\s+(?:the\\s+)?)(?<![${UPPERS}][${LETTERS}'’-]*\\s)(?<name>${WRITTEN_NAME}),\\s+who${ADVERB}?\\s+(?:${VERBS})\\b${NOT_SAID}${OBJECT}${ADVERB}?\\s*[,:]?\\s*$`,
      'dgu',
    ),
);

/** A later match of BEFORE that starts a clause of its own (after "when", "and", "that"…), if any. */
/** A clause's verb before "to" and a verb: "he asks to stay", "she begs to go" (not "says to him"). */
const INFINITIVE_AFTER_VERB = new RegExp(
  String.raw`^\S+(?:\s+\S+){0,2}?\s+[${LOWERS}]+s\s+to\s+(?!(?:him|her|them|me|us|you|it|the|a|an|his|their|my|our|your|its)\b)[${LOWERS}]+\b[^“”"]*$`,
  'u',
);

function innerClause(text: string, first: RegExpExecArray): RegExpExecArray | null {
  const nameEnd = first.indices?.groups?.name?.[1];
  if (nameEnd === undefined) return null;
  // The first match's verb and the inner clause's own: most leads ("Tommy says:") have one, and
  // the tag pattern is too large to run again for nothing.
  const tail = text.slice(nameEnd);
  const verb = SPEECH_VERB_RE.exec(tail) ?? PARTICIPLE_RE().exec(tail);
  if (!verb) return null;
  const rest = tail.slice(verb.index + verb[0].length);
  if (!SPEECH_VERB_RE.test(rest) && !PARTICIPLE_RE().test(rest)) return null;
  // "When Philip complains about school his uncle just says,": the first speaker opens a clause of
  // its own, so the main clause after it (its comma left out) says whose words follow (probe Z5).
  // (the name pattern takes a sentence's capitalised opening word in: "When Philip")
  const firstStart = first.indices!.groups!.name![0];
  const subordinate =
    SUBORDINATOR.test(text.slice(Math.max(0, firstStart - 12), firstStart)) ||
    SUBORDINATOR.test(/^\S+\s+/.exec(first.groups?.name ?? '')?.[0] ?? '');
  let best: RegExpExecArray | null = null;
  for (let from = nameEnd; from < text.length; ) {
    BEFORE().lastIndex = from;
    const next = BEFORE().exec(text);
    const at = next?.indices?.groups?.name?.[0];
    if (!next || at === undefined) break;
    // (not a clause that reports a wish, its verb before an infinitive: in "His brother answers coldly
    // when he asks to stay:" the words are the brother's answer; probe round AF95, read as Frank's)
    const wish = INFINITIVE_AFTER_VERB.test(text.slice(at));
    if (!wish && (subordinate || CLAUSE_OPENER().test(text.slice(Math.max(0, at - 12), at)))) best = next;
    from = next.indices!.groups!.name![1];
  }
  return best;
}

/**
 * "Heathcliff tells Catherine that she has broken her own heart:", "Jo admits that she cannot bear
 * it:": the writer gives the gist in a that-clause, then the words with a colon. The clause (up to
 * twelve words) may name no one else and say nothing of anyone's speech: in "Jane tells Lizzy that
 * Wickham said:" the words are Wickham's.
 */
const THAT_COLON = lazyRegExp(
  () =>
    new RegExp(
      `(?<![${LETTERS}'’])(?<name>${WRITTEN_NAME})${ADVERB}?\\s+(?:${VERBS})${NOT_SAID}(?:\\s+(?<to>${ADDRESSEE}))?\\s+that(?<gist>(?:\\s+[${LOWERS}’'-]+,?){1,12})\\s*:\\s*$`,
      'dgu',
    ),
);
function thatClauseColon(lead: Segment): RuleMatch | null {
  if (!/\bthat\b[^:]*:\s*$/.test(lead.text)) return null;
  THAT_COLON().lastIndex = 0;
  const m = THAT_COLON().exec(lead.text);
  if (!m || SPEECH_VERB_RE.test(m.groups!.gist!) || PARTICIPLE_RE().test(m.groups!.gist!)) return null;
  const read = readWith(lead, THAT_COLON(), { pronoun: false }, undefined, m);
  // ("When Jonathan cries that he would sell his soul, the old man rebukes him:": the clause of when
  // is not the sentence's own; probe round AF127)
  return read && inWhenClauseBeforeSubject(lead, read.span) ? null : read;
}

/** "Lady Portarles, who " just before a quotation: the quotation is what the relative clause says of her. */
const RELATIVE_BEFORE = new RegExp(String.raw`,\s+who(?:\s+[${LOWERS}]+){0,3}\s*[“"]?$`, 'u');

/**
 * "Lady Portarles, who “would not have misfitted a jockey,” tells Lord Grenville, “…”": the writer's
 * sentence has its subject before a quotation woven into a relative clause about her, and its verb
 * after it. Read the whole sentence, the woven quotation's marks set aside, when the words right
 * before this quotation have no subject of their own.
 */
function acrossRelativeClause(site: CreditSite): RuleMatch | null {
  const prev = site.previous;
  if (!prev || prev.block || !site.leadOpen || !RUNS_ON_IN_LOWER_CASE.test(site.lead.text)) return null;
  if (!/^[\s”"’,]*$/.test(site.text.slice(prev.outer.end, site.lead.start))) return null;
  const before = site.text.slice(Math.max(0, prev.outer.start - 200), prev.outer.start);
  if (!RELATIVE_BEFORE.test(before)) return null;
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]\s+[^.!?]*$/));
  const from = prev.outer.start - before.length + (cut >= 0 ? cut + 1 : 0);
  const end = site.lead.start + site.lead.text.length;
  const sentence = { start: from, text: site.text.slice(from, end).replace(/[“”"]/g, ' ') };
  const m = tagBefore(sentence, true, false, site.ctx.cast);
  return m && m.span.end <= prev.outer.start ? m : null;
}

export const tagBeforeRule: CreditRule = {
  id: 'credit/tag-before',
  description:
    'the writer introduces the quotation: Ruth confesses: “…” / Emma tells Harriet, “…” / X came up and said / X, who …, says',
  read: (site) => {
    if (remindsOf(site)) return null;
    const m =
      tagBefore(site.lead, site.leadOpen, site.leadFollowsQuote, site.ctx.cast) ?? acrossRelativeClause(site);
    // "Chauvelin, after Marguerite snubs him:": the words are Chauvelin's (name-gloss), not those of
    // the subject of the clause that glosses his name.
    const glossed = nameBeforeSubordinateGloss(site.lead);
    return m && glossed && m.span.start >= glossed.end ? null : m;
  },
};

/**
 * "he adds that she reminds him “of some one else who loved the earth”": "remind … of" is to
 * resemble, not to say; the words woven in after it are not the subject's.
 */
function remindsOf(site: CreditSite): boolean {
  const first = site.quote.parts[0]!;
  return (
    /^of\s/.test(site.text.slice(first.start, first.start + 3)) &&
    /\bremind(?:s|ed|ing)?(?:\s+[^\s“”"]+){0,2}\s*$/.test(site.lead.text)
  );
}
