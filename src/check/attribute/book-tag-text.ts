/**
 * The book's text as the speech-tag patterns (book-tag-patterns.ts) read it before a line: the same
 * length as the text, so every offset a match gives holds in the book.
 */

import { LETTERS, LOWERS, UPPERS } from '../../text/letters.js';
import { VERB_PHRASE } from './book-tag-parts.js';

/** A verb that leads to the verb of saying: "turned to answer", "hastened to reply". */
const LEADING_TO = '(?:turned|turning|hastened|proceeded|ventured|condescended|deigned)\\s+to';

/**
 * A description opening a sentence, its determiner in capitals: "The dying man spoke:--", "His
 * mother said, “" (probe round AF277: no tag read, and turn-taking's guess supported a wrong
 * credit). The tag patterns read descriptions in lower case ("said the old man"); before the line,
 * where a tag may open the writer's sentence, the text is read with such a determiner in lower
 * case (the same length: every offset holds; the tag's text is taken from the book as printed).
 * Not after the line, where a capital starts the narration's own sentence ("“Well, are you?” The
 * company laughed"); not "A" or "This", which open too many sentences that name no speaker.
 */
const OPENING_DETERMINER = new RegExp(
  String.raw`(^|[.!?;:][\u201d"\u2019')]*\s+|\n\s*)(The|His|Her|Their|My|Our)(?=\s+[${LOWERS}])`,
  'gu',
);
export function openingsInLowerCase(s: string): string {
  return s.replace(OPENING_DETERMINER, (_, before: string, det: string) => before + det.toLowerCase());
}

/**
 * A dash after the colon or comma that leads into the next paragraph's speech, as older editions
 * print it: "He bowed in a courtly way as he replied:--" (Dracula ends 472 paragraphs so; probe
 * round AF277: none of them read as the next line's tag, though the speaker model reads them). The
 * paragraph is read without it (its end only: every offset stays the text's).
 */
const LEAD_IN_DASH = /(?<=[,:])[ \t]*(?:-{2,}|[\u2014\u2013\u2015])\s*$/;
export function withoutLeadInDash(paraText: string): string {
  return paraText.replace(LEAD_IN_DASH, '');
}

/**
 * What stands before the aside: a name (its last word capitalised) or a subject pronoun, or a
 * description opening the sentence ("The fair girl"). Not any noun: "She went out to the porch,
 * turning, said" is no tag of the porch.
 */
const SUBJECT_BEFORE = `(?<=(?:\\b[${UPPERS}][${LETTERS}'’-]*|\\b(?:he|she|they|I|we)|(?:^|[.!?][\\u201d"’')]*\\s+|\\n\\s*)(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\\s+(?:[${LOWERS}]+\\s+){0,2}[${LOWERS}]+))`;
/**
 * An aside set off by commas between a tag's subject and its verb of saying, "Mr. Darcy, after a
 * pause, replied:", "The fair girl, with a laugh of ribald coquetry, turned to answer him:--"
 * (Dracula, probe round AF277: no tag read, and turn-taking's guess supported a wrong credit); and a
 * verb that only leads to the verb of saying, "turned to answer", "hastened to reply". Blanked with
 * spaces (every offset holds), so that the subject stands right before its verb as the tag patterns
 * read it. Only an aside closed by a comma right before the verb: "…, and said" or a second clause
 * is left as it is.
 */
const ASIDE_BEFORE_VERB = new RegExp(
  `${SUBJECT_BEFORE},[ \\t\\n]+[^,.;:!?\\u201c\\u201d"\\n]{1,60}(?:\\n[^,.;:!?\\u201c\\u201d"\\n]{1,60})?,(?=[ \\t\\n]+(?:${LEADING_TO}\\s+)?${VERB_PHRASE}\\b)`,
  'gu',
);
const LEADING_TO_SAYING = new RegExp(`\\b${LEADING_TO}(?=\\s+${VERB_PHRASE}\\b)`, 'gu');
/** The shapes the two patterns need (two commas at most 121 characters apart, a line break between; "turned to"): most texts have neither. */
const MAY_HAVE_ASIDE = /,[^,.;:!?\u201c\u201d"]{1,122},\s/u;
const MAY_LEAD_TO = new RegExp(`\\b${LEADING_TO}\\s`);
export function asidesBlanked(s: string): string {
  let out = s;
  if (MAY_HAVE_ASIDE.test(out)) out = out.replace(ASIDE_BEFORE_VERB, blank);
  if (MAY_LEAD_TO.test(out)) out = out.replace(LEADING_TO_SAYING, blank);
  return out;
}
function blank(m: string): string {
  return m.replace(/[^\n]/g, ' ');
}
