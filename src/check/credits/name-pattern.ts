import {
  abbreviatedTitleAlternation,
  CREDIT_NAME_QUALIFIERS,
  creditVerbAlternation,
  FAMILY_NOUNS,
  GENDER_ONLY_GIVEN_NAMES,
  GENDERED_NOUNS,
  type Gender,
  GIVEN_NAME_GENDER,
  HONORIFICS,
  NOT_NAMES as LEXICON_NOT_NAMES,
  NICKNAMES,
  PERSON_VERBS,
  RELATION_NOUNS,
  SAYING_NOUNS,
  titleAlternation,
} from '../../lexicon.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { LETTERS, LOWERS, UPPERS } from '../../text/letters.js';
import { isPersonTextNoun, isTextNoun } from './text-nouns.js';

/** The word before a capitalised possessive ("And Edgar's sister"). */
const WORD_BEFORE_POSSESSIVE = new RegExp(String.raw`^(\S+)\s+(?=[${UPPERS}]\S*['’]s\s)`, 'u');
/** A name, then "the narrator": "Nick, the narrator". */
const NARRATOR_APPOSED = new RegExp(String.raw`^(.+?),\s+(?:the|our)\s+(?:[${LOWERS}]+\s+)?narrator,?$`, 'u');
/** A capital first. */
const CAPITAL_FIRST = new RegExp(`^[${UPPERS}]`, 'u');

export { SAYING_NOUNS };
/** Any saying noun ("reply", "words", "verdict"), as a word. */
export const SAYING_NOUN = lazyRegExp(() => new RegExp(`\\b(?:${SAYING_NOUNS})\\b`, 'u'));

/**
 * The grammar of a name as a writer puts it near a quotation ("Miss Emily", "the March Hare",
 * "MR. DARCY", "a small boy", "the narrator", "she"), as regular-expression sources, and the checks
 * that keep an ordinary capitalised word ("Chapter", "When", "Love") from passing for one. Built
 * from the shared lexicon (titles, credit verbs); nothing here is about a particular novel.
 */

/** A finite verb of the writer's own ("is", "has", "will"): a phrase holding one is a sentence, not a gloss on a name. */
export const FINITE_VERB_RE =
  /\b(?:is|was|are|were|has|had|have|does|did|do|will|would|can|could|should|may|might|must)\b/;

/** Credit verbs and phrases from the lexicon, as a regular-expression alternation (no group). */
export const VERBS = creditVerbAlternation();

/** A speech verb anywhere in a stretch of narration ("she says,", "went on Tommy"). */
export const SPEECH_VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, 'i');

const TITLE_ALT = titleAlternation();
// Letters as the name patterns read them (Latin ranges, not \p{…}: see text/letters.ts).

export const UPPER = `[${UPPERS}]`;
export const LOWER = `[${LOWERS}]`;
export const LETTER = `[${LETTERS}]`;
export { LETTERS, LOWERS, UPPERS };

export const CAP_WORD = `${UPPER}[${LETTERS}'’\\-]*`;

/**
 * Sentence openers and other capitalised words the name grammar picks up before the name itself
 * ("Then Tommy says" reads "Then Tommy", cleaned to "Tommy" by cleanName).
 */
