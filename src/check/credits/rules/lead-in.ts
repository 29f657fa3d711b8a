import {
  abbreviatedTitleAlternation,
  addressedParticipleAlternation,
  OWNED_RELATION,
  SUBORDINATING_CONJUNCTIONS,
} from '../../../lexicon.js';
import { type LazyRegExp, lazyRegExp } from '../../../text/lazy-regexp.js';
import { LETTERS, LOWERS, UPPERS } from '../../../text/letters.js';
import { shareANameWord } from '../../extract/split.js';
import { knownToCast } from '../cast-names.js';
import {
  ADDRESSEE,
  FINITE_VERB_RE,
  isDescription,
  isNarratorCredit,
  isPronoun,
  LOWER,
  NARRATOR,
  REF,
  SAYING_NOUNS,
  SPEAKER,
  SPEECH_VERB_RE,
  WRITTEN_NAME,
} from '../name-pattern.js';
import { TIME_OPENER } from '../sentence-subject.js';
import type { CreditSite } from '../site.js';
import { type CreditRule, type RuleMatch, readWith } from './rule.js';
import { nameBeforeSubordinateGloss } from './subordinate.js';
import { NOT_SAID, REPORTING_PARTICIPLE } from './tag-parts.js';

/**
 * The writer's own sentence or heading about a person, leading into the quotation without a verb
 * of speech between them: "Young Jane turns on her aunt: “…”", "Joe, the kindest man in literature:
 * “…”", a list item's heading "1. When Jo said what we were all thinking:". Each credits only a
 * character of the book (`knownToCast`): with any verb, or none, a place or a thing could stand there.
 */

/** The writer's words run into the quotation on a colon, as the subject-colon, shown-in-words and given-to rules need. */
function colonLead(site: CreditSite): boolean {
  return site.leadOpen && /:\s*$/.test(site.lead.text);
}

/**
 * Verbs whose subject takes in someone else's words: "Elizabeth reads the letter:", "Jane overhears
 * them:", "Emma is told:". After them the quotation is not the subject's ("gets the last word:" is
 * her own, though).
 */
/**
 * After "gets", what is the subject's own: the last word or the best line ("Mr. Collins gets the best
 * line of the evening:", probe round AF256: not read), or a mood ("Livesey gets sarcastic back at
 * him:", probe round AF245: not read; "gets angry", "gets defensive", "gets up"), not what they are
 * given ("gets a letter:", "gets the news:", "gets told:"). "Opens" takes in a letter, not a remark:
 * "Holmes opens with a compliment:" is his (probe round AF287: not read).
 */
const OWN_AFTER_GETS = `\\s+(?:the\\s+(?:[${LOWERS}]+\\s+){0,2}(?:word|line|lines|speech|retort)\\b|[${LOWERS}]+(?:ic|ive|ous|al|ry|ty|py|ant|ent|ish)\\b|(?:up|loud|mad|cross|bold|rude|blunt|frank|curt|short|tough|brave|serious)\\b)`;
const TAKING_IN = `(?:hears?|heard|overhears?|overheard|listens?|listened|reads?|receives?|received|finds?|found|sees?|saw|watches|watched|learns?|learned|learnt|remembers?|remembered|(?:is|was|are|were|gets|got)\\s+(?:[${LOWERS}]+ly\\s+|then\\s+|again\\s+)?(?:${addressedParticipleAlternation()})\\b|gets(?!${OWN_AFTER_GETS})|got(?!${OWN_AFTER_GETS})|(?:opens?|opened)(?!\\s+with\\s)|quotes?|quoted|recites?|recited|repeats?|repeated|reacts?(?!\\s+[${LOWERS}]+ly\\s*:)|reacted(?!\\s+[${LOWERS}]+ly\\s*:)|responds?\\s+to\\s+[${UPPERS}])`;

/** The same, as a participle in a gloss on the name: "Mr. Hale, reading Edith's letter, smiles:". */
const TAKING_IN_ING =
  /\b(?:reading|hearing|overhearing|listening|watching|quoting|reciting|repeating|receiving|opening)\b/;

/**
 * Up to two phrases before the subject: "Years later, delirious, Catherine longs…:", "In chapter 9,
 * Jane…:"; or one opening on a preposition without its comma: "At the very end Jo looks back…:",
 * "During the Netherfield ball Jane…:". Its words are lower case (a capital only after "the"): in
 * "Later Alima pushes Terry hard:" the subject is Alima, not Terry (probe round E4).
 */
