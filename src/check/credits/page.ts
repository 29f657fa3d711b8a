import { findSpanIndex, type Span } from '../../book/span.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { LETTERS, LOWERS, UPPERS } from '../../text/letters.js';
import type { ExtractedQuote } from '../extract/index.js';
import { DIRECTION_LINE } from '../extract/script-layout.js';
import type { ReviewBlock, ReviewDocument } from '../review/document.js';
import { findAnswerKey } from './answer-key.js';
import { isCastName, knownToCast, wordsKnownToCast } from './cast-names.js';
import {
  ADDRESSEE,
  cleanName,
  genderOfWrittenName,
  isNameLike,
  LETTER,
  NARRATOR,
  REF,
  SAYING_NOUNS,
  WRITTEN_NAME,
} from './name-pattern.js';
import type { CreditContext } from './site.js';
import { speakerCells } from './speaker-table.js';

/** An abbreviation with its full stop: "Mr.", "St.". */
const SHORT_ABBREVIATION = new RegExp(String.raw`\b[${UPPERS}][${LOWERS}]{0,3}\.`, 'gu');

/**
 * The page's layout as credits read it, worked out once per review: which headings name a speaker
 * ("## Mr. Collins (Chapter 19)", "**Eeyore**", "Quotes by Mr. Darcy", "Mary Crawford's lines") and
 * which quotations each of them governs, and which bare name lines ("Aziz" alone on a line) credit
 * the quotation above them rather than the one below.
 */

export interface HeadingCredit {
  name: string;
  span: Span;
  addressee: string | null;
  /** `credit/heading-above` (a heading that is a name) or `credit/page-title` ("Quotes by X"). */
  ruleId: 'credit/heading-above' | 'credit/page-title';
}

export interface PageLayout {
  /** The heading credit in force at a block (the nearest credit heading of its section), or null. */
  headingCreditFor(block: ReviewBlock): HeadingCredit | null;
  /** The bare name line just after a block that credits the quotation ending it, or null. */
  nameLineAfter(block: ReviewBlock): HeadingCredit | null;
  /** A block that is itself a heading or name line (its words are not a quotation's surroundings). */
  isHeadingLike(block: ReviewBlock): boolean;
  /**
   * For a table cell: the name in the same row under a "Speaker" (or "Character", "Who") column, or
   * null; with whom it is said to, from a "To whom" (or "Addressee", "Spoken to") column.
   */
  speakerCellFor(block: ReviewBlock): HeadingCredit | null;
  /** A cell of a table with a speaker column: its row says who speaks, even by leaving the cell empty. */
  inSpeakerTable(block: ReviewBlock): boolean;
  /** For a worksheet's numbered quotation: its number's answer in the page's answer key (answer-key.ts), or null. */
  answerKeyFor(block: ReviewBlock): Span | null;
}

/** A line that opens with a dash ("— Emma", "- Lord Henry", "> -- Renfield"). */
const DASH_LINE = new RegExp(String.raw`^[ \t>*_]*(?:[—–―~]|-{1,2})[ \t]*[*_]{0,2}[${LETTERS}]`, 'u');

/** A line that opens on an entry's number: "3. Laura Lyons", "#2 Beryl", "IV. The Count". */
const NUMBERED_LINE = /^[\s>*_]*(?:(?:\d{1,3}|[IVXLC]{1,6})[.)]\s|#\d+\s)/;

/** Heading levels: Markdown 1–6; a bold line or a bare name line sits below them all. */
const LINE_LEVEL = 7;

/** "1. ", "#3 ", "Quote 4: ", "IV. " before a heading's name. */
const NUMBERING =
  '(?:(?:\\d{1,3}|[IVXLC]{1,6})[.):]\\s+|#\\d+\\s*[.:–—-]?\\s*|(?:Quote|Quotation)\\s*#?\\d*\\s*[:.–—-]\\s*)?';