const LEADING_NON_NAMES = new Set(
  (
    "The This That These Those It Its It’s It's That’s That's In As When But And Here There Later Then Chapter Yet So Even Her His " +
    'Their Our My Yes No Oh Or If Now Once After Before While Though Although Still Only Indeed Perhaps Of ' +
    'One Another Every Each Nothing Everything Someone Everyone Nobody Such What Which Who Why How Where ' +
    'Thus Hence Finally First Second Third Next Last Also Again Instead Book Novel Part Volume Letter Quote ' +
    'Quotes Quotation Meanwhile Soon Eventually Afterwards Immediately Suddenly Naturally Clearly Similarly ' +
    'Likewise Ultimately Throughout Early Earlier Elsewhere Initially Previously Subsequently Much Everywhere ' +
    'Famously Notably Tellingly To For With From At By ' +
    // imperatives a writer opens with: "Consider Arthur here", "Take Lizzy"
    'Consider Take Remember Note Notice See Compare Recall Imagine Look Watch Listen Meet Enter Read Hear Think ' +
    'Witness Observe Picture ' +
    // comparisons: "Unlike Estella, who tells Pip", "Like Joe"
    'Unlike Like Besides Beside Against Despite Unless Until Since Because Whereas ' +
    // a question's auxiliary: "Did Darcy say", "Was it"
    'Did Does Was Were Is Are'
  ).split(' '),
);

/**
 * A name as written, the form the book-tag reader also uses on the novel's own tags: an optional
 * title, one to three capitalised words ("Mr. Darcy", "Lady Catherine de Bourgh").
 */
export const NAME = `(?:(?:${TITLE_ALT})\\.?\\s+)?${CAP_WORD}(?:\\s+(?:(?:de|van|von|du|le|la|di|da)\\s+)?${CAP_WORD}){0,2}`;

/**
 * A title or an initial written short, with its full stop: "Mr.", "Mrs.", "St.", "Dr.", "E.", "MR."
 * (a screenplay's capitals). Other titles are capitalised words like the name ("Colonel Brandon").
 * No list of titles here: every name pattern holds this, and a pattern's size is its compile time.
 */
const ABBREVIATION = `${UPPER}${LETTER}{0,3}\\.`;
/**
 * …and no word that opens the next sentence after it: in "about Emma. The scene" the full stop
 * ends "Emma", no title of "The" (but "A." is an initial: "T. A. Buck").
 */
const NOT_SENTENCE_OPENER =
  '(?!(?:The|An|He|She|It|They|We|I|This|That|These|Those|But|And|When|Then|His|Her|Their|In|On|At|So|Yet)\\b|A\\b(?!\\.))';

/** A middle initial between two words of a name: "Archimedes Q. Porter" (one letter, not a title). */
const MIDDLE_INITIAL = `\\s+${UPPER}\\.(?=\\s+${UPPER}${LOWER})`;

/** An elided particle joined to the next word: "Alec d'Urberville", "d'Artagnan". */
const ELIDED = "(?:d['’])?";

/**
 * A name as a writer of an essay or a quote list puts it: capitalised words, after "the" ("the
 * March Hare", "the Queen"), after short titles and initials ("Mr. Darcy", "E. M. Forster"), joined
 * by "of", "the" or a particle ("the King of Hearts", "Winnie the Pooh", "Lady Catherine de
 * Bourgh", "Alec d'Urberville"), with a middle initial ("Archimedes Q. Porter"). A short title
 * starts a new name: "Consider Mr. Bennet" is "Consider" and "Mr. Bennet" (sentence words before a
 * name, "Then Captain Wentworth", are dropped by cleanName).
 */
/** A family name's particles, one or two: "de Bourgh", "van der Luyden" (after a title: "Mrs. van der Luyden"). */
const PARTICLES = '(?:de|van|von|du|le|la|di|da)(?:\\s+(?:der|den|la|le))?';
/**
 * An age or "little" between "the" and a capitalised word: "says the little Italian", "the old
 * Frenchman" (probe round AF215: "the little Italian says" not read).
 */