export const OPENING_PHRASES = `(?:[${UPPERS}][^,;:.!?“”"\\n]{0,30},\\s+(?:[${LOWERS}][^,;:.!?“”"\\n]{0,20},\\s+)?|(?:At|In|On|After|During|Later|Near|Towards?|By)\\s+(?:(?:[${LOWERS}\\d][${LETTERS}\\d'’-]*|(?<=\\bthe\\s)[${UPPERS}][${LETTERS}'’-]*)\\s+){1,4}?(?=[${UPPERS}]))?`;

/**
 * "Young Jane turns on her aunt:", "Mr. Collins goes further:", "Darcy, stung, fires back:", "…, and
 * Huck just plays dumb:", "When he proposes, she corrects him at once:", "Sir Henry on Baskerville
 * Hall:" (a person on a topic, whatever its capitals), "Heathcliff at the Grange door:" (a name after
 * a preposition: PLACED_NAME): a sentence (or its last clause) of the writer's whose subject is a
 * person and which leads into the quotation with a colon, whatever its verb (writers vary them
 * endlessly), except verbs of taking in another's words. Only a lower-case clause of a few words,
 * with no second name, no subject pronoun of its own and nothing done "by" or "from" someone
 * ("begins by teasing his friend:" is the subject's own doing; in "Tony tries to wake her and she
 * mumbles:" the words are hers, probe round AF71); not a possessive ("Elizabeth's sister replies:" is
 * the sister's). The clause runs to ten words ("Lucy writes to Mina after three proposals in one
 * day:", probe round AF246: not read at eight). A lower-case clause of up to eight words may stand
 * beside the name: "Then George,
 * who has not said a word all evening, delivers the line everyone remembers:" (probe round AF230:
 * not read at five).
 */
/**
 * A capitalised word after a preposition (or after such a word): "at the Grange door", "introducing
 * himself to Lockwood". Never a name after a verb: in "Pip meets Magwitch:" the words may be either's.
 */
/** A word of the writer's lead: "mocks", "fruit-seller", "town's", "outlaws'" (probe round AF118). */
const LEAD_WORD = `${LOWER}+(?:['’-]${LOWER}+)*(?:(?<=s)['’](?![${LETTERS}]))?`;
/**
 * Whom the verb is done to, by name, then the colon, a preposition or an adverb: "Old Mr. Emerson
 * praises Lucy in Santa Croce:" (probe round AE6), "Tommy pushes Ruth hard:", "Ham comforts Mrs.
 * Gummidge in the boat:" (AF17), "Charles Hayter scolds little Walter:" (AF55); or how the words put
 * it, or a noun for them: "The narrator describes Ruth this way:", "Mr. Emerson gives Lucy the advice
 * she needs:" (probe round AF220: neither read). Not a name and a verb of its own ("During the
 * Lighthouse supper Ruth turns cold:" is Ruth's sentence), nor a letter or a quotation, which may be
 * anyone's ("Tommy shows Ruth the letter:").
 */
const OBJECT_NAME = `(?:(?:little|young|old|poor)\\s+)?(?:(?:${abbreviatedTitleAlternation()})\\.\\s+)?[${UPPERS}][${LETTERS}'’-]*(?:\\s+[${UPPERS}][${LETTERS}'’-]*)?(?=\\s*:|\\s+(?:in|at|on|with|against|about|over|for|to|into|from|after|before|across|hard|again|once|back|too|first|[${LOWERS}]+ly|(?:this|that)\\s+way|thus|as\\s+follows)\\b|\\s+(?:(?:a|an|the|some|this|that|his|her|their|one)\\s+)?(?:${LOWER}+\\s+){0,2}?(?!(?:letters?|quotes?|quotation|lines?|words)\\b)(?:${SAYING_NOUNS})\\b)`;
/**
 * Not after a verb of meeting: in "Tommy meets Ruth:" or "Kathy finds the Captain:" the words that
 * follow are as often the other one's.
 */
const NOT_MEETING =
  '(?<!\\b(?:meets?|met|greets?|greeted|visits?|visited|encounters?|encountered|approaches|approached|joins?|joined|passes|passed|corners?|cornered|catches|caught|finds?|found|sees?|saw|interviews?|interviewed))';
// (and "on": "Evelina herself gets the last word on Mr. Smith:", probe round AF254: not read)
const PLACED_NAME = `(?<=\\b(?:to|at|in|into|with|about|on|towards?|outside|inside)\\s+(?:the\\s+)?|[${UPPERS}][${LETTERS}'’-]*\\s+)(?:(?:Mr|Mrs|Ms|Dr|St)\\.\\s+)?[${UPPERS}][${LETTERS}'’-]*`;
/**
 * A sentence opening on a subordinator is no subject's: in "When Sophia runs away his reaction is
 * pure bluster:" the words are the squire's, whose reaction it is, not Sophia's.
 */