/** ", Chapter 19", " (5.15)", " – ch. 3", ": Book 2, Chapter 4". */
const REFS = `(?:\\s*[,:(–—-]?\\s*\\(?${REF}\\)?)*`;

/**
 * A heading that is a name: "Mr. Collins", "3. Elizabeth Bennet (Chapter 34)", "Wentworth to Anne",
 * "Laurie (Theodore Laurence)" (another name of the same person in brackets), "Sir Pitt Crawley (the
 * elder)" (a word on which of two; probe round AF66: not read), "Bingley Crocker (Jimmy's father,
 * alias Skinner)" (who the person is; probe round AF114: not read), "Mr. Dugdale, the Quaker" (AF122),
 * "Silas, to Godfrey" (probe round AF223: not read), "Winnie, after Greenwich" (when: AF247, not read),
 * "The narrator (David)" (probe round AF260: not read), "Catherine, delirious" (the speaker's state: probe
 * round AF280, not read).
 */
const NAME_HEADING = new RegExp(
  `^${NUMBERING}(?<name>${WRITTEN_NAME}|${NARRATOR})(?:\\s*\\((?:${WRITTEN_NAME}|[${LOWERS}][${LOWERS}\\s'’-]{0,30}|[^()\\n.!?:;]{1,60})\\))?(?:,\\s+the\\s+[^,()\\n.!?:;]{1,40}|,\\s+[${LOWERS}]+)?(?:,?\\s+to\\s+(?<to>${ADDRESSEE}))?(?:,\\s+(?:after|before|during|on|at|in|from)\\s+[^,()\\n.!?:;]{1,40})?${REFS}(?:,?\\s+in\\s+[*_]{0,2}[^*_\\n]{1,60}[*_]{0,2})?\\s*[:.]?\\s*$`,
  'du',
);

/** SAYING_NOUNS as a title capitalises them too ("Letter", "Proposal"). */
const SAYING_NOUNS_ANY_CASE = SAYING_NOUNS.split('|')
  .map((n) => `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1)}`)
  .join('|');

const QUOTE_WORDS = '(?:[Qq]uotes?|[Qq]uotations?|[Ll]ines|[Ss]ayings?|[Ww]ords|QUOTES?|QUOTATIONS?|LINES)';
const PRAISE =
  '(?:(?:[Tt]he\\s+)?(?:\\d+\\s+)?(?:(?:[Bb]est|[Tt]op|[Mm]ost|[Ff]amous|[Mm]emorable|[Ff]avou?rite|[Kk]ey|[Ii]mportant|[Nn]otable|[Gg]reat(?:est)?|[Ww]ise(?:st)?|[Ff]unniest|[Ff]unny|[Ii]conic)\\s+)*)';
const BOOK_TAIL = '(?:\\s+(?:in|from)\\s+.{1,80}?)?\\s*[:.]?\\s*$';
/** "Quotes by Mr. Darcy", "Quotations from Mary Crawford", "Lines spoken by Eeyore". */
const TITLE_BY = lazyRegExp(
  () =>
    new RegExp(
      `^${PRAISE}(?:[Ee]very|[Aa]ll|[Ee]ach)?\\s*(?:(?:${QUOTE_WORDS}|[Ll]ines?|[Dd]ialogue)(?:\\s+of\\s+(?:dialogue|speech))?)\\s+(?<how>by|from|of|spoken\\s+by|said\\s+by)\\s+(?<name>${WRITTEN_NAME})${BOOK_TAIL}`,
      'du',
    ),
  // (a word it cannot match without)
  /[Qq]uot|QUOT|[Ll]ine|LINE|[Ss]aying|[Ww]ords|[Dd]ialogue/,
);
/**
 * "Elizabeth Bennet: a character profile", "Character analysis: Eeyore", "Meet Elizabeth Bennet",
 * "Elizabeth Bennet in her own words": a page about one person.
 */
