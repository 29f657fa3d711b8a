import { addressingVerbAlternation, KIN_TITLES_BEFORE_NAME, OWNED_RELATION } from '../../../lexicon.js';
import { lazyRegExp } from '../../../text/lazy-regexp.js';
import { UPPERS } from '../../../text/letters.js';
import { ADDRESSEE, LETTERS, LOWER, LOWERS, REF, WRITTEN_NAME } from '../name-pattern.js';

/**
 * The pieces of a tag the rules before and after a quotation share: whom the words are said to
 * (OBJECT), how and where (MANNER), what about (TOPIC), a verb of speech denied (NOT_SAID), and the
 * participles that report speech after a clause ("…, declaring").
 */

const ADDRESSING = addressingVerbAlternation();
/**
 * "tells Harriet", "says to Jane", "sneers at Pip", "pleads with Jaggers" (a name or pronoun only after
 * "at" and "with": "says at the ball" names a place, "says with a smile" a manner), "replies to him",
 * "says of Bingley" (not an addressee). Two names joined: "tells Meg and Jo" (probe round AF216: no
 * credit read); not "tells Joe, and I had to put the book down" (probe round AF221).
 */
export const OBJECT = `(?:(?:(?<=\\b(?:${ADDRESSING}|telling|asking|warning|reminding|assuring|urging|begging|informing|advising))\\s+|\\s+to\\s+|(?<=\\bconfid(?:e|es|ed|ing))\\s+in\\s+)(?<to>${ADDRESSEE}(?:\\s+(?:and|&)\\s+(?!I\\b)${WRITTEN_NAME})?)|\\s+(?:at|with)\\s+(?<to4>${WRITTEN_NAME}|him|her|them)(?![${LETTERS}'’])|\\s+(?:at|with)\\s+(?:the|his|her|their)\\s+(?:${LOWER}+\\s+)?${LOWER}+|\\s+of\\s+${ADDRESSEE})?(?:\\s+(?:both|all|again))?`;
/**
 * "in reply", "in triumph", "in the memorable words", "at last", "in her own mind", "with a smile", "in a
 * whisper" after the verb,
 * "with" right before the words ("greets him with “…”", "responds with “…”"; not "agrees with “…”",
 * someone else's words); where in the book: "in chapter 25", "(ch. 3)". (Not "in the cave", "at
 * breakfast": "The watch is returned in the final chapter, “The Winter Clock”" is a plot summary.)
 * Set between commas: "asks, surprised,", "says, smiling at him,"; "answers lightly, as if it does
 * not matter:"; "adds, head held high," (ABSOLUTE_PHRASE); "asks, plaintively," (probe round AF115);
 * "confides, much later," (AF119); "asks her, wide-eyed," (AF207); "asks her, with no introduction at
 * all," (AF209).
 */
/**
 * An absolute phrase on the speaker's bearing, set between commas: "adds, head held high,", "says, her
 * voice shaking,", "replies, eyes blazing," (probe round AF113: not read). Also where and while:
 * "calls from above:", "exclaims as he leaps in,", "asks the Vicomte, with his eye-glass up:" (probe
 * round AF220: none read); "calls after him:" (AF262: not read).
 */
const ABSOLUTE_PHRASE = `(?:(?:his|her|their)\\s+)?(?:head|chin|eyes|voice|face|hands?|arms?|fists?|lips|jaw|cheeks|brow|tears|back|shoulders)\\s+(?:${LOWER}+\\s+){0,2}${LOWER}+(?=\\s*[,:])`;
/**
 * A participle and its object set off after the verb: "says, smiling at him,", "answers, smiling:",
 * "replies, shaking her head:", "answers, half-mocking herself:" (before a colon none was read till
 * 2026-12-07). Not a participle that passes on someone else's words ("replies, quoting Tommy:",
 * "answers, reading Edith's letter:"): the words may be the other person's.
 */
const PARTICIPLE_PHRASE = `(?!(?:quoting|citing|reading|echoing|repeating|paraphrasing|mimicking|imitating)\\s+(?!at\\b))(?:${LOWER}+-)?${LOWER}+(?:ed|ing)(?:\\s+(?:(?:at|to|with)\\s+)?(?:him|her|them|himself|herself|themselves|it|(?:his|her|their)\\s+${LOWER}+|${WRITTEN_NAME}))?(?=\\s*[,:])`;
/** "a bit too eagerly", "rather too quickly", "very softly": a degree before a manner adverb (probe round AF269: not read). */
const DEGREE =
  '(?:(?:a\\s+(?:bit|little|touch|trifle)|rather|far|all|somewhat|quite)\\s+)?(?:(?:too|so|very|more|less)\\s+)?';