const NOT_SUBORDINATE =
  '(?!(?:When|Whenever|If|As|Because|Although|Though|While|After|Before|Since|Until|Unless|Once|Where)\\s)';
/**
 * The comma after a sentence's opening subordinate clause: in "When Alexis brings his winnings,
 * Polina refuses them:" the main clause's subject is Polina (probe round AF5: not read). Not "When
 * Sophia runs away his reaction is pure bluster:", which has no comma and no such subject.
 */
const OPENING_SUBORDINATORS = [...SUBORDINATING_CONJUNCTIONS]
  // ("As Helen tells Jane, …" is the writer's own credit; "While Jo reads, Amy…" may be either's)
  .filter((w) => w !== 'as' && w !== 'while' && w !== 'whilst');
/**
 * …after a time word at most ("Years later, when his nephew comes to him, Uncle George is dry as
 * ever:"), and after the quotation before in the same paragraph ("…!” When George threatens to stop
 * the talk, Amberson is flat:"; probe round AF80: neither read), and after a conjunction ("And when
 * Pooh knocks on his own door, Piglet has to remind him:", probe round AF207).
 */
const AFTER_SUBORDINATE_CLAUSE = `(?<=(?:^\\s*|[.!?]["”’')]*\\s+)(?:(?:${OPENING_SUBORDINATORS.map(
  (w) => w[0]!.toUpperCase() + w.slice(1),
).join(
  '|',
)})|(?:${TIME_OPENER}|(?:And|But|So|Then)\\s+)(?:${OPENING_SUBORDINATORS.join('|')}))\\s[^,;:.!?“”"\\n]{1,80}),\\s+`;
/**
 * "Her husband is delighted:": a possessive before a noun is no name, and "Her" read as one was
 * resolved to the wife (probe round V4). The subject is someone described through another person.
 */
const NOT_DETERMINER = `(?!(?:Her|His|Their|Its|My|Our|Your)\\s+[${LOWERS}])`;
/** A sentence's end, not a title's full stop: in "To Mrs. Bogart herself she is far sharper:" no sentence starts at "Bogart". */
const NOT_A_TITLE = `(?<!\\b(?:${abbreviatedTitleAlternation()}))`;
const SUBJECT_COLON = lazyRegExp(
  () =>
    new RegExp(
      `(?:^(?:\\s*\\d{1,3}\\s*[/.)])?(?:\\s*(?:and|but|so|then)\\s+)?|(?:${NOT_A_TITLE}[.!?;:]|\\s[—–])\\s+(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Tt]hen)\\s+)?|,\\s+(?:and|but|so|while|then)\\s+|,\\s+(?=(?:he|she)\\s)|\\s(?:and|but|so)\\s+(?=(?:he|she)\\s+[${LOWERS}])|${AFTER_SUBORDINATE_CLAUSE})\\s*${OPENING_PHRASES}(?:(?:Then|Later|Now|Finally|Next|Again|Young|Little|Old|Poor|Even)\\s+)?(?:\\*\\*|__)?${NOT_SUBORDINATE}${NOT_DETERMINER}(?<name>${NARRATOR}|${WRITTEN_NAME}|[Hh]e|[Ss]he)(?<!['’]s?)(?:\\*\\*|__)?(?!\\s+(?:he|she|they|we|I|it)\\b)(?:,\\s+${LOWER}[${LOWERS}'’-]*(?:\\s+${LOWER}[${LOWERS}'’-]*){0,7},)?\\s+(?:(?!${TAKING_IN}\\b)(?!(?:and|or|nor)\\b)${LEAD_WORD}(?:${NOT_MEETING}\\s+${OBJECT_NAME})?(?:\\s+(?!(?:by(?!\\s+[${LOWERS}]+ing\\b)|from|he|she|they)\\b)(?:${LEAD_WORD}|${PLACED_NAME})){0,9}|on\\s+[^,;:.!?“”"\\n]{1,40})\\s*:\\s*$`,
      'dgu',
    ),
);

/** "It is Miriam who lands the decisive blow:": the same sentence, its subject set apart by "it is … who". */
const CLEFT_CUE = /\b[Ii]t\s+(?:is|was)\s/;
const CLEFT_COLON = lazyRegExp(
  () =>
    new RegExp(
      `\\b[Ii]t\\s+(?:is|was)\\s+(?<name>${WRITTEN_NAME})\\s+(?:who|that)\\s+(?!${TAKING_IN}\\b)${LOWER}+(?:\\s+${LOWER}+){0,6}\\s*:\\s*$`,
      'dgu',
    ),
);

