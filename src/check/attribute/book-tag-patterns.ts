import { OWNED_SPEECH_NOUNS } from '../../lexicon.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { LETTERS, LOWERS, UPPERS } from '../../text/letters.js';
import {
  ADVERB,
  AUXILIARY,
  CLOSE,
  POSSESSED,
  SPOKE,
  TO,
  VERB,
  VERB_PHRASE,
  WHO,
  WHOLE,
} from './book-tag-parts.js';

/**
 * The patterns book-tag.ts reads the book's speech tags with, composed from book-tag-parts.ts's
 * pieces: after the line (verb first, name first, a possessed noun of saying), before it (name first,
 * verb first, a clause ending on its verb, a possessed noun of saying), and the paragraph before
 * leading into it.
 */

/** Right after the line: "said Ruth", "said Ruth to Tommy", "replied she", "was Elizabeth's answer", "suddenly asked Somel". */
export const AFTER_VERB_FIRST = new RegExp(
  `${CLOSE}(?:[${LOWERS}]+ly\\s+)?${VERB_PHRASE}${ADVERB}\\s+${WHO}${WHOLE}${ADVERB}${TO}(?=[\\s,.;:!?\\u2014\\u2013-]|$)`,
  'u',
);
/**
 * "“…,” was Elizabeth's answer", "came Emma's reply": the possessor of a noun of saying (ownVoice
 * reads it: OWNED_SPEECH_NOUNS) right after the line.
 */
