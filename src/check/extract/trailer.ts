import { WORD_NUMBER_PATTERN } from '../../book/numerals.js';
import type { Span } from '../../book/span.js';
import {
  CREDIT_NAME_QUALIFIERS,
  CREDIT_PHRASES,
  CREDIT_QUALIFIER_ALTERNATION,
  CREDIT_VERBS,
  DOING_GLOSS_OPENERS,
  FAMILY_NOUNS,
  HONORIFICS,
  isReviewLabel,
  NOT_NAMES,
  OWNED_RELATION,
  RELATION_NOUNS,
  SAYING_NOUNS,
  VERB_FIRST_CREDIT_VERBS,
} from '../../lexicon.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { LETTERS, LOWERS, UPPERS } from '../../text/letters.js';
import { NAME } from './frame.js';

/**
 * A credit or citation after a line's words, on its line or on a line of its own (`— Emma Woodhouse`,
 * `- Lord Henry`, `(Basil)`, `(5.15)`, `(p. 34)`, `(Chapter 3)`, "Spoken by Dick."): no part of the
 * quotation (frame.ts has what stands before it); the credits stage reads the speaker from it.
 */

const isLabel = isReviewLabel;

const CITATION_WORD =
  '(?:p|pp|pg|page|pages|ch|chap|chapter|vol|volume|bk|book|part|pt|act|sc|scene|letter|l|ll|line|lines|loc|location)';
const NUMBER = '(?:\\d+|[ivxlcdm]+|[IVXLCDM]+)';
/**
 * "Book Three", "Part One": a part's number in words (the chapter reader's pattern), only after its
 * word ("(one)" alone is no citation); each word's first letter in either case.
 */
const CITED_NUMBER = `(?:${NUMBER}|${WORD_NUMBER_PATTERN.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`)})`;
/** CITATION_WORD in any case, for the patterns that are not case-insensitive ("(Mrs. Herriton, Ch. 5)"). */
const CITATION_WORD_ANY_CASE = CITATION_WORD.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`);
// (made on first use, like NAMED and DESCRIBED_RE: most reviews never set a parenthesis or a dash
// line after a quotation, and a check pays at start-up for every pattern made as its module loads)
/** `5.15`, `p. 34`, `Chapter 3`, `Vol. 2, Ch. 4`, `Book Three, Ch. 2`, `III.iv`, `Austen 34`, `Austen, p. 34`. */
const CITATION = lazyRegExp(
  () =>
    new RegExp(
      `^(?:(?:${CITATION_WORD}\\.?\\s*${CITED_NUMBER}|${NUMBER})(?:\\s*[.,:;–-]\\s*(?:${CITATION_WORD}\\.?\\s*${CITED_NUMBER}|${NUMBER}))*|[${UPPERS}][${LETTERS}'’-]+,?\\s+(?:${CITATION_WORD}\\.?\\s*)?\\d+(?:\\s*[–-]\\s*\\d+)?)$`,
      'iu',
    ),
);
/**
 * "(the captain)", "(the old man)": a person described in a word or two (probe round AE8); "(her
 * father)", "(Ronny's mother)" (probe rounds AF80, AF100: taken into the words of a list item,
 * which was called altered); "(the old hag Gagool)" (probe round AF116: the same).
 */
// (with the person's name set beside the relation: "(her sister, Mrs. Pett)", probe round AF146; a
// noun with a hyphen: "(the saloon-keeper)", probe round AF150)
const DESCRIBED_IN_PARENTHESIS = `[Tt]he\\s+(?:[${LOWERS}][${LOWERS}-]*\\s+){0,2}[${LOWERS}][${LOWERS}-]*(?:\\s+${NAME})?|(?:[Hh]is|[Hh]er|[Tt]heir|[${UPPERS}][${LETTERS}-]+['’]s)\\s+${OWNED_RELATION}(?:,\\s+${NAME})?`;
/** "(Huck, trading his tick)", "(Jo, to Laurie)": what the person is doing as they say it (probe round AE11). */
const PARENTHESIS_GLOSS = `,\\s+(?:[${LOWERS}]+ing|to|${DOING_GLOSS_OPENERS})\\b[^()]{0,40}`;
/**
 * `Basil`, `Basil to Dorian`, `Elizabeth, ch. 3`, `Jane and Elizabeth, chapter 4`, `Mr. Darcy, on pride`,
 * `Rachael, Book Three, Ch. 2` (probe round AF111: the list item was not reported).
 */