/**
 * "Her sister Alice answers with fear:", "His friend Heyward cuts in:", "Bounderby's mother, Mrs.
 * Pegler, is outraged:", "The banker, Mr. Bulstrode, pronounces judgement:": a relation or a
 * description, then the person's name in apposition, as the subject (probe round AD13: not read, and
 * a heading above credited and contradicted the line; AF1, AF17), after an opening phrase too ("Back
 * in the pension, her cousin Charlotte is the one who cannot contain herself:", AF113). The name is
 * the credit; "Her sister answers:" alone is not read here.
 */
const RELATION_NAMED_SUBJECT = lazyRegExp(
  () =>
    new RegExp(
      `(?:^|${NOT_A_TITLE}[.!?]["”’')]*\\s+)\\s*${OPENING_PHRASES}(?:(?:[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur|${WRITTEN_NAME}['’]s?)\\s+${OWNED_RELATION}(?:\\s+|,\\s+(?=[^,:]+,\\s))|The\\s+(?:${LOWER}+\\s+){0,2}${LOWER}+,\\s+(?=[^,:]+,\\s))(?<name>${WRITTEN_NAME})(?:,(?=\\s))?\\s+(?!${TAKING_IN}\\b)${LOWER}+(?:\\s+(?:${LOWER}+|[${UPPERS}][${LETTERS}-]*['’]s)){0,6}\\s*:\\s*$`,
      'dgu',
    ),
  new RegExp(
    String.raw`(?:^|\s)(?:[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur)\s|['’]s?\s+[${LOWERS}]|The\s+[${LOWERS}][^,]{0,40},\s`,
    'u',
  ),
);

/**
 * "The Hatter puzzles everyone by asking “…”", "Jo ends the quarrel by saying, “…”": the subject
 * says the words the sentence ends in, whatever its own verb (probe round AF197: not read); with
 * where it happens between ("Randolph opens the book in the hotel garden at Vevey by demanding,":
 * probe round AF233, not read: "opens" takes in, but not by saying).
 */
const BY_SAYING = lazyRegExp(
  () =>
    new RegExp(
      `(?:^|${NOT_A_TITLE}[.!?]["”’')]*\\s+)\\s*${OPENING_PHRASES}${NOT_SUBORDINATE}${NOT_DETERMINER}(?<name>${WRITTEN_NAME}|[Hh]e|[Ss]he)\\s+(?!(?!opens?\\b|opened\\b)${TAKING_IN}\\b)${LOWER}+(?:\\s+(?:${LOWER}+|[${UPPERS}][${LETTERS}'’-]*)){0,10}\\s+by\\s+(?:${REPORTING_PARTICIPLE})(?:\\s+(?:out|back))?\\s*[,:]?\\s*$`,
      'dgu',
    ),
  new RegExp(String.raw`\sby\s+[${LOWERS}]+ing\s*[,:]?\s*$`, 'u'),
);

/**
 * "Good rewards Umslopogaas with the words “…”": the subject's own words, whatever the verb (probe
 * round AF201: not read); not after a passive ("Tommy is greeted with the words “…”" are another's).
 */
const WITH_THE_WORDS = lazyRegExp(
  () =>
    new RegExp(
      `(?:^|${NOT_A_TITLE}[.!?]["”’')]*\\s+)\\s*${OPENING_PHRASES}${NOT_SUBORDINATE}${NOT_DETERMINER}(?<name>${WRITTEN_NAME}|[Hh]e|[Ss]he)\\s+(?!${TAKING_IN}\\b)(?!(?:is|was|are|were|gets|got|has\\s+been|had\\s+been)\\s)${LOWER}+(?:\\s+(?:${LOWER}+|[${UPPERS}][${LETTERS}'’-]*)){0,5}\\s+with\\s+(?:the|these|those)\\s+words\\s*[,:]?\\s*$`,
      'dgu',
    ),
  /\swith\s+(?:the|these|those)\s+words\s*[,:]?\s*$/,
);

export const subjectColonRule: CreditRule = {
  id: 'credit/subject-colon',
  description:
    'the writer’s sentence about a person leads into the quotation: Young Jane turns on her aunt: “…” / It is Miriam who lands the blow: “…” / The Hatter puzzles everyone by asking “…”',
  read(site) {
    if (!site.leadOpen) return null;
    // Any verb, so the subject must be one of the book's characters ("At the Salt House the rule is
    // simple:" names a place).
    const m = colonLead(site)
      ? (readWith(site.lead, SUBJECT_COLON(), { pronoun: true }) ??
        (CLEFT_CUE.test(site.lead.text) ? readWith(site.lead, CLEFT_COLON(), { pronoun: false }) : null) ??
        readWith(site.lead, RELATION_NAMED_SUBJECT, { pronoun: false }))
      : (readWith(site.lead, BY_SAYING, { pronoun: true }) ??
        readWith(site.lead, WITH_THE_WORDS, { pronoun: true }));
    // A pronoun is resolved within the writing ("…, she corrects him at once:"), "the narrator" is
    // the book's; a name must be the cast's.
    return m && (isPronoun(m.name) || isNarratorCredit(m.name) || knownToCast(m.name, site.ctx.cast))
      ? m
      : null;
  },
};