export const AFTER_OWNED_WORDS = new RegExp(
  `${CLOSE}(?:was|came)\\s+(${POSSESSED})(?=[\\s,.;:!?\\u2014\\u2013-]|$)`,
  'u',
);
/** "Ruth said", "the Queen said to Alice": after a comma, !, ? or dash only (after a full stop it leads into the next line). */
export const AFTER_NAME_FIRST = new RegExp(
  `${CLOSE}${WHO}${WHOLE}${ADVERB}${AUXILIARY}\\s+${VERB_PHRASE}${SPOKE}${ADVERB}${TO}(?=[\\s,.;:!?\\u2014\\u2013-]|$)`,
  'u',
);
/** "“Are you?” Babs said, “Have you…”": after a question or exclamation, a tag that leads straight into another quotation is that quotation's. */
export const LEADS_ON = /^\s*[,:]?\s*[\u201c"\u2018]/;
/** "in what he said, “…": a clause about speech, not a tag; its subject is not the speaker. */
const NOT_AFTER = '(?<!\\b(?:what|that|which|whom|whatever|if|than|though|how|all)\\s+)';
/** Leading into the line: "Ruth said, “", "said Tommy: “", "Tommy said to her, “". */
/**
 * "Catherine resumed with, “", "Anne replied with a smile: “", "Vida cried, with contorted face, “"
 * (a manner set off by commas: Main Street, probe round AF232, no tag read and a wrong credit left
 * unknown).
 */
const WITH = `(?:,?\\s+with(?:\\s+(?:a|an|the|his|her|their))?(?:\\s+[${LOWERS}]+){0,3})?`;
export const BEFORE_NAME_FIRST = new RegExp(
  `(?:^|[\\s,;(])${NOT_AFTER}${WHO}${WHOLE}${ADVERB}\\s+${VERB_PHRASE}${SPOKE}${ADVERB}${TO}${WITH}\\s*[,:\\u2014]?\\s*[\\u201c"\\u2018']?\\s*$`,
  'u',
);
/**
 * "in uniform", "in his turn": a short phrase of place or manner right after the subject ("A local
 * constable in uniform cast a sidelong glance, and said, with stolid simplicity:", The Secret Agent,
 * probe round AF281: no tag read, and a wrong credit to Heat supported by turn-taking).
 */
const PLACED = `(?:\\s+(?:in|with|from)\\s+(?:[${LOWERS}]+\\s+){0,2}?[${LOWERS}]+(?=\\s))?`;
/**
 * The speaker named as the subject of a sentence whose last verb leads into the quotation: "Catherine
 * blushed for her friend, and said, “", "Henry smiled and said: “", "She hesitated, and then said: “",
 * "…, and said, with stolid simplicity:". Read on the one sentence before the quotation only (see
 * clauseBefore).
 */
export const BEFORE_CLAUSE = lazyRegExp(
  () =>
    new RegExp(
      `^${WHO}${WHOLE}${PLACED}\\s+(?!${VERB_PHRASE}\\b)(?!(?:he|she|they|it|I|we|you|the|a|an|his|her|their|in|at|on|of|or|and)\\b)(?![^.!?;:]*\\b(?:but|heard|hear|saw|see|watched|listened|noticed|felt|while|when|as|until)\\b)[${LOWERS}][^.!?;:\\u201c\\u201d"]{0,60}?,?\\s+and(?:\\s+then)?\\s+${VERB_PHRASE}${SPOKE}${ADVERB}${TO}${WITH}\\s*[,:\\u2014]?\\s*[\\u201c"\\u2018']?\\s*$`,
      'u',
    ),
  // (the "and" it cannot match without)
  /\sand\s/,
);
/** "…,” said Tommy, “": only right after punctuation; in "Dr Messinger asked Rosa, “" Rosa is spoken to. */
export const BEFORE_VERB_FIRST = new RegExp(
  `(?:^|[,;(\\u201d"\\u2019]\\s*)${VERB_PHRASE}${ADVERB}\\s+${WHO}${WHOLE}${TO}\\s*[,:\\u2014]\\s*[\\u201c"\\u2018']?\\s*$`,
  'u',
);
/**
 * The paragraph before ends leading into this one: "Mr. Darcy replied with great intrepidity,"
 * (global: searched from a position on, its start of string staying the paragraph's).
 */
export const LEAD_IN = lazyRegExp(
  () =>
    new RegExp(
      `(?:^|[\\s,;(])${NOT_AFTER}${WHO}${ADVERB}\\s+${VERB_PHRASE}${SPOKE}\\b[^.!?\\u201c\\u201d"]{0,60}[,:]\\s*$`,
      'gu',
    ),
  // (its ending)
  /[,:]\s*$/,
);

/**
 * "and Elizabeth's reply was, “": the possessor of a noun of saying (ownVoice) leading into the line
 * (Persuasion; with "was Mary's reasoning" read after the line before, that tag was taken as the
 * tag of both: eval:check, a right credit to Elizabeth left unknown).
 */
export const BEFORE_OWNED_WORDS = new RegExp(
  `(?:^|[\\s,;(])(${POSSESSED})\\s+(?:was|is)\\s*[,:\\u2014]?\\s*[\\u201c"\\u2018']?\\s*$`,
  'u',
);

/** A noun of saying owned by someone: "Elizabeth's reply", "his answer". */
export const OWNED_WORDS_IN = new RegExp(
  `(?:[’']s|\\b(?:his|her|their))\\s+(?:[${LOWERS}]+\\s+)?(?:${[...OWNED_SPEECH_NOUNS].join('|')})\\b`,
  'u',
);

/**
 * "…there my nation!” I observed an extraordinary sense of pleasure in his face": a verb of saying
 * that also means seeing, with an object after it, is the narration's, not a tag (Robinson Crusoe;
 * probe round S3). "“…,” I observed, smiling" is a tag.
 */
export const OBSERVES_SOMETHING =
  /\b(?:observed|observes|observe|remarked|remarks|remark)\s+(?:a|an|the|his|her|its|their|that|this|how|what|with)\s/;

/** A name opening a clause after the tag: "but Jo", "and Mr. Darcy", "while Tommy". */
export const ANOTHER_SUBJECT = new RegExp(
  String.raw`\b(?:but|and|while|whereupon|when|till|until)\s+(?:(?:Mr|Mrs|Miss|Dr)\.?\s+)?([${UPPERS}][${LETTERS}'’-]+)\s+[${LOWERS}]`,
  'u',
);

/** A speech verb (or another word `also` lists) at most `gap` characters before a quote mark, in one sentence. */
function speechVerbBefore(gap: number, also = ''): RegExp {
  return new RegExp(`\\b(?:${VERB}${also})\\b[^.!?\\u201c\\u201d"]{0,${gap}}[\\u201c"\\u2018']\\s*$`, 'u');
}

/** A speech verb (or "saying") a few words before a quote mark, in the same sentence. */
export const SAID_JUST_BEFORE = speechVerbBefore(50, '|saying');

/**
 * After a tag, nothing but an adverbial and punctuation before the next part: the tag leads into it.
 * Up to 80 characters: "said Hepzibah, with something bitter stealing unawares into her tone; “"
 * (probe round AF260: a wrong credit left unknown). On PDNC (`npm run eval:tags`) 80 against 40 read
 * 67 more named tags between parts, all right (wrong ones 4 before and after), 33 of them the
 * same-speech reading had found.
 */
const LEADS_INTO_NEXT = /^[^.!?\u201c"]{0,80}[,.;:\u2014]?\s*[\u201c"\u2018']?\s*$/u;

/**
 * The same over a line break needs a stop: "“No, indeed.” said Bathsheba, with serene indifference /
 * “His pew is…”" (an OCR'd edition that lost the full stop, one speech a line) is the other speaker's
 * reply on the next line, not the rest of Bathsheba's speech (probe round W3: a right credit
 * contradicted). On one line a stop may be missing ("said he gravely “I shall make…”": PDNC's texts
 * drop some; eval:tags).
 */
const LEADS_OVER_LINE_BREAK = /[,.;:\u2014\u2013-]\s*[\u201c"\u2018']?\s*$/u;

export function leadsIntoNext(rest: string): boolean {
  return LEADS_INTO_NEXT.test(rest) && (!rest.includes('\n') || LEADS_OVER_LINE_BREAK.test(rest));
}

/** A speech verb leading into a quotation, its manner between ("crying out, with great horror of accent as well as look, “"). */
export const LED_IN_BY_SPEECH = speechVerbBefore(80);

/** The end of a sentence, or of a speech, before a capital. */
export const SENTENCE_END = new RegExp(
  String.raw`[.!?][\u201d"\u2019']?\s+(?=[${UPPERS}])|[\u201d"]\s+(?=[${UPPERS}])`,
  'gu',
);