const NAMED = lazyRegExp(
  () =>
    new RegExp(
      `^(?:(?:(?:${CREDIT_QUALIFIER_ALTERNATION})\\s+(?=[${UPPERS}]))?${NAME}|${DESCRIBED_IN_PARENTHESIS})(?:\\s+(?:to|and|&)\\s+${NAME})?(?:,?\\s+(?:${CITATION_WORD_ANY_CASE}\\.?\\s*${CITED_NUMBER}(?:,\\s*${CITATION_WORD_ANY_CASE}\\.?\\s*${CITED_NUMBER}){0,2}|on\\s+[${LOWERS}\\s]{1,30}|in\\s+[^()]{1,40})|${PARENTHESIS_GLOSS})?$`,
      'u',
    ),
);

/** "(Begbie shoots back)", "(Jo replies)": a name and a verb of saying (probe round AF163: taken into the words). */
// (made on first use: a parenthesis of this shape is rare, and a check pays for every pattern made at load)
const NAME_THEN_VERB = lazyRegExp(
  () => new RegExp(`^(${NAME})\\s+([${LOWERS}]+(?:\\s+(?:back|out|in|on|up))?)$`, 'u'),
);
function namedSaying(t: string): boolean {
  const m = NAME_THEN_VERB().exec(t);
  return m !== null && (CREDIT_VERBS.has(m[2]!) || CREDIT_PHRASES.includes(m[2]!));
}

/** Is this the text of a parenthesis that credits or cites (not a parenthetical of the quotation)? */
export function isCreditParenthesis(inner: string): boolean {
  const t = inner.trim();
  if (t.length === 0 || t.length > 60) return false;
  if (CITATION().test(t)) return true;
  // "(narration)", "(the narrator)": who tells it, though "Narration" heads a section elsewhere
  if (/^(?:the\s+)?narrat(?:ion|or)$/i.test(t)) return true;
  if (!NAMED().test(t) && !namedSaying(t)) return false;
  // "(Basil)" credits; "(Sic)" or "(Emphasis Added)" do not; a label ("Chapter") alone is not a name.
  return !isLabel(t.split(/[\s,]/)[0]!) && !/^(?:sic|emphasis|italics|my emphasis)\b/i.test(t);
}

/** A dash that introduces a credit: em, en, horizontal bar, tilde, one or two hyphens. */
const DASH = '(?:[—–―~]|-{1,2})';
/**
 * What a summary adds after the name on a credit line (the credit stage reads the same, layout.ts):
 * "— Mr. Bennet's reply to his wife" (the owner of the saying), "— Jaggers, legend" (a word or two
 * about the person), "— Mr. Bennet, answering his wife" (a participle or a preposition), "— Lucy, letter
 * to Mina, chapter 5" (the kind of saying), "— Nyleptha, the White Queen" (an epithet; probe round
 * AF120: the line was taken for a quotation of the book's words).
 */
const DASH_GLOSS = `,[ \\t]+the[ \\t]+[${UPPERS}][${LETTERS}'’-]*(?:[ \\t]+(?:[${UPPERS}][${LETTERS}'’-]*|of|the)){0,4}(?=[ \\t]*\\.?[ \\t]*$)|['’]s[ \\t]+[*_]{0,2}(?:[${LOWERS}]+[ \\t]+){0,2}(?:${SAYING_NOUNS}|bon mot|motto)\\b[^\\n.!?()]{0,60}?|,[ \\t]+[${LOWERS}]+(?:[ \\t]+[${LOWERS}]+)?(?=[ \\t]*\\.?[ \\t]*$)|,[ \\t]+(?:[${LOWERS}]+ing|to|on|about|after|before|when|while|as|upon|during|at)\\b[^\\n.!?]{0,60}?|,[ \\t]+(?:(?:a|an|the|his|her|their)[ \\t]+)?(?:${SAYING_NOUNS})\\b[^\\n.!?]{0,60}?`;
/**
 * What a dash credit names: a name or "the narrator", then optionally a title or a chapter after a
 * comma (", Pride and Prejudice", ", in Emma", ", ch. 3"; not ", patient, waits": the sentence going on),
 * or whom it is said to (", to Mr. Rochester", " to Anne").
 */