/**
 * The quotation's own lead is the writer's sentence about a named person (or the narrator), running
 * into it on a colon, whether or not the cast knows the name: "Van, the narrator, refuses to believe
 * it:" under a "### Jeff" heading introduces its quotation itself, and the heading is no credit of it
 * (probe round U4). A pronoun subject ("He proposes:") may be the heading's person and does not count.
 * Given the heading's name, a lead on another character's possessive counts too.
 */
export function namedInOwnLead(site: CreditSite, heading?: string): boolean {
  if (!colonLead(site)) return false;
  const m = readWith(site.lead, SUBJECT_COLON, { pronoun: false });
  if (m !== null && !isPronoun(m.name)) return true;
  if (readWith(site.lead, RELATION_NAMED_SUBJECT, { pronoun: false }) !== null) return true;
  // …or a name and a gloss, known to the cast or not: "And Lady Catherine at the end, furious in the
  // little copse:" (probe round AF124: the heading two blocks above credited the line)
  if (site.leadOpen && readWith(site.lead, NAME_GLOSS(), { pronoun: false }) !== null) return true;
  // …or opening on another character's possessive: "Fanny's timidity shows early:" under "### Sir
  // Thomas" and the block quote it heads (probe round AF58: contradicted Fanny's own line). Whose
  // words they are the sentence may not say ("Ruth's anger shows in the next scene:"), but it is
  // about someone other than the heading's person.
  if (heading !== undefined) {
    const owner = readWith(site.lead, POSSESSIVE_LEAD(), { pronoun: false });
    if (owner && knownToCast(owner.name, site.ctx.cast) && !shareANameWord(owner.name, heading)) return true;
  }
  // …or described: "The old man is proud and puzzled at once: “…” Pip nods." (probe round AB6: read
  // as Pip's line). The description is the article and one to three words before the verb.
  const d = DESCRIBED_LEAD.exec(site.lead.text);
  if (!d) return false;
  const words = d.groups!.d!.split(/\s+/);
  return [2, 3, 4].some((n) => n < words.length && isDescription(words.slice(0, n).join(' ')));
}

/** A sentence of the writer's opening on a person's possessive and leading into the words on a colon. */
const POSSESSIVE_LEAD = lazyRegExp(
  () =>
    new RegExp(
      `(?:^|${NOT_A_TITLE}[.!?]["”’')]*\\s+)\\s*(?<name>${WRITTEN_NAME})['’]s\\s+(?:${LEAD_WORD}\\s+){0,6}${LEAD_WORD}\\s*:\\s*$`,
      'dgu',
    ),
);

/** A sentence of the writer's opening on a described person and leading into the words on a colon. */
const DESCRIBED_LEAD = new RegExp(
  String.raw`(?:^|[.!?]["”’')]*\s+)\s*(?<d>(?:The|A|An)\s+(?:[${LOWERS}]+\s+){0,2}[${LOWERS}]+)\s+[${LOWERS}]+[^.!?:“”"]*:\s*$`,
  'u',
);

/**
 * "Angel's cruelty peaks in one sentence:", "Darcy's pride shows in his first words:": a trait of the
 * person's shown in something said, leading into it. The saying must be named ("in one sentence",
 * "in her reply"); "Elizabeth's anger shows in the next scene:" credits nobody.
 */
const SHOWN_IN_WORDS = lazyRegExp(
  () =>
    new RegExp(
      `(?:^|[.!?]\\s+)\\s*(?:(?:Even|And|But|Then|Here|Now)\\s+)?(?<name>${WRITTEN_NAME})['’]s\\s+(?:${LOWER}+\\s+){1,2}(?:shows?|showed|peaks?|peaked|comes?\\s+out|came\\s+out|surfaces?|surfaced|lies|breaks?\\s+through|is\\s+plain|is\\s+clear|is\\s+summed\\s+up)\\s+(?:in|with|through)\\s+(?:one|a|a\\s+single|this|that|his|her|their|the)\\s+(?:${LOWER}+\\s+){0,2}(?:${SAYING_NOUNS})\\s*:\\s*$`,
      'dgu',
    ),
);