const THE_QUALIFIED = `(?:(?:${[...CREDIT_NAME_QUALIFIERS].join('|')})\\s+(?=${UPPER}))?`;
export const WRITTEN_NAME = `(?=${UPPER}|the\\s+${THE_QUALIFIED}${UPPER}|d['’]${UPPER})(?!(?:A|An|The)\\s+(?!${THE_QUALIFIED}${UPPER})${LOWER})(?:[Tt]he\\s+${THE_QUALIFIED})?(?:${ABBREVIATION}\\s*${NOT_SENTENCE_OPENER}){0,2}(?:(?<=\\.\\s)${PARTICLES}\\s+)?${ELIDED}${CAP_WORD}(?:\\s+(?:${PARTICLES}\\s+|of\\s+the\\s+|of\\s+|the\\s+)?(?!${ABBREVIATION}\\s+${NOT_SENTENCE_OPENER}${UPPER})${ELIDED}${CAP_WORD}|${MIDDLE_INITIAL}){0,3}`;

/**
 * Verbs that end a description's noun phrase ("a small boy | came up and said"): what a person does
 * in a sentence, with the present forms a writer uses. Kept short: it is part of every pattern
 * that reads a name, and a pattern's size is its compile time.
 */
const VERBISH = [
  ...new Set([
    ...[...PERSON_VERBS].flatMap((v) =>
      v.endsWith('ed') ? [v, `${v.slice(0, -2)}s`, `${v.slice(0, -1)}s`] : [v],
    ),
    ...'says tells asks replies answers cries adds comes goes shakes looks turns points came went shook'.split(
      ' ',
    ),
    // a movement before the words: "The butler | leans over and whispers" (probe round AF114: read as
    // "The butler leans")
    ...'leans leaned bends bent stoops stooped kneels knelt rises rose sits stands steps stepped'.split(' '),
    // verbs before "saying" / "to say": "the ghost child | keeps saying", "the boy | starts to cry"
    ...'keeps kept starts started begins began continues continued tries tried seems seemed manages managed wants wanted decides decided refuses refused'.split(
      ' ',
    ),
  ]),
]
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * Adjectives in -ly ("a lonely man"); any other -ly word is an adverb that ends the phrase ("the cat |
 * famously says"), as a subordinator or preposition does ("by the captain | once the ship was
 * retaken", probe round AF206).
 */
const LY_ADJECTIVES =
  'lovely|ugly|holy|lonely|elderly|friendly|lively|silly|jolly|curly|surly|burly|sickly|kindly|costly|deadly|homely|portly|stately|wily|worldly|manly|womanly|motherly|fatherly|gentlemanly|saintly|ghostly|family';
// (a verb in -s before its particle ends the phrase too: "The nurse | hangs back by the door and
// gasps", probe round AF217: read as the person "The nurse hangs back")
const NOT_DESCRIBING = `(?!${LOWER}+s\\s+(?:back|forwards?|up|down|away|off|aside)\\b)(?!(?:${VERBISH}|and|or|but|is|was|are|were|has|had|of|to|in|that|this|then|himself|herself|itself|themselves|who|whom|whose|which|once|when|while|after|before|as|until|since|because|if|though|although|where|at|on|with|for|from|by|during|upon|into|about|he|she|they|we|you|him|her|them|can|could|will|would|shall|should|may|might|must|does|did)\\b)(?!(?!(?:${LY_ADJECTIVES})\\b)${LOWER}+ly\\b)`;

/**
 * "her father asks", "his sister replies", "— Kurtz's fiancée": one person by relation, kin or another
 * relation in the singular, as writers credit (the book may say "said her father").
 */
const FAMILY = `(?:${[
  ...FAMILY_NOUNS,
  ...RELATION_NOUNS.filter((r) => r !== 'family').map((r) => r.replace(/s\?$/, '')),
].join('|')})`;
/**
 * "Tom's aunt", "Mrs. Pett's husband", "Dickon's mother": the named person a relation is of, as
 * writers credit by kin (probe rounds J4–M4 met them in lists, tables and "— X's daughter" lines).
 * A sentence's opening word the pattern takes in ("And Edgar's sister") cleanName takes off.
 */
const POSSESSOR = `(?:(?:${abbreviatedTitleAlternation()})\\.\\s+)?${UPPER}[${LOWERS}]+(?:\\s+${UPPER}[${LOWERS}]+)?['’]s`;

/** "her future mother-in-law", "his late wife", "her elder sister" (probe round AF211: not read). */
const KIN_ADJECTIVE = '(?:(?:future|late|elder|younger|eldest|youngest|own|beloved)\\s+)?';

/**
 * "a small boy", "the cat", "the soldiers": a person described, in lower case, an article and at most
 * three words, the third no verb in -s and not after a possessive ("the old grey donkey", probe round
 * AF207; "the smallest boy | holds out his bowl and says"; "the loud soldier's | boast"); validated
 * by isDescription. Two adjectives may stand apart by a comma before the noun: "broke in a thin,
 * elderly gentleman" (probe round AF221: read as "a thin").
 */
export const DESCRIPTION = `(?:(?:[Tt]he|[Aa]n?)\\s+${NOT_DESCRIBING}${LOWER}[${LOWERS}'’-]*(?:(?:,(?=\\s+(?![${LOWERS}]+(?:ing|ed)\\b)[${LOWERS}]+\\s+(?!(?:and|or|but|nor|yet|as|with|in|on|at|to|of|for|by|from|who|that|which)\\b)[${LOWERS}]))?\\s+${NOT_DESCRIBING}${LOWER}[${LOWERS}'’-]*)?(?:(?<!['’]s)\\s+${NOT_DESCRIBING}(?!${LOWER}+s\\b)${LOWER}[${LOWERS}'’-]*)?|(?:[Hh]is|[Hh]er|[Tt]heir|${POSSESSOR})\\s+${KIN_ADJECTIVE}${FAMILY})`;

/**
 * "the narrator", "our narrator", "the unnamed narrator", "Narrator", "Alcott's narrator" (probe round
 * AF216: not read); not "the narrator's brother" (probe round AF124).
 */
export const NARRATOR = `(?:(?:[Tt]he|[Oo]ur|[Tt]his|[Hh]is|[Hh]er|[Ii]ts|${UPPER}[${LOWERS}]+['’]s)\\s+(?:${LOWER}+\\s+)?[Nn]arrator|Narrator)(?!['’]s?\\s)`;

/** "the author", "our novelist": the novel's author, by role. */
export const AUTHOR_ROLE = '(?:[Tt]he|[Oo]ur)\\s+(?:author|novelist)';

/** "Nick, the narrator,": the name, in apposition to "the narrator". */
export const NARRATOR_APPOSITION = `${WRITTEN_NAME},\\s+(?:the|our)\\s+(?:${LOWER}+\\s+)?narrator,`;

/** Subject pronouns a writer credits with (resolved later; I and we are the writer). Whole words: "he" is not the start of "her mother". */
export const PRONOUN = `(?:he|she|they|I|we|He|She|They|We)(?![${LETTERS}'’])`;

/** Anyone a credit can name, in the order the alternation should try them. */
export const SPEAKER = `(?:${NARRATOR_APPOSITION}|${NARRATOR}|${AUTHOR_ROLE}|${WRITTEN_NAME}|${PRONOUN}|${DESCRIPTION})`;

/** "her friend", "his father": a person by relation, as a writer names whom a line is said to. */
const KIN = `(?:${[...FAMILY_NOUNS, ...RELATION_NOUNS].join('|')})`;

/**
 * Whom a line is addressed to: a name, a described person ("the boy", "his wife's brother": probe
 * round AF37), or an object pronoun.
 */
// (a description of up to three words, hyphens joining a word's parts: "says to the grub-man",
// "says to the old watchman"; probe round AF284: not read. Not a verb or a joining word after
// the noun: "Darcy's thanks to the gardener are lovely:")
const NOT_A_DESCRIPTION_WORD =
  '(?:are|is|was|were|be|been|has|have|had|does|did|will|would|can|could|and|or|but|nor|who|whom|which|that|as|in|at|on|of|with|to|for|from|by|when|while|after|before|because|if|then|so)';
export const ADDRESSEE = `(?:(?:little|young|old|poor|dear)\\s+(?=${UPPER}))?(?:${WRITTEN_NAME}|(?:the|a|an)\\s+(?:(?!${NOT_A_DESCRIPTION_WORD}\\b)${LOWER}+\\s+){0,2}${LOWER}+(?:-${LOWER}+)*|(?:his|her|their|my|our)\\s+(?:old\\s+|oldest\\s+|best\\s+|young\\s+)?(?:${KIN}['’]s\\s+)?${KIN}|him|her|them|me|us|himself|herself|themselves)`;

/**
 * An adverb between the name and the verb, or after the verb ("Tommy says quietly", "X famously
 * says", "His wife insists anyway:", probe round AF220; "announcing twice:", probe round AF231).
 */
export const ADVERB = `(?:\\s+(?:${LOWER}+ly|later|then|once|twice|again|also|still|even|finally|soon|now|first|simply|only|just|back|aloud|home|next|too|herself|himself|already|always|often|afterwards?|meanwhile|instead|anyway|anyhow|regardless|nonetheless|nevertheless|somewhere|elsewhere))`;

/**
 * A part of the book named by its order, as some novels divide themselves: "Second Period" (The
 * Moonstone), "First Narrative", "Book the Third", "Phase the First" (probe round AF178: "Lady
 * Verinder (Second Period, Ch. 2):" above a quotation was not read).
 */
const ORDERED_PART = (() => {
  const order =
    '(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Ll]ast)';
  const part = '(?:[Pp]eriod|[Nn]arrative|[Ee]poch|[Pp]hase|[Ss]tave|[Bb]ook|[Pp]art|[Vv]olume)';
  return `(?:${order}\\s+${part}|${part}\\s+the\\s+${order})`;
})();

/**
 * A reference to a place in the book after a name or a title: "(5.15)", "Chapter 3", "ch. 2",
 * "Vol. II, ch. 4", "p. 34", "1813", "Letter 4", "Second Period, Ch. 2".
 */
export const REF =
  `(?:${ORDERED_PART}(?=\\s*[,;:)]|$)|` +
  '(?:[Cc]hapter|CHAPTER|[Cc]hapt?\\.?|[Cc]h\\.?|[Bb]k\\.?|[Pp]t\\.?|[Vv]ol(?:ume)?\\.?|[Bb]ook|[Pp]art|[Aa]ct|[Ss]cene|[Ll]etter|[Pp]p?\\.|[Pp]age|[Ll]ine)\\s*[\\dIVXLCivxlc]+(?:\\s*[.,:–-]\\s*\\d+)*|\\d+(?:[.:]\\d+)+|\\d{1,4})';

/** Words that make a capitalised phrase a reference or a heading rather than a person. */
const NOT_PERSON_WORDS = new Set(
  (
    'chapter chapters volume book part act scene page letter quote quotes quotation quotations line lines ' +
    'summary analysis theme themes introduction conclusion context explanation meaning note notes source ' +
    'question answer example examples key important famous best top related characters character speaker ' +
    "speakers narrator's novel novels essay review guide study term terms definition front back " +
    // a book's own parts ("The Finale reminds us that “…”": probe round AF221, read as a speaker)
    'prelude finale prologue epilogue preface foreword afterword appendix postscript coda'
  ).split(' '),
);

/** A described speaker that names nobody in particular: "an unnamed character proclaims", "a person says". */
const UNSPECIFIED_HEADS = new Set('character characters person people someone figure one others'.split(' '));
const UNSPECIFIED_WORDS = new Set('unnamed unidentified anonymous unknown certain minor'.split(' '));

const NARRATOR_OR_AUTHOR_RE = new RegExp(`^(?:${NARRATOR}|${AUTHOR_ROLE}|narrator|NARRATOR)$`, 'u');
const DESCRIPTION_RE = new RegExp(`^${DESCRIPTION}$`, 'u');
const AUTHOR_ROLE_RE = new RegExp(`^${AUTHOR_ROLE}$`, 'u');
// (a script's cue in capitals too: "NARRATOR (V.O.)", probe round AF251: read as a character of
// that name, and not checked)
const NARRATOR_CREDIT_RE = new RegExp(
  `^(?:${NARRATOR}|narrator|NARRATOR|${WRITTEN_NAME},\\s+(?:the|our)\\s+(?:${LOWER}+\\s+)?narrator,?)$`,
  'u',
);

export interface CleanName {
  name: string;
  /** Offset of `name` inside the raw text it was cleaned from. */
  offset: number;
}

/**
 * The name inside a raw match: leading sentence words dropped ("When Ruth" → "Ruth", but "The
 * Hatter" stays the name as written), a possessive "’s" and surrounding punctuation trimmed. Null
 * when nothing that can be a name remains ("Chapter", "Then", "Love" alone stays: callers decide).
 */
export function cleanName(raw: string): CleanName | null {
  let start = 0;
  let s = raw;
  const lead = /^[\s*_[("'“‘]+/.exec(s);
  if (lead) {
    start += lead[0].length;
    s = s.slice(lead[0].length);
  }
  s = s.replace(/[\s*_\]):,;.!?"'”’]+$/, '').replace(/(?:'s|’s|'|’)$/, '');
  // "And Edgar's sister": the opening word of the writer's sentence before a person described
  // through a name is no part of it (probe round Q4)
  const opener = WORD_BEFORE_POSSESSIVE.exec(s);
  if (opener && LEADING_NON_NAMES.has(opener[1]!)) {
    start += opener[0].length;
    s = s.slice(opener[0].length);
  }
  if (isPronoun(s) || NARRATOR_OR_AUTHOR_RE.test(s) || DESCRIPTION_RE.test(s)) {
    return s ? { name: s, offset: start } : null;
  }
  const words = s.split(/(\s+)/);
  // "When Ruth" → "Ruth"; "The Hatter" is the name as written ("the" stays before a name, and "Her"
  // before a style of address: "Her Majesty the Queen").
  while (
    words.length > 2 &&
    LEADING_NON_NAMES.has(words[0]!) &&
    !/^the$/i.test(words[0]!) &&
    !(STYLE_POSSESSIVE.test(words[0]!) && STYLE_OF_ADDRESS.test(words.slice(2).join('')))
  ) {
    start += words[0]!.length + words[1]!.length;
    words.splice(0, 2);
  }
  // "Mr. Darcy Quotes", "Elizabeth Bennet Analysis": a heading's word after the name is not the name.
  while (words.length > 2 && NOT_PERSON_WORDS.has(words[words.length - 1]!.toLowerCase()))
    words.splice(-2, 2);
  const name = words.join('');
  if (!name || (words.length === 1 && LEADING_NON_NAMES.has(name))) return null;
  if (/^the$/i.test(words[0]!) && words.length <= 2) return null;
  if (CITED_PLACE_NAME.test(name)) return null;
  return { name, offset: start };
}

/** A style of address a possessive goes with: "Majesty", "Royal Highness" ("His Excellency the Governor"). */
const STYLE_POSSESSIVES = '(?:His|Her|Their|Your)';
const STYLE_RANKS = '(?:Royal|Imperial|Serene)';
export const STYLE_OF_ADDRESS = new RegExp(
  `^(?:${STYLE_RANKS}\\s+)?(?:Majesty|Highness|Excellency|Grace|Lordship|Ladyship|Eminence|Holiness)\\b`,
);
const STYLE_POSSESSIVE = new RegExp(`^${STYLE_POSSESSIVES}$`);
/** "Her ", "His Royal " right before a style of address (nameFrom, rules/rule.ts). */
export const STYLE_POSSESSIVE_BEFORE = new RegExp(
  `(?<=^|[\\s(“"‘'*_-])(${STYLE_POSSESSIVES}\\s+(?:${STYLE_RANKS}\\s+)?)$`,
  'u',
);

/**
 * "Ch. XXXII", "Vol. II", "XII" (of "Chapter XII"): a place in the book, whose abbreviation and
 * capitals look like a title and a name (probe round AF84: "(Ch. XXXII)" read as the speaker). A
 * numeral alone has an I, V or X at its end: "LC" or "D" are initials.
 */
const CITED_PLACE_NAME =
  /^(?:(?:[Cc]h|[Cc]hap|[Cc]hapter|[Vv]ol|[Vv]olume|[Bb]k|[Bb]ook|[Pp]t|[Pp]art|[Pp]p?|[Pp]g|[Pp]age|[Aa]ct|[Ss]c|[Ss]cene|[Ll]etter|[Ll]ine)\.?\s*(?:\d+|[IVXLCDM]+)|\d+|(?=[IVXLCDM]{2})[LCDM]*[IVX]+)$/;

/** "he", "She", "I", "we", "they". */
export function isPronoun(name: string): boolean {
  return /^(?:he|she|they|i|we|his|her|their|my|our)$/i.test(name);
}

/** The narrator as a credit: "the narrator", "our narrator", "Narrator", "Nick, the narrator". */
export function isNarratorCredit(name: string): boolean {
  return NARRATOR_CREDIT_RE.test(name.trim());
}

/** "the author", "our novelist". */
export function isAuthorRole(name: string): boolean {
  return AUTHOR_ROLE_RE.test(name.trim());
}

/** "Nick, the narrator" → "Nick"; other names unchanged. */
export function narratorAppositionName(name: string): string {
  const m = NARRATOR_APPOSED.exec(name.trim());
  return m ? m[1]! : name;
}

/** Adjectives that end a described person's phrase only when the noun has been read as the verb ("the old | cry"). */
const ADJECTIVE_HEADS: ReadonlySet<string> = new Set(
  'old young little poor dear great good bad new famous same whole final last first real true long short best worst most least next'.split(
    ' ',
  ),
);

/**
 * A described speaker ("the cat", "a small boy", "the soldiers") that can credit a line: not a text
 * ("the book says"), not the reader, not a pronoun-like word.
 */
const FAMILY_RE = new RegExp(`^(?:[Hh]is|[Hh]er|[Tt]heir|${POSSESSOR})\\s+${KIN_ADJECTIVE}${FAMILY}$`, 'u');
/** Endings of abstract nouns: "romance", "silence", "kindness", "cruelty", "argument", "tension". */
const ABSTRACT_NOUN = /(?:ance|ence|ness|ity|ment|tion|sion|ism|ship|dom|hood)$/;
/** …which a few persons' nouns share ("the governess", probe round AA4: her "She declares" went to Mrs. Grose). */
const PERSONS_LIKE_ABSTRACT = new Set([
  'witness',
  'highness',
  'deity',
  'nobility',
  'gentility',
  'governess',
  'baroness',
  'patroness',
  'deaconess',
  'canoness',
  'lioness',
]);

export function isDescription(name: string): boolean {
  const m = DESCRIPTION_RE.exec(name);
  if (!m) return false;
  if (FAMILY_RE.test(name)) return true;
  const words = name.toLowerCase().split(/\s+/);
  const head = words[words.length - 1]!;
  if (isTextNoun(head) && !isPersonTextNoun(head)) return false;
  // "an unnamed character", "a person": nobody in particular.
  if (UNSPECIFIED_HEADS.has(head) || words.some((w) => UNSPECIFIED_WORDS.has(w))) return false;
  // "Tashtego gives the old cry:": an adjective whose noun is the verb's object, no person.
  if (ADJECTIVE_HEADS.has(head)) return false;
  // "the first chapter opens": a text, whatever word ends the phrase.
  if (words.slice(1, -1).some(isTextNoun)) return false;
  // "The romance is a slow burn. He tells her": an abstract noun is nobody ("the witness" is someone).
  if (ABSTRACT_NOUN.test(head) && !PERSONS_LIKE_ABSTRACT.has(head)) return false;
  if (
    LEXICON_NOT_NAMES.has(head) &&
    !['mother', 'father', 'sister', 'brother', 'aunt', 'uncle', 'cousin', 'baby'].includes(head)
  )
    return false;
  return !words
    .slice(1)
    .some((w) => /^(?:is|was|are|were|has|had|does|did|will|would|and|or|but|of|to|in|that|this)$/.test(w));
}

/**
 * Can this cleaned capitalised phrase be a person's name as written? Not a lone sentence word or a
 * word no name is ("Chapter", "Monday", "God"), not a heading word ("Summary", "Quotes").
 */
/** A nation's word for one of its people, after "the": "Russian", "American", "Frenchman", "Jew". */
const PERSON_OF_A_NATION = new RegExp(`^(?:[${LOWERS}]{3,}an|jew|hindu|moslem|muslim)$`, 'u');

export function isNameLike(name: string): boolean {
  if (isNarratorCredit(name) || isDescription(name) || isAuthorRole(name)) return true;
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return false;
  // ("old Mr. Sedley", "young Osborne": the age that tells a father from his son is no word of the name)
  const core = words.filter(
    (w, k) =>
      !/^the$/i.test(w) &&
      !(
        (k === 0 || (k === 1 && /^the$/i.test(words[0]!))) &&
        words.length > k + 1 &&
        CREDIT_NAME_QUALIFIERS.has(w.toLowerCase())
      ),
  );
  if (core.length === 0) return false;
  // "the old" (of "the old cry"): a name opens with a capital (descriptions returned above).
  if (!CAPITAL_FIRST.test(core[0]!)) return false;
  if (core.some((w) => NOT_PERSON_WORDS.has(w.toLowerCase().replace(/[.’']/g, '')))) return false;
  if (core.length === 1) {
    const w = core[0]!.toLowerCase().replace(/\.$/, '');
    // A bare title is a name when the book uses it as one ("the Admiral", "the Queen"); not "Mr." or "Sir".
    // "The Russian", "the Frenchman": one person of a nation (not "the English", "the French").
    if (words.length > 1 && PERSON_OF_A_NATION.test(w)) return true;
    if (LEXICON_NOT_NAMES.has(w) || LEADING_NON_NAMES.has(core[0]!)) return false;
  }
  return true;
}

/** The gender a name carries by itself: its title ("Mrs.", "Sir"), else a known given name; null when neither says. */
export function genderOfWrittenName(name: string): Gender | null {
  const words = name
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'the');
  if (words.length === 0) return null;
  // "Tommy's father", "Ruth's younger sister": the relation's gender, not the possessor's.
  if (words.length >= 2 && /['’]s$/.test(words[0]!)) {
    const g = GENDERED_NOUNS.get(words[words.length - 1]!);
    return g && g !== 'unknown' ? g : null;
  }
  const title = HONORIFICS.get(words[0]!);
  if (title && title.gender !== 'unknown') return title.gender;
  const given = title ? words[1] : words[0];
  if (!given) return null;
  const g =
    GIVEN_NAME_GENDER.get(given) ??
    GENDER_ONLY_GIVEN_NAMES.get(given) ??
    GIVEN_NAME_GENDER.get(NICKNAMES.get(given) ?? '');
  return g && g !== 'unknown' ? g : null;
}

/** Names compared as a reader compares them: case, punctuation and a leading "the" aside. */
export function sameWords(a: string, b: string): boolean {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .replace(/^the /, '')
      .trim();
  return key(a) === key(b) && key(a).length > 0;
}