/** "ch. 38", "chap. 7", "p. 212", "vol. 2, ch. 3": an abbreviated place in the book (its full stop is no sentence end). */
const CITED_PLACE = '(?:ch|chap|chapt|p|pp|vol|bk|pt|sec|l|ll)\\.[ \\t]*[\\dIVXLCivxlc]';
/** "— her mother, Fannie", "— his sister": a relation of someone the page has named (probe round AF3). */
const OWNED_KIN = `(?:[Hh]is|[Hh]er|[Tt]heir)[ \\t]+(?:${[...FAMILY_NOUNS, ...RELATION_NOUNS].join('|')})(?![${LETTERS}'’-])`;
/**
 * "— the lawyer", "— the cautious old gentleman", "— the Portuguese captain", "— Catherine's ghost",
 * "— one of the colts": a person described, as a dash credit below or after a quotation (the dash and the line's end around
 * it keep the book's own "— the rest of it" out: a line of the book goes on past three words).
 */
/**
 * Where a described person is: "the man at the toll-gate", "the woman in black" (probe round AF247:
 * the credit line left in the quotation, called altered).
 */
const WHERE_FROM = `(?:[ \\t]+(?:at|in|on|from|with|by)(?:[ \\t]+(?:the|a|an|his|her|their))?[ \\t]+[${LOWERS}][${LOWERS}'’-]*)?`;
const DESCRIBED = `(?:[Tt]he(?:[ \\t]+[${UPPERS}][${LOWERS}]+)?(?:[ \\t]+[${LOWERS}][${LOWERS}'’-]*){1,3}${WHERE_FROM}|[Tt]he(?:[ \\t]+[${LOWERS}][${LOWERS}'’-]*){1,2}[ \\t]+[${UPPERS}][${LOWERS}]+|${NAME}['’]s[ \\t]+[${LOWERS}][${LOWERS}'’-]*|[Oo]ne[ \\t]+of[ \\t]+(?:the|his|her|their)[ \\t]+[${LOWERS}][${LOWERS}'’-]*|${OWNED_KIN}(?:[ \\t]+${NAME})?)`;

const DESCRIBED_RE = lazyRegExp(() => new RegExp(`^${DESCRIBED}$`, 'u'));

/** "the captain's son", "Crusoe's companion": a person described, as a credit line says it. */
export function isDescribedCredit(s: string): boolean {
  return DESCRIBED_RE().test(s.trim());
}

/** A name and what the person is, no comma between: "John the coachman" (probe round AF257: the line left in the quotation). */
const CALLING = `(?:[ \\t]+the[ \\t]+[${LOWERS}][${LOWERS}'’-]*)?`;
// (the book's kind of tag too, verb first: "<footer>cries Cora</footer>" under an HTML block quote,
// which reads as "— cries Cora"; probe round AF251: left in the quotation, called altered)
const DASH_CREDIT = lazyRegExp(
  () =>
    new RegExp(
      `^${DASH}[ \\t]*(?:[*_]{0,2})(?:(?:${VERB_FIRST_CREDIT_VERBS.join('|')})[ \\t]+)?((?:(?:${CREDIT_QUALIFIER_ALTERNATION})[ \\t]+(?=[${UPPERS}]))?(?:${NAME}${CALLING}|${DESCRIBED}))(?:[*_]{0,2})(?:,?[ \\t]+to[ \\t]+(?:${NAME}))?(?:,[ \\t]*(?:in[ \\t]+)?(?:[*_]{0,2}[${UPPERS}]|${CITED_PLACE}|ch|p\\.|\\d)(?:[^\\n.!?]|\\.(?=[ \\t]*\\d)){0,60}?|[ \\t]+in[ \\t]+[*_]{0,2}[${UPPERS}][^\\n.!?]{0,60}?|${DASH_GLOSS})?(?:[ \\t]*\\([^()\\n]{1,40}\\))?[ \\t]*\\.?[ \\t]*$`,
      'u',
    ),
  // (its opening)
  new RegExp(`^${DASH}`),
);

/**
 * A short bracketed aside, "(Ch. 12)", "[p. 4]": where it only cites a place (isCitationOnly), a citation
 * before a dash credit, which is the trailer's, not the quotation's (layout-parts.ts reads past it).
 */