const TITLE_PROFILE = lazyRegExp(
  () =>
    new RegExp(
      `^(?:(?:[Mm]eet|[Gg]etting\\s+to\\s+[Kk]now|[Aa]ll\\s+[Aa]bout|[Tt]he\\s+(?:[Ww]it|[Ww]isdom|[Ww]orld|[Vv]oice)\\s+of)\\s+(?<name3>${WRITTEN_NAME})|(?<name4>${WRITTEN_NAME}),?\\s+in\\s+(?:[Hh]er|[Hh]is|[Tt]heir)\\s+[Oo]wn\\s+[Ww]ords|(?<name>${WRITTEN_NAME})\\s*[:${'\u2014\u2013'}-]\\s*(?:an?\\s+|the\\s+)?(?:[Cc]haracter\\s+)?(?:[Pp]rofile|[Aa]nalysis|[Ss]tudy|[Pp]ortrait|[Ss]ketch|[Gg]uide)|(?:[Cc]haracter\\s+)?(?:[Pp]rofile|[Aa]nalysis|[Ss]tudy|[Pp]ortrait)(?:\\s+of)?\\s*:?\\s*(?<name2>${WRITTEN_NAME}))\\s*$`,
      'du',
    ),
  // (a word it cannot match without)
  /[Mm]eet|[Kk]now|[Aa]bout|[Ww]it|[Ww]isdom|[Ww]orld|[Vv]oice|[Ww]ords|[Pp]rofile|[Aa]nalysis|[Ss]tudy|[Pp]ortrait|[Ss]ketch|[Gg]uide/,
);
/** "The perfect love letter: Wentworth to Anne Elliot" — a title that ends with who speaks to whom. */
const TITLE_TO = lazyRegExp(
  () => new RegExp(`^[^:]{1,80}:\\s*(?<name>${WRITTEN_NAME})\\s+to\\s+(?<to>${ADDRESSEE})\\s*$`, 'du'),
  // (a word it cannot match without)
  /\sto\s/,
);
/** "Wentworth's Letter to Anne", "Mr. Collins's Proposal": a title naming what someone said. */
const TITLE_SAID = lazyRegExp(
  () =>
    new RegExp(
      `^${NUMBERING}(?<name>${WRITTEN_NAME})(?:'s|’s|')\\s+(?:${LETTER}+\\s+){0,2}(?:${SAYING_NOUNS_ANY_CASE})\\b(?:\\s+to\\s+(?<to>${ADDRESSEE}))?${REFS}\\s*[:.]?\\s*$`,
      'du',
    ),
  // (a word it cannot match without)
  /['’]/,
);
/** "Eeyore Quotes", "Mr. Darcy's lines", "Mr. Darcy's Best Quotes in Pride and Prejudice". */
const TITLE_OF = lazyRegExp(
  () =>
    new RegExp(
      `^${PRAISE}(?<name>${WRITTEN_NAME}?)(?<poss>'s|’s|')?\\s+${PRAISE}${QUOTE_WORDS}${BOOK_TAIL}`,
      'du',
    ),
  // (a word it cannot match without)
  /[Qq]uot|QUOT|[Ll]ine|LINE|[Ss]aying|[Ww]ords/,
);

function normal(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Is a name in a heading a person, not a topic ("Love", "Pride")? The book's cast knows them, or the
 * name carries a title or a known given name, or it is the narrator or the author, or the heading
 * says "by" (a person's words).
 */
function isPersonName(name: string, ctx: CreditContext, strong: boolean): boolean {
  // ("## Good" over Captain Good's line: an everyday word, and a name the cast gives in full;
  // probe round AF288: not read)
  if (!isNameLike(name) && !isCastName(name, ctx.cast)) return false;
  if (ctx.bookTitle && normal(name) === normal(ctx.bookTitle) && !ctx.cast.characterNamed(name)) return false;
  if (strong) return true;
  if (/narrator/i.test(name)) return true;
  // ("### Colin Craven" over Colin's line, the book's Colin and Mr. Craven: probe round AF296)
  if (knownToCast(name, ctx.cast) || wordsKnownToCast(name, ctx.cast)) return true;
  if (ctx.bookAuthor && normal(ctx.bookAuthor).includes(normal(name))) return true;
  // "Mr. Collins", "Lady Catherine", "Elizabeth": a title or a known given name is a person's.
  return genderOfWrittenName(name) !== null;
}

function parseHeading(block: ReviewBlock, text: string, ctx: CreditContext): HeadingCredit | null {
  let start = block.content.start;
  let end = block.content.end;
  // **Mr. Collins** / __Mr. Collins__ / *Mr. Collins:*
  const raw = text.slice(start, end);
  const bold = /^(\*{1,2}|_{1,2})(.+?)\1\s*:?\s*$/.exec(raw);
  if (bold) {
    start += bold[1]!.length;
    end = start + bold[2]!.length;
  }
  const body = text.slice(start, end);
  if (body.includes('\n') || body.length > 120) return null;
  const at = (m: RegExpExecArray, group: string) => {
    const ix = m.indices?.groups?.[group];
    return ix ? { start: start + ix[0], end: start + ix[1] } : null;
  };
  const make = (
    m: RegExpExecArray,
    ruleId: HeadingCredit['ruleId'],
    strong: boolean,
  ): HeadingCredit | null => {
    const span = at(m, 'name');
    const cleaned = span ? cleanName(text.slice(span.start, span.end)) : null;
    if (!span || !cleaned || !isPersonName(cleaned.name, ctx, strong)) return null;
    const s = span.start + cleaned.offset;
    const to = m.groups?.to ? (cleanName(m.groups.to)?.name ?? null) : null;
    return { name: cleaned.name, span: { start: s, end: s + cleaned.name.length }, addressee: to, ruleId };
  };
  // "Winnie-the-Pooh Quotes", "Emma Quotes": a page of the book's lines, even when a character shares its name.
  const isTitle = (m: RegExpExecArray) =>
    !!ctx.bookTitle && normal(m.groups?.name ?? '') === normal(ctx.bookTitle);
  const by = TITLE_BY.mayMatch(body) ? TITLE_BY().exec(body) : null;
  if (by) return isTitle(by) ? null : make(by, 'credit/page-title', /by/.test(by.groups!.how!));
  const of = TITLE_OF.mayMatch(body) ? TITLE_OF().exec(body) : null;
  if (of?.groups?.name) return isTitle(of) ? null : make(of, 'credit/page-title', !!of.groups.poss);
  const named = NAME_HEADING.exec(body);
  if (named) return make(named, 'credit/heading-above', false);
  const said = TITLE_SAID.mayMatch(body) ? TITLE_SAID().exec(body) : null;
  if (said) return make(said, 'credit/page-title', true);
  const to = TITLE_TO.mayMatch(body) ? TITLE_TO().exec(body) : null;
  if (to) return make(to, 'credit/page-title', false);
  const profile = TITLE_PROFILE.mayMatch(body) ? TITLE_PROFILE().exec(body) : null;
  for (const alt of ['name2', 'name3', 'name4']) {
    if (profile?.groups?.[alt] && profile.indices?.groups?.[alt]) {
      profile.groups.name = profile.groups[alt];
      profile.indices.groups.name = profile.indices.groups[alt];
    }
  }
  if (profile) return make(profile, 'credit/page-title', false);
  return null;
}

/** A paragraph (or list item) that is one short line with no sentence in it: a bold line or a bare name. */
function lineKind(block: ReviewBlock, text: string): 'bold' | 'line' | null {
  if (block.kind !== 'paragraph' && block.kind !== 'list-item') return null;
  const body = text.slice(block.content.start, block.content.end);
  if (body.includes('\n') || body.length > 100) return null;
  if (/^(\*{1,2}|_{1,2})[^*_]+\1\s*:?\s*$/.test(body)) return 'bold';
  // A sentence inside it makes it prose; the full stop of "Mr." or "St." does not.
  if (/[“”"«»]|[.!?;]\s+\S/.test(body.replace(SHORT_ABBREVIATION, 'X'))) return null;
  return 'line';
}

export function buildPageLayout(
  doc: ReviewDocument,
  quotes: readonly ExtractedQuote[],
  ctx: CreditContext,
): PageLayout {
  const text = doc.text;
  const blocks = doc.blocks;
  const starts = new Set<number>();
  const ends = new Set<number>();
  // Which blocks a quotation starts at the head of, and which end with a quotation.
  // Blocks are in order and do not overlap: the one holding an offset by binary search.
  const blockSpans = blocks.map((b) => b.span);
  const blockIndexAt = (offset: number): number => findSpanIndex(blockSpans, offset);
  for (const q of quotes) {
    // Only a few characters either side matter (and a paragraph of a thousand quotations must not
    // be read a thousand times).
    const b = blockIndexAt(q.outer.start);
    const head = b >= 0 ? q.outer.start - blocks[b]!.content.start : -1;
    if (head >= 0 && head <= 12 && /^[\s>*_\-•·\d.)]*$/.test(text.slice(q.outer.start - head, q.outer.start)))
      starts.add(b);
    const e = blockIndexAt(Math.max(q.outer.start, q.outer.end - 1));
    const rest = e >= 0 ? blocks[e]!.content.end - q.outer.end : -1;
    if (rest >= 0 && rest <= 80) {
      const words = text.slice(q.outer.end, q.outer.end + rest).split(/\s+/);
      if (words.filter((w) => /\p{L}/u.test(w)).length <= 4) ends.add(e);
    }
  }

  // A script's direction in parentheses on a line of its own, between a speaker's name and the
  // speech ("DEBORAH⏎(fierce, eager)⏎If I were…"): the name still heads the speech below it (probe
  // round AF271: the page's names were voted credits of the lines above them, one line read as
  // another speaker's).
  const direction = (i: number): boolean => {
    const b = blocks[i];
    return b !== undefined && DIRECTION_LINE.test(text.slice(b.content.start, b.content.end));
  };
  const startsAfter = (i: number): boolean => starts.has(i) || (direction(i) && starts.has(i + 1));

  const credits = new Map<number, HeadingCredit | null>();
  const kinds = new Map<number, 'heading' | 'bold' | 'line'>();
  for (const [i, b] of blocks.entries()) {
    const kind = b.kind === 'heading' ? 'heading' : lineKind(b, text);
    if (!kind) continue;
    const parsed = parseHeading(b, text, ctx);
    // The page's own title (a level-1 heading) is a page title whatever its form ("Meet Elizabeth Bennet").
    const credit =
      parsed && b.kind === 'heading' && b.level === 1
        ? { ...parsed, ruleId: 'credit/page-title' as const }
        : parsed;
    // A plain line counts only when it is a name: otherwise it is a short paragraph like any other.
    if (kind === 'line' && !credit) continue;
    kinds.set(i, kind);
    credits.set(i, credit);
  }

  // Bare name lines: above the quotation they credit, or below it? Each line that has a quotation on
  // one side only votes; a line between two quotations follows the page's majority.
  let above = 0;
  let below = 0;
  for (const [i, kind] of kinds) {
    if (kind === 'heading') continue;
    const after = startsAfter(i + 1);
    const before = ends.has(i - 1);
    if (after && !before) above++;
    if (before && !after) below++;
  }
  const creditsBelow = new Map<number, HeadingCredit>();
  for (const [i, kind] of kinds) {
    if (kind === 'heading') continue;
    const after = startsAfter(i + 1);
    const before = ends.has(i - 1);
    // "5. “Come and lay hold on him…”⏎   - Jem Rodney⏎6. “I'll tell my father…”": a list item nested
    // under the one above is that item's, whatever the page does elsewhere.
    const b = blocks[i]!;
    const prev = blocks[i - 1];
    const nestedUnder = b.kind === 'list-item' && prev?.kind === 'list-item' && b.level > prev.level;
    // "“Now try.”⏎- Alec d'Urberville": a dash before the name is the quote list's credit of the line
    // above, never a heading over the next one, whatever the page's other name lines do.
    const dashed = DASH_LINE.test(text.slice(b.span.start, b.content.end));
    // "“…”⏎— Jim⏎Jim's great speech to the mutineers.⏎“Of all the beggar-men…”": a sentence right
    // under the quotation's dash credit is that item's gloss, no heading over the next one (probe
    // round AF216: the next, uncredited line credited to Jim).
    const beforeBlock = blocks[i - 1];
    const glossUnderCredit =
      beforeBlock !== undefined &&
      ends.has(i - 2) &&
      DASH_LINE.test(text.slice(beforeBlock.span.start, beforeBlock.content.end)) &&
      /[.!]$/.test(text.slice(b.content.start, b.content.end).trim());
    if (glossUnderCredit) {
      kinds.delete(i);
      credits.delete(i);
      continue;
    }
    // "3. Laura Lyons" over a section of prose: a numbered line opens an entry, never credits the
    // quotation that ends the entry above it (probe round AF246: "her “brother”" two lines above was
    // reported as a line of Laura Lyons').
    const numbered = NUMBERED_LINE.test(text.slice(b.span.start, b.content.end));
    const goesBelow =
      before &&
      !numbered &&
      (!after || nestedUnder || dashed || (kind === 'line' ? below >= above && below > 0 : below > above));
    if (goesBelow) {
      const c = credits.get(i);
      if (c) creditsBelow.set(i - 1, { ...c, ruleId: 'credit/heading-above' });
      kinds.delete(i);
      credits.delete(i);
    }
  }

  // A bare name line that credits nothing below it and stands above no quotation is just a short paragraph.
  for (const [i, kind] of [...kinds]) {
    if (kind === 'line' && !startsAfter(i + 1)) {
      kinds.delete(i);
      credits.delete(i);
    }
  }

  // The credit heading in force at each block: a stack of open sections. A Markdown heading's section
  // runs to the next heading of its level or higher; a bold line's or a name line's only over the
  // quotations right below it (the first paragraph of prose ends it).
  const inForce: (HeadingCredit | null)[] = new Array(blocks.length).fill(null);
  const stack: { level: number; credit: HeadingCredit | null }[] = [];
  for (const [i, b] of blocks.entries()) {
    if (!kinds.has(i) && !starts.has(i) && !direction(i)) {
      while (stack.length > 0 && stack[stack.length - 1]!.level === LINE_LEVEL) stack.pop();
    }
    let current: HeadingCredit | null = null;
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]!.credit) {
        current = stack[k]!.credit;
        break;
      }
    }
    inForce[i] = current;
    const kind = kinds.get(i);
    if (!kind) continue;
    const level = kind === 'heading' ? b.level : LINE_LEVEL;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    stack.push({ level, credit: credits.get(i) ?? null });
  }

  const indexOf = new Map<ReviewBlock, number>(blocks.map((b, i) => [b, i]));
  const { cells, tables } = speakerCells(doc);
  const key = findAnswerKey(doc);
  return {
    answerKeyFor: (block) => key?.answerFor(block) ?? null,
    speakerCellFor: (block) => cells.get(block) ?? null,
    inSpeakerTable: (block) => tables.has(block),
    headingCreditFor: (block) => {
      const i = indexOf.get(block);
      return i === undefined ? null : (inForce[i] ?? null);
    },
    nameLineAfter: (block) => {
      const i = indexOf.get(block);
      return i === undefined ? null : (creditsBelow.get(i) ?? null);
    },
    isHeadingLike: (block) => {
      const i = indexOf.get(block);
      return i !== undefined && kinds.has(i);
    },
  };
}
