import type { Span } from '../../../book/span.js';
import { AGE_WORDS, OWNED_RELATION } from '../../../lexicon.js';
import { type LazyRegExp, lazyRegExp } from '../../../text/lazy-regexp.js';
import { LETTERS, LOWERS, UPPERS } from '../../../text/letters.js';
import {
  type CleanName,
  cleanName,
  isDescription,
  isNameLike,
  isNarratorCredit,
  isPronoun,
  STYLE_OF_ADDRESS,
  STYLE_POSSESSIVE_BEFORE,
  WRITTEN_NAME,
} from '../name-pattern.js';
import type { CreditSite, Segment } from '../site.js';
import { PREPOSITION } from './tag-parts.js';

/**
 * One way writers credit a quotation, as a named rule: its id travels with the credit it reads
 * (`Credit.ruleId`), and `read` is a pure function of the quotation's site, testable alone.
 */
export interface CreditRule {
  /** `credit/<form>`, e.g. `credit/dash-after`. */
  readonly id: string;
  /** The form in a writer's words, with an example. */
  readonly description: string;
  read(site: CreditSite): RuleMatch | null;
}

/** What a rule read: the name as written (or a pronoun, or an initial), where it stands, and whom it is said to. */
export interface RuleMatch {
  name: string;
  span: Span;
  /** "Emma tells Harriet": the person spoken to, as written; null when none is named. */
  addressee: string | null;
  /**
   * The word in the name's place is one that is rarely a name ("May", "Will", "Hope"): a credit only
   * if the book has a character of that name (the composition asks the cast).
   */
  weak?: boolean;
  /**
   * The name is followed by the book's title ("― Jane Austen, Pride and Prejudice"): a citation of
   * the book, so the name is its author's, whether or not the book's metadata gives the author.
   */
  citesBook?: boolean;
}

/**
 * Family and other relations a possessive name may own: "Lucy’s brother", "Darcy’s friend", "Eppie’s
 * real father" (probe round W4: without "real" the credit was read as Eppie's own).
 */
const RELATION_WORD = new RegExp(`^\\s+(${OWNED_RELATION})`, 'u');

/**
 * "asks Lucy’s brother": a possessive name before a relation is a description of someone else, not
 * the speaker's name (but "Jim’s like “…”" is "Jim is like").
 */