export const shownInWordsRule: CreditRule = {
  id: 'credit/shown-in-words',
  description: 'a trait of the person shown in the words: Angel’s cruelty peaks in one sentence: “…”',
  read(site) {
    if (!colonLead(site)) return null;
    const m = readWith(site.lead, SHOWN_IN_WORDS(), { pronoun: false });
    return m && knownToCast(m.name, site.ctx.cast) ? m : null;
  },
};

/**
 * "The novel's first line belongs to Jo:", "The last word goes to Elizabeth:": the writer hands the
 * words to a person, then gives them. The saying must be named and the lead must end with the name
 * ("goes to Jo's sister:" is the sister's). ("The best line is Ruth's:" is the possessive rule's.)
 */
const GIVEN_TO = lazyRegExp(
  () =>
    new RegExp(
      `(?:^|[.!?]\\s+)[^.!?:\\n]{0,50}?\\b(?:word|${SAYING_NOUNS})(?:\\s+in\\s+the\\s+${LOWER}+)?\\s+(?:(?:belongs?|belonged|goes|go|went|falls?|fell)\\s+to|(?:is|was)\\s+given\\s+to|(?:comes|came)\\s+from)\\s+(?<name>${SPEAKER})(?<!['’]s)\\s*:\\s*$`,
      'dgu',
    ),
);

export const givenToRule: CreditRule = {
  id: 'credit/given-to',
  description:
    'the writer hands the words to a person: The first line belongs to Jo: “…” / the shortest answer in the book comes from Amedee: “…”',
  read(site) {
    if (!colonLead(site)) return null;
    const m = readWith(site.lead, GIVEN_TO(), { pronoun: false });
    // A name must be the cast's; a description ("the stranger") is read as any credit by description is.
    return m && (isDescription(m.name) || knownToCast(m.name, site.ctx.cast)) ? m : null;
  },
};

/**
 * The writer (or the author) hands the person the words: "Austen gives Mr. Collins the line “…”",
 * "Mary is given the line “…”", "Austen puts these words in Elizabeth's mouth: “…”". The saying must
 * be named (a line, the words, a speech); the name is whoever receives it, not the giver.
 */
/** Nouns of what answers someone: whoever "gets" one is the one answered, not the speaker. */
const ANSWER_NOUNS =
  'reply|replies|answer|answers|response|responses|retort|retorts|rejoinder|rebuke|comeback';

const HANDED_WORDS: readonly LazyRegExp[] = [
  // "Austen gives Mr. Collins the line", "hands Jo the last word"
  lazyRegExp(
    () =>
      new RegExp(
        `\\b(?:gives?|gave|hands?|handed|allots?|assigns?|assigned)\\s+(?<name>${SPEAKER})\\s+(?:the|these|this|that|a|one|his|her|their)\\s+(?:${LOWER}+\\s+){0,2}?(?:${SAYING_NOUNS})\\s*[,:]?\\s*$`,
        'dgu',
      ),
    /\b(?:gives?|gave|hands?|handed|allots?|assigns?|assigned)\s/,
  ),
  // "Mary is given the line", "Jo gets the line"; not "Mrs Miller gets the famous reply:", which
  // she is given in answer (probe round J4)
  lazyRegExp(
    () =>
      new RegExp(
        `\\b(?<name>${SPEAKER})\\s+(?:is|was|gets|got)\\s+(?:given\\s+|handed\\s+)?(?:the|these|this|that|a|one|his|her|their)\\s+(?!(?:${LOWER}+\\s+){0,2}?(?:${ANSWER_NOUNS})\\b)(?:${LOWER}+\\s+){0,2}?(?:${SAYING_NOUNS})\\s*[,:]?\\s*$`,
        'dgu',
      ),
    /\s(?:is|was|gets|got)\s/,
  ),
  // "puts these words in Elizabeth's mouth", "these words are put into Darcy's mouth"
  lazyRegExp(
    () =>
      new RegExp(
        `(?:\\bput(?:s|ting)?\\s+(?:(?:the|these|those|such|this|that)\\s+)?(?:${LOWER}+\\s+){0,2}?(?:words?|lines?|sentiments?|speech)|\\b(?:words?|lines?|speech)\\s+(?:is|are|was|were)\\s+put)\\s+in(?:to)?\\s+(?<name>${SPEAKER})['’]s?\\s+mouth\\s*[,:]?\\s*$`,
        'dgu',
      ),
    /\bput[\s\S]*?\sin(?:to)?\s[\s\S]*?\smouth\s*[,:]?\s*$/,
  ),
];