// (and "all wounded dignity", "at one point": "Franklin asks, all wounded dignity:", "Leonora, who
// …, says at one point:", probe round AF293: not read; "goes on, half in tribute:", "groans from the
// apple-barrel:", AF296)
export const MANNER = `(?:,?\\s+(?:in\\s+(?:reply|response|return|turn|triumph|anger|despair|relief|horror|surprise|delight|disgust|frustration|fury|rage|alarm|dismay|shock|tears|exasperation|amusement|wonder|awe|disbelief)|at\\s+last|at\\s+(?:one|some|that|this)\\s+(?:point|moment|stage)|all\\s+(?:${LOWER}+\\s+)?${LOWER}+(?=\\s*[,:])|(?<!\\b(?:agree|agrees|agreed|agreeing|disagree|disagrees|disagreed|concur|concurs|concurred|sympathi[sz]es|contrasts|compares)\\s+)with(?=\\s*[:,]?\\s*$)|(?:in\\s+|\\()${REF}\\)?|with\\s+(?:a|an|the|his|her|their|no|some|great|little|much)\\s+(?:${LOWER}+\\s+){0,2}${LOWER}[${LOWERS}-]*(?:\\s+(?:at\\s+all|up|down|raised|lowered|aside))?|as\\s+(?:he|she|they)\\s+${LOWER}+(?:\\s+${LOWER}+){0,3}(?=\\s*[,:])|from\\s+(?:above|below|behind|afar|outside|inside|upstairs|downstairs|(?:the|a|his|her|their)\\s+${LOWER}[${LOWERS}-]*)(?=\\s*[,:])|(?:(?:half|partly|mostly|almost)\\s+)?in\\s+${LOWER}+(?=\\s*[,:])|after\\s+(?:him|her|them)(?=\\s*[,:])|in\\s+an?\\s+(?:${LOWER}+\\s+){0,2}${LOWER}+|in\\s+front\\s+of\\s+(?:(?:the|his|her|their|everyone|everybody|all)(?:\\s+${LOWER}+){0,3}|${WRITTEN_NAME})|in\\s+(?:the|his|her|their)\\s+(?:${LOWER}+\\s+){0,2}words|in\\s+(?:her|his|their)\\s+own\\s+(?:mind|head|heart|thoughts)|${PARTICIPLE_PHRASE}|${ABSOLUTE_PHRASE}|${DEGREE}${LOWER}+ly(?=\\s*[,:])|(?:much|years|months|weeks|days|long|soon)\\s+(?:later|after|afterwards)(?=\\s*,)|as\\s+if\\s+[^,;:.!?“”"\\n]{1,40}))?`;
export const DASHES = '\\u2014\\u2013\\u2015';
/** "Alice says nothing", "answers not a word": a verb of speech denied is no credit. */
export const NOT_SAID = '(?!\\s+(?:nothing|not|never|no\\s+(?:word|more|answer|reply))\\b)';

/** A participle that reports speech after a clause: "…, declaring", "surprises her, adding". */
export const REPORTING_PARTICIPLE =
  'saying|telling|adding|explaining|insisting|warning|asking|replying|answering|declaring|remarking|noting|exclaiming|observing|announcing|confessing|admitting|protesting|retorting|writing|thinking|' +
  'grumbling|complaining|sighing|crying|whispering|muttering|murmuring|shouting|snapping|pleading|begging|reminding|' +
  'teasing|scolding|mocking|joking|boasting|lamenting|musing|reflecting|conceding|countering|arguing|demanding|wondering|' +
  // "Renfield lies on the floor, repeating “…”": the subject's own words again (not "repeating
  // Darcy's words", whose object is someone else's saying: no credit is read past it)
  'repeating|calling|yelling|screaming|sobbing|stammering|quipping|urging|promising|vowing|cursing|' +
  // the voice ("…, growling “…”": probe round AF120)
  'growling|snarling|roaring|hissing|sneering|laughing|chuckling';

export const PARTICIPLE_RE = lazyRegExp(() => new RegExp(`\\b(?:${REPORTING_PARTICIPLE})\\b`));

/**
 * "reminds them of what matters:", "warns her about Wickham:", "is warning against haste:", "scolds
 * his daughter for treating the servants kindly:", "adds, of his brother,": what the line is about, before
 * it (probe round AF116: the last not read).
 */
export const TOPIC = `(?:,?\\s+(?:of|about|on|over|against|for)\\s+[^,;:.!?“”"\\n]{1,40}?)?`;

/** Prepositions a name may follow as their object, never as a sentence's subject. */
const PREPOSITIONS =
  'at in on of to from by with into onto for near behind under over through against beside besides despite throughout';
/** The prepositions as a pattern, the first letter in either case ("In Florence", "at the window"). */
export const PREPOSITION = `(?:${PREPOSITIONS.split(' ')
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')})`;

/** A name after a preposition is no subject: "the ghost child at | the window keeps saying". */
const NOT_AFTER_PREPOSITION = `(?<!\\b${PREPOSITION}\\s+(?:the\\s+)?)`;
/**
 * A name does not start after a capitalised word inside the writer's sentence: "starts with Molly
 * Walden announcing" is no credit to "Walden" (probe round W7: her son John Walden, contradicted by
 * "said Mis' Molly"). After a sentence's opening word ("Where Mr. Darcy proposes:") it may.
 */
const NOT_MID_NAME = `(?<![${LOWERS},;][ \\t]+[${UPPERS}][${LETTERS}'’-]*[ \\t]+(?=[${UPPERS}]))`;
/** Where the subject of a tag before the quotation may start (both of the above). */
export const SUBJECT_START = `${NOT_AFTER_PREPOSITION}${NOT_MID_NAME}`;

/** Conjunctions that open a subordinate clause (inline.ts's CLAUSE_OPENER and SUBORDINATOR read them). */
export const SUBORDINATING = 'when|while|as|after|before|until|because|since|once';
/** A word that opens a subordinate clause, ending the text: "When | Philip complains…". */
export const SUBORDINATOR = new RegExp(`\\b(?:${SUBORDINATING}|whenever|if|though|although)\\s+$`, 'i');

/**
 * "by her cousin Jaffrey", "…,” her brother Reggie complains": a relation in apposition before the
 * name; the name is the credit (probe rounds AF72, AF182: "her cousin" was read and taken for
 * Clifford, whom the book calls "Cousin"; the tag after was not read at all). So is a family title
 * the writer put in lower case: "said uncle Charles", "aunt Polly says" (probe round AF280).
 */
export const KIN_BEFORE_NAME = `(?:(?:(?:[Hh]is|[Hh]er|[Tt]heir)\\s+${OWNED_RELATION}|(?:${KIN_TITLES_BEFORE_NAME.join('|')}))\\s+(?=[${UPPERS}]))?`;