function ownedRelation(raw: string, after: string): CleanName | null {
  if (!/['’]s$/.test(raw)) return null;
  const owned = RELATION_WORD.exec(after);
  const owner = owned ? cleanName(raw) : null;
  if (!owned || !owner) return null;
  const own = raw.slice(owner.offset).trimEnd();
  return { ...owner, name: `${own} ${owned[1]}` };
}

/**
 * A person's own name set beside the words read where a name was looked for, which is the credit:
 * after a relation ("screams Anne's sister Mary", "uttered by Margaret's father, Mr. Hale": probe
 * round AF167, read as "Anne's sister", which no character is called), or after a description
 * ("said the young reporter Skaggs": probe round AF196). `end` is where those words end in the
 * segment; `pattern` reads from there, the name in its first or second group.
 */
function nameSetBeside(seg: Segment, end: number, pattern: RegExp): { name: string; span: Span } | null {
  const m = pattern.exec(seg.text.slice(end));
  const written = m?.[1] ?? m?.[2];
  const cleaned = written ? cleanName(written) : null;
  if (
    !m ||
    !written ||
    !cleaned ||
    !isNameLike(cleaned.name) ||
    isPronoun(cleaned.name) ||
    isDescription(cleaned.name)
  )
    return null;
  const start = seg.start + end + m[0].length - written.length + cleaned.offset;
  return { name: cleaned.name, span: { start, end: start + cleaned.name.length } };
}
/** The end of the clause after a name set beside other words: a mark, a dash, or the end. */
const CLAUSE_END = `\\s*(?:[,.;:!?)\\]”"’—–-]|$)`;
/**
 * The relation after a possessive, then a name beside it: "sister Mary" (before a verb or the end of
 * the clause), or set off, "father, Mr. Hale," (not "said Ruth's father, Tommy looked up").
 */
const APPOSED_NAME = lazyRegExp(
  () =>
    new RegExp(
      `^\\s+(?:${OWNED_RELATION})(?:\\s+(${WRITTEN_NAME})(?=\\s+[${LOWERS}]|${CLAUSE_END})|,\\s+(${WRITTEN_NAME})(?=${CLAUSE_END}))`,
      'u',
    ),
);
/**
 * A name right after a description, "the young reporter Skaggs", or set off after it with a
 * description of its own, "Their guest, the adventurer Maule," (probe round AF213: read as "Their
 * guest").
 */
const DESCRIBED_NAME = lazyRegExp(
  () =>
    new RegExp(
      `^(?:[ \\t]+(${WRITTEN_NAME})(?=\\s+[${LOWERS}]|${CLAUSE_END})|,\\s+the\\s+(?:[${LOWERS}]+\\s+){1,2}(${WRITTEN_NAME})(?=\\s*,))`,
      'u',
    ),
);

/** A part of the book before a number ("Chapter Two"), or as the whole name read: no one's name. */
const BOOK_PARTS = '(?:Chapter|Part|Book|Volume|Act|Scene|Canto|Stave)';
const AFTER_BOOK_PART = new RegExp(`\\b${BOOK_PARTS}\\s+$`);
const BOOK_PART_NAME = new RegExp(`^${BOOK_PARTS}\\s+\\S+$`);

/** Lines wrapped to fit a width are at least this long with the next word. */
const WRAPPED_LINE_MIN = 60;

/**
 * The line that ends at the line break `at` of `text` is a heading's or a label's, ended by the
 * writer: short, and only capitalised words and numbers ("2. Fosdick's Story", "Priya Raman"); not
 * prose wrapped to a width ("At the door Miss⏎Emily says", a test's short line, is read whole).
 */
function endsShortLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const nextWord = /^[ \t>]*(\S*)/.exec(text.slice(at + 1))?.[1] ?? '';
  return (
    at - lineStart + 1 + nextWord.length < WRAPPED_LINE_MIN && TITLE_LINE.test(text.slice(lineStart, at))
  );
}
const TITLE_LINE = new RegExp(
  String.raw`^[\s>#*_]*(?:[\dIVXLC]+[.)]\s+)?(?:[${UPPERS}][${LETTERS}'’.-]*[ \t]*)+$`,
  'u',
);

/** The name (cleaned) a regular-expression group read, with its span, or null when it is no name. */
export function nameFrom(
  seg: Segment,
  m: RegExpExecArray,
  group: string,
  allow: { pronoun?: boolean; description?: boolean } = {},
): { name: string; span: Span; weak?: boolean; determiner?: boolean } | null {
  let raw = m.groups?.[group];
  let ix = m.indices?.groups?.[group];
  if (!raw || !ix) return null;
  // A name never runs on over a blank line: "— Katharine Hilbery⏎⏎   A surprising line…" is a list
  // item's credit and the writer's next paragraph (probe round AF209: read as "Katharine Hilbery A").
  const blank = /\s*\n[ \t]*\n/.exec(raw);
  if (blank) {
    raw = raw.slice(0, blank.index);
    ix = [ix[0], ix[0] + blank.index];
    if (!raw.trim()) return null;
  }
  // Nor over the end of a short line, a heading's or a label's: "2. Fosdick's Story⏎Fosdick explains"
  // (probe round AF226: read as "Fosdick's Story Fosdick"), a student's name above the course
  // (AF225). A name is wrapped only at the end of a long line of prose; refused here, the
  // pattern's later starts read "Fosdick explains".
  const lineEnd = raw.indexOf('\n');
  if (lineEnd >= 0 && endsShortLine(seg.text, ix[0] + lineEnd)) return null;
  // "Emily St. Aubert": the name patterns start a name at "St." (a saint's name, "St. John"), so a
  // given name before it is left behind and "St. Aubert", her father, was read (probe round AD16).
  const given = /^St\.?\s/.test(raw) ? GIVEN_BEFORE_SAINT.exec(seg.text.slice(0, ix[0])) : null;
  // "Her Majesty the Queen": the possessive of a style of address is the name's (probe round AF207:
  // read as "Majesty the Queen").
  const styled =
    given ?? (STYLE_OF_ADDRESS.test(raw) ? STYLE_POSSESSIVE_BEFORE.exec(seg.text.slice(0, ix[0])) : null);
  if (styled) {
    raw = `${styled[1]}${raw}`;
    ix = [ix[0] - styled[1]!.length, ix[1]];
  }
  // "Chapter Two begins:": a number after a part of the book is no one's name ("Two" is one of
  // Alice's gardeners, but not here; probe round AF220: credited to "Two").
  if (BOOK_PART_NAME.test(raw) || AFTER_BOOK_PART.test(seg.text.slice(Math.max(0, ix[0] - 12), ix[0])))
    return null;
  const relation = ownedRelation(raw, seg.text.slice(ix[1]));
  const apposed = relation ? nameSetBeside(seg, ix[1], APPOSED_NAME()) : null;
  if (apposed) return apposed;
  const cleaned = relation ?? cleanName(raw);
  if (!cleaned) return null;
  const described = isDescription(cleaned.name) ? nameSetBeside(seg, ix[1], DESCRIBED_NAME()) : null;
  if (described) return described;
  // "In Florence, the reunion is brought about by the old man, who tells Jerome,": a name after a
  // preposition the name grammar took in with it is the preposition's object, no one's subject
  // (probe round AF142: "Europe" read as the speaker); but "Unlike Estella, who tells Pip," is hers.
  if (
    cleaned.offset > 0 &&
    OPENING_PREPOSITION.test(raw.slice(0, cleaned.offset)) &&
    !/^,?\s+who\b/.test(seg.text.slice(ix[1]))
  )
    return null;
  const { name } = cleaned;
  if (isPronoun(name)) {
    if (!allow.pronoun) return null;
  } else if (isDescription(name)) {
    if (allow.description === false) return null;
  }
  const weak = !isPronoun(name) && !isDescription(name) && !isNarratorCredit(name) && !isNameLike(name);
  // "old Sir Pitt insists": the age word before a name tells a father from his son of the same name
  // (age-qualifier.ts), so it stays with the name (probe round AF166: read as "Sir Pitt")
  const aged =
    !weak && !isPronoun(name) && !isDescription(name)
      ? AGE_BEFORE.exec(seg.text.slice(0, ix[0] + cleaned.offset))?.[1]
      : undefined;
  if (aged) {
    const start = seg.start + ix[0] + cleaned.offset - aged.length - 1;
    const written = `${aged} ${name}`;
    return { name: written, span: { start, end: start + aged.length + 1 + name.length } };
  }
  const start = seg.start + ix[0] + cleaned.offset;
  const determiner = POSSESSIVE.test(name) && /^\s+\p{Ll}/u.test(seg.text.slice(ix[1]));
  return {
    name,
    span: { start, end: start + name.length },
    ...(weak ? { weak } : {}),
    ...(determiner ? { determiner } : {}),
  };
}

/** "old " or "young " right before a name (one space, as the span's arithmetic assumes). */
const AGE_BEFORE = new RegExp(
  `(?:^|[\\s(“"‘])(${[...AGE_WORDS].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')}) $`,
);

/** A possessive pronoun, which before a noun ("Her cousin Ruth") is its determiner, not a subject. */
const POSSESSIVE = /^(?:his|her|their|my|our)$/i;

/**
 * A preposition the name grammar took in before a name ("In Florence"), which cleanName drops: the
 * same prepositions SUBJECT_START's look-behind keeps names from following (tag-parts.ts).
 */
const OPENING_PREPOSITION = new RegExp(`(?:^|\\s)${PREPOSITION}\\s+$`);

/** A capitalised word and a space right before a name that starts with "St." (not after a sentence's end). */
const GIVEN_BEFORE_SAINT = new RegExp(
  String.raw`(?<![.!?]\s*)(?<=^|[\s(“"‘'*_-])([${UPPERS}][${LOWERS}][${LETTERS}'’-]*\s+)$`,
  'u',
);

/** "her friend", "his sister": whom a line is said to, by their relation to the speaker (ADDRESSEE's KIN). */
const RELATIVE = new RegExp(String.raw`^(?:his|her|their|my|our)\s+[${LOWERS}]`, 'u');

/** The addressee a group read: a name as written, or null (none, or only "him"/"her"). */
export function addresseeFrom(m: RegExpExecArray, ...groups: string[]): string | null {
  for (const g of groups) {
    const raw = m.groups?.[g];
    if (!raw) continue;
    if (/^(?:him|her|them|me|us|himself|herself|themselves)$/i.test(raw.trim())) return null;
    // ("tells little Bilham": the person's age or size is no part of the name)
    const cleaned = cleanName(raw.replace(/^(?:little|young|old|poor|dear)\s+(?=\p{Lu})/u, ''));
    if (cleaned && (isNameLike(cleaned.name) || isDescription(cleaned.name) || RELATIVE.test(cleaned.name)))
      return cleaned.name;
  }
  return null;
}

const GLOBAL = new WeakMap<RegExp, RegExp>();

/**
 * Run a pattern over a segment and read its name group (the first of `nameGroups` that holds a name)
 * and its `to`/`to2`/`to3` addressee groups. When the leftmost match holds no name ("Then" alone),
 * later starting points are tried, as a reader would skip the word; a weak name is returned only
 * when no later start gives a better one.
 */
export function readWith(
  seg: Segment | null,
  /** A pattern, or a lazy one (made, and run, only when its gate says the segment may match). */
  pattern: RegExp | LazyRegExp,
  allow: { pronoun?: boolean; description?: boolean } = { pronoun: true },
  nameGroups: readonly string[] = ['name'],
  /** The pattern's first match in `seg`, when the caller has already run it (it is not run again). */
  first?: RegExpExecArray,
): RuleMatch | null {
  if (!seg || seg.text.length === 0) return null;
  if (typeof pattern === 'function' && !pattern.mayMatch(seg.text)) return null;
  const re = typeof pattern === 'function' ? pattern() : pattern;
  // Rules compile their patterns with the g flag (big patterns are costly to compile twice).
  let g = re.global ? re : GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags}g`);
    GLOBAL.set(re, g);
  }
  g.lastIndex = 0;
  let weak: RuleMatch | null = null;
  // "Her cousin Ruth flushes and says": "Her" as the name is a determiner, which the pattern let in
  // as a subject pronoun ("cousin Ruth flushes and" as the clause before the verb); a later start
  // that gives a name reads the credit as a reader does (probe round AF163: no credit was read)
  let determiner: RuleMatch | null = null;
  for (let tries = 0; tries < 6; tries++) {
    const m = tries === 0 && first ? first : g.exec(seg.text);
    if (!m) break;
    for (const name of nameGroups) {
      const n = nameFrom(seg, m, name, allow);
      if (!n) continue;
      const { determiner: isDeterminer, ...read } = n;
      const found = { ...read, addressee: addresseeFrom(m, 'to', 'to2', 'to3', 'to4', 'to5') };
      if (isDeterminer) determiner ??= found;
      else if (!n.weak) return found;
      else weak ??= found;
    }
    g.lastIndex = m.index + 1;
  }
  return determiner ?? weak;
}

/** A shorter segment: `seg` from `from` (relative) for `length` characters. */
export function sub(seg: Segment, from: number, length = seg.text.length - from): Segment {
  const s = Math.max(0, Math.min(from, seg.text.length));
  return { text: seg.text.slice(s, s + Math.max(0, length)), start: seg.start + s };
}
