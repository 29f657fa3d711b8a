import {
  abbreviatedTitleAlternation,
  FAMILY_NAME_PARTICLES,
  SPEECH_VERB_PARTICLES,
  SPEECH_VERBS,
  TAG_ONLY_SPEECH_VERBS,
  titleAlternation,
} from '../../lexicon.js';
import { LETTERS, LOWERS, UPPERS } from '../../text/letters.js';

/**
 * The pieces of the book's speech tags as patterns (book-tag.ts composes them): the verb, who speaks
 * (a name as printed, a description, a pronoun), whom to, and what rules a clause out as a tag.
 */

// (and the manners of speaking only a tag uses: "advised Jo, laughing" was read as no tag, Little
// Women, probe round AF285, and a wrong credit left unknown)
export const VERB = [...SPEECH_VERBS, ...TAG_ONLY_SPEECH_VERBS]
  .filter(
    (v) => !['put', 'broke', 'struck', 'went', 'read', 'reads', 'thought', 'think', 'thinks'].includes(v),
  )
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * "put in", "broke in", "went on", "burst out": the everyday verbs only with their particle; "called
 * out", "spoke up". ("Stephen forgot the silent vows he had been making and burst out:" — A Portrait
 * of the Artist, probe round AF235: no tag read, and a wrong credit to Boland supported.)
 */
const PARTICLE_PHRASES = [...SPEECH_VERB_PARTICLES]
  .filter(([verb]) => verb !== 'burst')
  .map(([verb, particles]) => `${verb}\\s+(?:${[...particles].join('|')})`)
  .join('|');
// (the lexicon's SPEECH_VERB_PARTICLES: "Jo cut in with a decided," was read as no tag, Little Women,
// probe round AF247)
export const VERB_PHRASE = `(?:${PARTICLE_PHRASES}|burst\\s+(?:out|forth)(?!\\s+(?:laughing|crying|into|in\\s+tears))|(?:${VERB})(?:\\s+(?:out|in|up|back|on))?)`;
export const TITLE = `(?:${titleAlternation()})\\.?`;
/**
 * A capitalised word of a name; "St." joins the word after it ("said Mr. St. John", "said St.
 * Aubert"): cut at its full stop, "Mr. St" was read as a speaker of its own and contradicted every
 * credit to St. John on his tagged lines (Jane Eyre, probe round N4). An elided "d'" opens one
 * ("said d'Urberville": no tag at all before, so the model's Tess was supported; probe round R4).
 * A hyphen joins two parts of one name ("Jean-Paul"); a dash does not ("said Rachael--she was
 * flushed" named "Rachael--she": probe round AD3).
 */
export const CAP = `(?:St\\.[ \\t]*(?=[${UPPERS}])|d['’](?=[${UPPERS}]))?[${UPPERS}][${LETTERS}'’]*(?:-[${LETTERS}'’]+)*`;
/** A name as printed: optional title, one to three capitalised words ("Lady Catherine de Bourgh"). */
export const CAPS = `${CAP}(?:\\s+(?:${FAMILY_NAME_PARTICLES}\\s+)?${CAP}){0,2}`;
/** …right after a title: "said Mr. van der Luyden" (probe round AF48: read as "Luyden", a man's tag no more). */
const TITLED_PARTICLES = `(?:${FAMILY_NAME_PARTICLES}\\s+)?`;
/**
 * A title in a row of two ("the Reverend Mr. Wilson", not a "Reverend Mr" cut at the full stop): a
 * full stop only after an abbreviation ("cried the Inspector. He" is a sentence end).
 */
export const STACKED_TITLE = `(?:(?:${titleAlternation()})\\s+|(?:${abbreviatedTitleAlternation()})\\.\\s+)`;
export const NAME = `(?:${TITLE}\\s+${TITLED_PARTICLES}|${STACKED_TITLE}{2}${TITLED_PARTICLES})?${CAPS}`;
/**
 * "the Hatter", "the March Hare", "the old man", "her mother", "his wife", "this strange butler"
 * (Piccadilly Jim, probe round AF263: not read).
 */
export const FUNCTION_WORD =
  '(?:by|of|in|with|to|from|at|for|on|and|or|but|as|that|which|who|was|is|had|has)\\b';
export const DESCRIPTION = `(?:the\\s+${STACKED_TITLE}{0,2}${CAPS}|(?:the|an?|her|his|their|my|our|this(?!\\s+(?:he|she|it|they|I|we|you|last|first|one|time|way|morning|evening|day|night)\\b))\\s+(?:(?!${FUNCTION_WORD})[${LOWERS}]+\\s+){0,2}(?!${FUNCTION_WORD})[${LOWERS}][${LETTERS}\\-]*)`;
export const PRONOUN = '(?:he|she|I|they|we)';
/** "said little Pearl", "poor Jane said": an epithet before a name is not part of it ("old" and "young" are: old and young Jolyon). */
export const EPITHET = `(?:(?:little|poor)\\s+(?=[${UPPERS}]))?`;
/** "said Mrs. Todd’s mother", "said Daisy's mamma": someone described through another, in full. */
export const POSSESSED = `${NAME}[’']s\\s+(?:(?!${FUNCTION_WORD})[${LOWERS}]+\\s+)?(?!${FUNCTION_WORD})[${LOWERS}][${LETTERS}\\-]*`;
/** A name is not cut short before another of its words: "said Sir Henry and Good" is not "said Sir". */
export const WHO = `${EPITHET}(${POSSESSED}|${NAME}(?![ \\t]+[${UPPERS}])|${DESCRIPTION}|${PRONOUN})`;
export const ADVERB = `(?:\\s+[${LOWERS}]+ly)?`;
/**
 * Not the whole speaker: "said Daisy's mamma" (also "Daisy s mamma" in editions that lost the
 * apostrophe), "called Pooh and Piglet".
 */
export const WHOLE = `(?![’']s\\b|\\s+s\\s|\\s+and\\s+[${UPPERS}])`;
/**
 * Not a speech tag but narration about speech: "Catherine said nothing", "Elizabeth replied that it
 * was", "I asked him what he meant" (after Friday's line, which "He asked me again," leads into:
 * Robinson Crusoe, probe round O4).
 */
export const SPOKE =
  '(?!\\s+(?:nothing|that|not|no|so|yes)\\b)(?!\\s+(?:him|her|them|me|us)\\s+(?:what|whether|if|why|how|where|when|who)\\b)';
export const TO = `(?:\\s+to\\s+(${NAME}|${DESCRIPTION}|him|her|them|me|us))?`;
/** The closing mark and what may sit between it and the tag. */
export const CLOSE = `^[\\s\\u201d"\\u2019'\\u2014\\u2013-]*`;

/** "“All done in the tying of a cravat,” Sir Percy had declared": a tag in the pluperfect or habitual. */
export const AUXILIARY = '(?:\\s+(?:had|would))?';