export const BRACKETED = '(?:\\([^()\\n]{1,30}\\)|\\[[^[\\]\\n]{1,30}\\])';
const CITED_AT_END = new RegExp(`[ \\t]*${BRACKETED}$`, 'u');

/** A byline: "by" and a name, alone before the dash ("By Jane Doe — The Reading Room"). */
const BYLINE = new RegExp(`^[\\s>*_]*[Bb]y\\s+(?:[${UPPERS}][${LETTERS}'’.-]*\\s*){1,4}$`, 'u');

/**
 * A credit or citation at the end of `span` (on its last line): ` — Emma Woodhouse`, ` (Basil)`,
 * ` (p. 34)`, `” —Elizabeth`. Returns the trailer's span (from the dash or parenthesis to the end),
 * or null. `afterQuote`: the words before it end with a closing mark, so even a bare dash is a credit.
 * `isCharacterName` lets one word after a spaced dash be a credit when it is one of the book's
 * characters (`spacedNameCredit`).
 */
export function trailingCredit(text: string, span: Span, isCharacterName?: CharacterName): Span | null {
  const s = text.slice(span.start, span.end);
  const lineStart = s.lastIndexOf('\n') + 1;
  const line = s.slice(lineStart);
  // A parenthesis (or square brackets: "[Joe, ch. 7]", as revision sheets write) at the very end.
  const paren = /[ \t]*(?:\(([^()\n]{1,60})\)|\[([^[\]\n]{1,60})\])[ \t]*[.,;]?[ \t]*$/u.exec(line);
  if (paren && paren.index > 0 && isCreditParenthesis(paren[1] ?? paren[2]!)) {
    const before = line.slice(0, paren.index);
    // Only after the quotation's last words: "… said she (Basil)" is fine, "(Basil)" alone is not a
    // trailer. A line broken off ends on a dash: "And then— (the Professor)" (probe round AF1).
    if (/[\p{L}\p{N}.,;:!?”"’'»…)\]*_—–-]$/u.test(before)) {
      const inner = trailingCredit(text, { start: span.start, end: span.start + lineStart + paren.index });
      return { start: inner?.start ?? span.start + lineStart + paren.index, end: span.end };
    }
  }
  // A dash and a name: the dash must follow white space or the end of the quotation.
  const dashRe = new RegExp(`(?:^|(?<=[\\s”"’'».!?…,;*_]))${DASH}`, 'gu');
  for (let m = dashRe.exec(line); m !== null; m = dashRe.exec(line)) {
    if (m.index === 0) continue;
    const tail = line.slice(m.index);
    if (!dashCredit(tail)) continue;
    const before = line.slice(0, m.index).trimEnd();
    // "by T. Hallam — Slow Books Review": a byline, the dash naming where it was published (probe
    // round AF281: "by T. Hallam" reported as a quotation, credited to "Slow Books")
    if (BYLINE.test(before)) return null;
    // The words before end a sentence or a quotation ("… acknowledged. — Austen", "…” — Emma"),
    // so a dash inside the book's own sentence ("the last man — Darcy — would") is not taken; or a
    // spaced dash ends the line with a name that can only be a credit: a full or titled name, or
    // one of the book's characters ("No I am not — Joe Gargery", "… but I — Zillah", a list of
    // lines that drop the book's comma: probe round AD2).
    if (!/[.!?…”"’'»)\]*_,;:]$/u.test(before) && !spacedNameCredit(tail, isCharacterName)) continue;
    // A place cited before the dash is the trailer's too: "Get up (Ch. 12) — Mrs Verloc" quotes
    // "Get up" (probe round AF179: the citation's words were taken as the quotation's, not found).
    const cited = CITED_AT_END.exec(before);
    const end = cited && cited.index > 0 && isCitationOnly(cited[0]) ? cited.index : before.length;
    return { start: span.start + lineStart + end, end: span.end };
  }
  return null;
}

/** Whether one of the book's characters is called this one word ("Good", Captain Good). */
type CharacterName = (word: string) => boolean;

/**
 * A spaced dash and a name to the end of the line that only a credit would be: two or more
 * capitalised words ("— Joe Gargery", "— Mr. Dick", "— the Man of Wrath": probe round AF17) or one
 * of the book's characters ("— Zillah").
 */
function spacedNameCredit(tail: string, isCharacterName?: CharacterName): boolean {
  const m =
    /^(?:[—―]|--)[ \t]+((?:[Tt]he[ \t]+)?(?:\p{Lu}[\p{L}'’.-]*)(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,3})[ \t]*\.?[ \t]*$/u.exec(
      tail,
    );
  if (!m || !dashCredit(tail, isCharacterName)) return false;
  const words = m[1]!.split(/[ \t]+/);
  return words.length >= 2 || isCharacterName?.(words[0]!) === true;
}

/** A dash credit whose name is a name ("— He wrote last week" is the book's sentence going on). */
function dashCredit(s: string, isCharacterName?: CharacterName): boolean {
  const m = DASH_CREDIT.mayMatch(s) ? DASH_CREDIT().exec(s) : null;
  return m !== null && isNameLike(m[1]!, isCharacterName);
}

/**
 * Not "He", "Yes", "Oh Lord" or a label: a name ("Mr. Knightley", "The Hatter", "Emma"), or a word
 * that is a name in this book ("— Good" where the book has a Captain Good).
 */
export function isNameLike(name: string, isCharacterName?: CharacterName): boolean {
  // ("old Mr. Sedley": the age before the name is no word of it)
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w, k, all) => !(k === 0 && all.length > 1 && CREDIT_NAME_QUALIFIERS.has(w.toLowerCase())));
  const first = words[0]!.replace(/[.,]+$/, '').toLowerCase();
  // (a word that is also a name in this book, or a name of the book's whole: "— May Welland", whose
  // first word is the everyday "may"; probe round AF235, the credit taken into the quotation)
  if (isCharacterName?.(words.join(' ').replace(/[.,]+$/, ''))) return true;
  // ("the Hatter", "one of the colts": a person described)
  const described =
    (['the', 'his', 'her', 'their', 'my'].includes(first) && words.length > 1) ||
    (first === 'one' && words[1]?.toLowerCase() === 'of');
  if (NOT_NAMES.has(first) && !HONORIFICS.has(first) && !described) return false;
  return !isLabel(first);
}

/** Is the line a dash and a credit ("— Emma Woodhouse", "―Jane Austen, Pride and Prejudice", "— Emma in Emma")? */
export function isDashCreditLine(line: string): boolean {
  return dashCredit(line.trim());
}

/** "Spoken by Dick (Pompously).", "This line is said by Maury": the writer's credit of the line above, no quotation. */
export function isCreditSentence(line: string): boolean {
  return /^\s*(?:(?:this|the)\s+(?:line|quote|quotation)\s+(?:is|was)\s+|these\s+lines\s+(?:are|were)\s+|it\s+(?:is|was)\s+)?(?:spoken|said|uttered|voiced|delivered)\s+by\b/i.test(
    line,
  );
}

/** Does a trailer only cite a place ("(p. 34)", "(5.15)", "— Chapter 3") and name no one? */
export function isCitationOnly(trailer: string): boolean {
  const t = trailer
    .trim()
    .replace(/^(?:[—–―~]|-{1,2})\s*/, '')
    .replace(/^\((.*)\)[.,;]?$|^\[(.*)\][.,;]?$/, '$1$2')
    .trim();
  return CITATION().test(t);
}

/**
 * A line that is nothing but a credit, below the quotation: `— Emma Woodhouse`, `- Lord Henry`,
 * `―Jane Austen, Pride and Prejudice`, `Mr. Knightley`, `Elizabeth Bennet, in Pride and Prejudice`,
 * `Mr. Darcy (Chapter 34)`, `(Basil)`.
 */
export function isCreditLine(line: string, isCharacterName?: CharacterName): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 90) return false;
  if (dashCredit(t, isCharacterName)) return true;
  const paren = /^\(([^()]{1,60})\)\.?$/.exec(t);
  if (paren) return isCreditParenthesis(paren[1]!);
  const bare = new RegExp(
    `^(?:${NAME}|[Tt]he\\s+narrator)(?:,[ \\t]+(?:in[ \\t]+)?[^.!?]{1,60})?(?:[ \\t]*\\([^()]{1,40}\\))?$`,
    'u',
  );
  return bare.test(t) && isNameLike(t) && t.split(/\s+/).length <= 10;
}