const HANDING = /\b(?:give|gave|hand|allot|assign|gets|got|mouth)/;

export const handedWordsRule: CreditRule = {
  id: 'credit/handed-words',
  description:
    'the person is handed the words: Austen gives Mr. Collins the line “…” / puts these words in Elizabeth’s mouth:',
  read(site) {
    // (only where the words the patterns need are: each pattern is large to compile and run)
    if (!site.leadOpen || !HANDING.test(site.lead.text)) return null;
    let m: RuleMatch | null = null;
    for (const re of HANDED_WORDS) {
      m = readWith(site.lead, re, { pronoun: false, description: false });
      if (m) break;
    }
    // A name must be the cast's ("the novel gives the reader the line" hands it to nobody).
    if (!m || !knownToCast(m.name, site.ctx.cast)) return null;
    // "He gives David this advice: “…”", "Estella gives Pip this answer": a character who gives
    // someone words says them to that one; only the writer or the author hands a person their line.
    const giver = GIVER.exec(site.lead.text.slice(0, m.span.start - site.lead.start))?.[1];
    if (giver && (/^(?:he|she|they|we|i)$/i.test(giver) || knownToCast(giver, site.ctx.cast))) return null;
    return m;
  },
};

/** The word before "gives" in the lead: who gives. */
const GIVER = new RegExp(
  String.raw`([${LETTERS}'’.]+)\s+(?:gives?|gave|hands?|handed|allots?|assigns?|assigned)\s+$`,
  'u',
);

/**
 * A name and a few words about the person, then the words: "Joe, the kindest man in literature:
 * “…”", "Estella to Miss Havisham, finally pushing back: “…”", "And Herbert, the world's best
 * roommate, mid-story: “…”", "Barkis again, laconic: “…”" (probe round AF58), "Honourable mention:
 * Mrs Joe, “…”" (a thread's or a list's own way to credit). The name opens the writer's sentence
 * (after a thread's "2/", a list's number, "and", a label, or an opening phrase: "Back at Sawston,
 * Mrs. Herriton: “…”", probe round AF118), with a place in the book at most ("Umslopogaas (Ch.
 * XXII): “…”", AF120) or a phrase of when or where before the gloss ("And Lady Catherine at the end,
 * furious in the little copse:", AF124: the heading above credited the block quote instead); what
 * follows it has no verb of its own ("Pip, meanwhile, has other worries:"
 * is about Pip) and ends the lead.
 */
const NAME_GLOSS = lazyRegExp(
  () =>
    new RegExp(
      `(?:^|(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Mme|Mlle|Prof|Rev|Capt|Col|Gen|Lt|Hon|[A-Z]))[.!?]\\s+|:\\s+)[\\s*_]*(?:\\d{1,3}\\s*(?:/|\\.|\\))\\s*)?(?:(?:And|But|Also|Plus|Then|Finally)\\s+)?${OPENING_PHRASES}(?<name>${WRITTEN_NAME})(?:\\s*\\(${REF}\\))?(?:\\s+(?:again|too|also|later|then|now|once\\s+more|in\\s+turn|(?:at|in|on|by|near|after|during)\\s+(?:the\\s+|his\\s+|her\\s+)?[${LOWERS}]+(?:\\s+[${LOWERS}]+)?(?=,)))?[ *_]{0,2}(?:,?\\s+to\\s+(?<to>${WRITTEN_NAME}))?(?:,\\s+(?<gloss>[^:;.!?“”"\\n]{1,60}?))?[*_]{0,2}\\s*(?::|,(?=\\s*$))\\s*$`,
      'dgu',
    ),
);

/** After the words, the sentence's own verb with no subject before it: "…,” is pressed by", "…,” never has". */
const APPOSED_WORDS_THEN_VERB = new RegExp(
  `^[\\s,*_]*(?:(?:never|always|still|also|soon|then|now|only|[${LOWERS}]+ly)\\s+)?${FINITE_VERB_RE.source}`,
  'u',
);

/** A gloss that says the person answers ("Elizabeth, in reply:", "Jane, answering her sister:"): their own words. */
const ANSWERING = new RegExp(
  String.raw`^(?:[${LOWERS}]+ly\s+)?(?:in\s+(?:reply|answer|response|return)(?:\s+to\s+[^,]{1,40})?|(?:replying|answering|responding|retorting)(?:\s+[^,]{1,40})?)$`,
  'u',
);

export const nameGlossRule: CreditRule = {
  id: 'credit/name-gloss',
  description:
    'a name and a few words about the person, then the words: Joe, the kindest man in literature: “…”',
  read(site) {
    if (!site.leadOpen || !/[:,]\s*$/.test(site.lead.text)) return null;
    NAME_GLOSS().lastIndex = 0;
    const m = NAME_GLOSS().exec(site.lead.text);
    if (!m) return null;
    const gloss = m.groups?.gloss ?? '';
    // "Pip, meanwhile, has other worries:" is a sentence about Pip, not a credit; "Mr. Hale, reading
    // Edith's letter, smiles:" takes in someone else's words.
    // ("Chauvelin, after Marguerite snubs him:": a clause saying when, whatever its verb, glosses the name)
    const when = nameBeforeSubordinateGloss(site.lead) !== null;
    if (
      !ANSWERING.test(gloss) &&
      !when &&
      (FINITE_VERB_RE.test(gloss) || SPEECH_VERB_RE.test(gloss) || TAKING_IN_ING.test(gloss))
    )
      return null;
    // "Addressee: Gabriel Betteredge⏎Quote:": a name and the colon on different lines are a
    // worksheet's fields, not a name glossed.
    const nameAt = m.indices?.groups?.name?.[0] ?? m.index;
    // "- To Mrs Chiley: Dear Mrs Chiley, …": said to her, not by her (probe round AE5).
    if (/(?:^|\s)To\s+$/.test(site.lead.text.slice(0, nameAt)) || /^To\s/.test(m.groups?.name ?? ''))
      return null;
    // (The line break after the colon, before a quotation on the next line, is no such break.)
    if (site.lead.text.slice(nameAt).trimEnd().includes('\n')) return null;
    // "Marguerite Blakeney, “the cleverest woman in Europe,” is pressed by Chauvelin": words between
    // commas that the name's sentence goes on past, to a verb of its own, describe the person; nobody
    // says them (probe round AF81: read as her line, and supported).
    if (site.lead.text.trimEnd().endsWith(',') && APPOSED_WORDS_THEN_VERB.test(site.trail.text)) return null;
    // A bare "Pip," before the words is only a credit at the start of the writer's sentence or list.
    const read = readWith(site.lead, NAME_GLOSS(), { pronoun: false }, undefined, m);
    return read && knownToCast(read.name, site.ctx.cast) ? read : null;
  },
};

/**
 * Verbs a list article's heading gives the speaker of the line below it. Only verbs that report the
 * subject's own words: over "When Laurie proposed" or "When Jo asked Marmee" stands the answer as
 * often as the question.
 */
const WHEN_VERBS =
  'said|says|told|tells|reminded|reminds|declared|declares|announced|announces|admitted|admits|confessed|confesses|explained|explains|insisted|insists|warned|warns|threatened|threatens|joked|jokes|complained|complains|grumbled|grumbles|snapped|snaps|shouted|shouts|yelled|yells|screamed|screams|whispered|whispers|muttered|mutters|quipped|quips|summed\\s+up|put\\s+it|spoke|speaks|gave|gives|dropped|drops|roasted|roasts|clapped\\s+back|went\\s+off';
/**
 * A list article's item heading over the quotation: "1. When Jo said what we were all thinking:",
 * "When Beth reminded everyone what matters", "That time Amy threatened Jo from the stairs".
 */
const WHEN_HEADING = lazyRegExp(
  () =>
    new RegExp(
      `^[\\s#*_>]*(?:\\d{1,3}[.)]\\s*)?(?:(?:And|But|Or|Plus)\\s+)?(?:[Ww]hen|[Ww]henever|[Tt]hat\\s+time|[Tt]he\\s+time|[Ee]very\\s+time|[Tt]he\\s+moment)\\s+(?<name>${WRITTEN_NAME})(?:\\s+(?:just|basically|literally|finally|casually|totally|really|then|calmly|simply))*\\s+(?:${WHEN_VERBS})\\b${NOT_SAID}(?:\\s+(?<to>${ADDRESSEE}))?`,
      'dgu',
    ),
);

export const whenHeadingRule: CreditRule = {
  id: 'credit/when-heading',
  description:
    'a list item’s heading over the quotation: 1. When Jo said what we were all thinking: / That time Amy threatened Jo',
  read(site) {
    // The block before, set over the quotation: not a sentence of the quotation's own paragraph.
    if (
      site.leadInline ||
      !site.setApart ||
      !/^[\s#*_>\d.)]*(?:And\s+|But\s+|Or\s+|Plus\s+)?(?:When|Whenever|That time|The time|Every time|The moment)\s/i.test(
        site.lead.text,
      )
    )
      return null;
    const m = readWith(site.lead, WHEN_HEADING(), { pronoun: false });
    return m && knownToCast(m.name, site.ctx.cast) ? m : null;
  },
};
