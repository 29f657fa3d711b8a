import type { Span } from '../../book/span.js';
import { abbreviatedTitleAlternation } from '../../lexicon.js';
import { LETTERS } from '../../text/letters.js';
import type { Cast } from '../attribute/cast.js';
import { isUsedAsNoun } from '../classify.js';
import type { ExtractedQuote } from '../extract/index.js';
import type { ReviewBlock, ReviewDocument } from '../review/document.js';
import { TIME_CODE } from '../review/time-code.js';
import type { Credit } from '../types.js';
import type { PageLayout } from './page.js';

/**
 * Where a quotation stands in the review, as the credit rules read it: the writer's words just
 * before and after it, the block it is in, the block after it, and the page's layout (headings,
 * name lines). Built once per quotation so that every rule reads the same neighbourhood and stays a
 * pure function of it. Every segment keeps its offset into the review text, so a rule can say where
 * the name it read stands.
 */

export interface CreditContext {
  /** The novel's author as the book gives it ("Jane Austen"), or null: a credit to them is not a speaker. */
  bookAuthor: string | null;
  /** The novel's title, or null: "— Persuasion" cites the book, it credits nobody. */
  bookTitle?: string | null;
  /** The book's characters as readers name them (genders for pronouns, initials, what is a person). */
  cast: Cast;
}

/** A stretch of the review with its offset: `text === review.slice(start, start + text.length)`. */
export interface Segment {
  readonly text: string;
  readonly start: number;
}

export interface CreditSite {
  readonly text: string;
  readonly doc: ReviewDocument;
  readonly quote: ExtractedQuote;
  /** Where the next quotation starts (the review's end for the last): no credit is read past it. */
  readonly nextStart: number;
  /** The quotation before this one in the review, or null. */
  readonly previous: ExtractedQuote | null;
  /** The credit read for the quotation before, or null (a sentence may go on to a second verb of its subject). */
  readonly previousCredit: Credit | null;
  /** The block the quotation starts in (null between blocks). */
  readonly block: ReviewBlock | null;
  /**
   * The writer's words that introduce the quotation: its sentence up to the opening mark, or, for a
   * quotation that starts its block, the last sentence of the block before (back to the previous quotation).
   */
  readonly lead: Segment;
  /** True when the lead is in the quotation's own block (inline), false when it is the block before. */
  readonly leadInline: boolean;
  /** The lead runs into the quotation: it ends with ":", ",", a dash, or a word ("Ruth says “…”"). */
  readonly leadOpen: boolean;
  /**
   * The lead is the block right after the quotation before this one: a closed sentence there
   * ("Henry says this to Catherine.", "The speaker is Louisa.") is that quotation's gloss.
   */
  readonly leadFollowsQuote: boolean;
  /** From the start of the quotation's line (inside its block) to its first word: "Nancy: ", "- [Cohn:] ". */
  readonly linePrefix: Segment;
  /** The writer's words after the quotation, to the end of its block or the next quotation. */
  readonly trail: Segment;
  /** The quotation's sentence goes on after it ("…,” Tommy says"; "…?” asked Tommy"). */
  readonly continues: boolean;
  /** The block after the quotation's, up to the next quotation, when the quotation is last in its block. */
  readonly following: Segment | null;
  /** The quotation starts its block or line: not inside a sentence of the writer's prose. */
  readonly setApart: boolean;
  /** For a quotation in a run of set-apart quotations, the lead of the first of the run. */
  readonly runLead: Segment | null;
  readonly page: PageLayout;
  readonly ctx: CreditContext;
}

export function segment(text: string, start: number, end: number): Segment {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  // "Tess confronts her mother[^1]:", "**Jane** refuses him:": a note's marker or bold is no word of
  // the credit (blanked, offsets kept).
  const blank = (m: string) => ' '.repeat(m.length);
  // (and the italic marks wrapping a quotation, at the segment's ends: "refuses him: *“…”*")
  const slice = text.slice(s, e);
  return {
    text: (MAY_HOLD_MARKS.test(slice) ? slice.replace(MARKS_NO_WORD, blank) : slice)
      .replace(ITALIC_AT_END, blank)
      .replace(ITALIC_AT_START, blank),
    start: s,
  };
}
/**
 * Marks that are no word of a credit: footnote markers (Markdown's [^1], a numbered [12], superscript
 * digits), Markdown's bold around a name ("**St. John Rivers** proposes: *“…”*", as AI summaries
 * write), emoji and hashtags ("Estella said what she said 💅 “…”", "— Elizabeth Bennet 💕
 * #janeausten", as social posts write), and a citation in
 * parentheses before the colon or comma that leads into the words ("Elizabeth retorts (chapter 34):
 * “…”", "Darcy writes (p. 204), “…”").
 */
const MARKS_NO_WORD = new RegExp(
  String.raw`\[\^[\w-]{1,8}\]|\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|\*\*|__|(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D)+|(?<![${LETTERS}\p{N}&])#[${LETTERS}][${LETTERS}\p{N}_]*|\s\((?:(?:ch|chap|chapter|p|pp|pg|page|vol|book|act|scene|letter)\.?\s*)?[\dIVXLCivxlc]{1,6}(?:[.:,\u2013-]\s*\d{1,4})*\)(?=\s*[:,\u2014\u2013-])`,
  'gu',
);
/**
 * A character every match of MARKS_NO_WORD holds (its opening "[", "*", "_", "#", a superscript, the
 * "(" of a citation; an emoji: every Extended_Pictographic character but © and ® is U+203C or
 * above): most segments have none, and MARKS_NO_WORD scanned every one of them was ~2 ms of a check.
 */
const MAY_HOLD_MARKS = /[[*_#(\u00a9\u00ae\u00b9\u00b2\u00b3\u2070-\u2079\u203c-\u{10ffff}]|\u200d/u;
/** An italic mark opening a quotation at the lead's end ("refuses him: *“…”*"), or closing it at the trail's start. */
const ITALIC_AT_END = /(?<=\s)[*_]$/;
const ITALIC_AT_START = /^[*_](?=\s|$)/;

/**
 * A word whose full stop ends no sentence: a title, a citation word ("cf.", "ch.", "Ch.", "pp."), an
 * initial. ("Umslopogaas (Ch. XXII): “…”" was read from "XXII": probe round AF120.)
 */
const ABBREVIATION = new RegExp(
  `\\b(?:${abbreviatedTitleAlternation(true)}|[Vv]s|[Cc]f|[Cc]h|[Cc]hap|[Vv]ol|[Bb]k|[Pp]t|p|pp|[A-Z])\\.$`,
);

/** What may stand between a quotation and the writer's next sentence about it: marks, its dash credit. */
// (a list item's number too: an HTML list whose items hold a heading and a caption, "### “…”⏎⏎1.
// Hester's answer when…", probe round AF252: the caption credited the next item's line, contradicted)
const AFTER_A_QUOTE =
  /^[\s”"’'»)>*_\-•·]*(?:\d{1,3}[.)][ \t]+)?(?:[\u2014\u2013\u2015~][^.!?\n“”"]{1,80}[.!?]?\s*)?$/;

/**
 * A line break before a time-coded line, the time code included (a lead starts after it): each such
 * line is a moment of its own, a sentence even without a full stop before it.
 */
const TIME_CODE_LINE = new RegExp(`\\n[ \\t>]*${TIME_CODE}`, 'g');

/**
 * Offset in `chunk` where the sentence that `chunk` ends in starts (not fooled by "Mr." or "Dr.").
 * A full stop at the very end closes that sentence (`closedStays`, for leads: "Darcy says this.")
 * or, with `closedStays: false`, leaves an empty sentence after it.
 */
export function sentenceStart(chunk: string, closedStays = true): number {
  // (a header line ending on a colon, "Posted by veldtreader:", ends before the line under it)
  const re = new RegExp(`[.!?]["”’')]*\\s+|\\n[ \\t>]*\\n|:[ \\t]*\\n|${TIME_CODE_LINE.source}`, 'g');
  let start = 0;
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    if (m[0].startsWith('.') && ABBREVIATION.test(chunk.slice(Math.max(0, m.index - 5), m.index + 1)))
      continue;
    // A full stop at the very end closes the sentence the chunk ends in; it does not start another.
    if (closedStays && m.index + m[0].length >= chunk.length) continue;
    start = m.index + m[0].length;
  }
  return start;
}

/** Length of the first sentence of `s` (to its full stop, or a blank line). */
export function firstSentenceEnd(s: string): number {
  // (a line opening with a time code ends the sentence before it: TIME_CODE_LINE)
  const re = new RegExp(`[.!?](?=["”’')]*(?:\\s|$))|\\n[ \\t>]*\\n|\\n(?=[ \\t>]*${TIME_CODE})`, 'g');
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0] === '.' && ABBREVIATION.test(s.slice(Math.max(0, m.index - 5), m.index + 1))) continue;
    return m[0].startsWith('\n') ? m.index : m.index + 1;
  }
  return s.length;
}

const CLOSING_MARKS = /^[”"’'»]+/;
/**
 * How much of the writer's words before and after a quotation the rules read (characters): a credit
 * stands within a sentence of the quotation, and a sentence of ten thousand characters without a
 * full stop must not be searched ten thousand times.
 */
const MAX_LEAD = 400;
const MAX_AFTER = 600;

export interface SiteInput {
  doc: ReviewDocument;
  quotes: readonly ExtractedQuote[];
  index: number;
  blockIndex: ReadonlyMap<ReviewBlock, number>;
  page: PageLayout;
  ctx: CreditContext;
  /** The credit read for the quotation before (readCredits reads them in order). */
  previousCredit?: Credit | null;
}

function blockOf(doc: ReviewDocument, offset: number): { block: ReviewBlock | null; at: number } {
  let lo = 0;
  let hi = doc.blocks.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (doc.blocks[mid]!.span.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const b = best >= 0 ? doc.blocks[best]! : null;
  return b && offset < b.span.end ? { block: b, at: best } : { block: null, at: best };
}

/** classify.ts's isUsedAsNoun for a quotation of the review. */
function usedAsNoun(text: string, q: { parts: readonly Span[]; outer: Span }): boolean {
  if (q.parts.length !== 1) return false;
  const words = text.slice(q.parts[0]!.start, q.parts[0]!.end);
  return isUsedAsNoun(
    text.slice(Math.max(0, q.outer.start - 8), q.outer.start),
    words,
    text.slice(q.outer.end, q.outer.end + 4),
  );
}

/** The segment with the quote marks around `q`'s words blanked (offsets kept). */
function withoutMarksOf(seg: Segment, q: { parts: readonly Span[]; outer: Span }): Segment {
  const blankIn = (text: string, from: number, to: number): string => {
    const a = Math.max(0, from - seg.start);
    const b = Math.min(text.length, to - seg.start);
    return b > a ? text.slice(0, a) + ' '.repeat(b - a) + text.slice(b) : text;
  };
  const part = q.parts[0]!;
  const text = blankIn(blankIn(seg.text, q.outer.start, part.start), part.end, q.outer.end);
  return { start: seg.start, text };
}

/** The neighbourhood of quotation `index` (see CreditSite). */
export function buildSite(input: SiteInput): CreditSite {
  const { doc, quotes, index, page, ctx } = input;
  const text = doc.text;
  const q = quotes[index]!;
  // (a word before that the writer's sentence uses as a noun ends no lead: "Jane teases her maid
  // about the “angel” who saved them:" leads into the block quotation below; probe round AF295)
  let before = index - 1;
  while (before >= 0 && usedAsNoun(text, quotes[before]!)) before--;
  const prevEnd = before >= 0 ? quotes[before]!.outer.end : 0;
  const nextStart = quotes[index + 1]?.outer.start ?? text.length;
  const firstPart = q.parts[0]!;
  const lastPart = q.parts[q.parts.length - 1]!;
  const { block, at: blockAt } = blockOf(doc, q.outer.start);
  const blockStart = block ? block.content.start : q.outer.start;
  const blockEnd = block ? block.content.end : q.outer.end;

  // Before: the quotation's own block, back to the previous quotation.
  const from = Math.max(prevEnd, Math.min(blockStart, q.outer.start));
  const inBlock = text.slice(from, q.outer.start);
  const startsBlock = /^[\s>*_\-•·]*(?:\d{1,3}[.)][*_]*\s+)?$/.test(inBlock);
  let lead: Segment;
  let leadInline: boolean;
  let leadOpen: boolean;
  if (!startsBlock) {
    const s = sentenceStart(inBlock);
    lead = segment(text, Math.max(from + s, q.outer.start - MAX_LEAD), q.outer.start);
    leadInline = true;
    leadOpen = !/[.!?;]["”’')]*\s*$/.test(inBlock) || /:\s*$/.test(inBlock);
  } else {
    const prev =
      blockAt > 0 && block ? doc.blocks[blockAt - 1]! : block ? null : (doc.blocks[blockAt] ?? null);
    if (prev && prev.content.end > prevEnd) {
      const pFrom = Math.max(prevEnd, prev.content.start);
      const chunk = text.slice(pFrom, prev.content.end);
      const s = pFrom + sentenceStart(chunk.trimEnd());
      lead = segment(text, Math.max(s, prev.content.end - MAX_LEAD), prev.content.end);
      leadOpen = /[:,\u2014\u2013…-]\s*$/.test(chunk);
    } else {
      lead = segment(text, q.outer.start, q.outer.start);
      leadOpen = false;
    }
    leadInline = false;
  }

  // …and its marks are no marks in the lead: the writer's sentence reads on through it.
  for (let k = before + 1; k < index; k++) lead = withoutMarksOf(lead, quotes[k]!);

  // The line the quotation starts on, up to its first word (for "Nancy: …" prefixes). When the
  // extract stage kept a prefix inside the quotation's outer span, it still ends at the first word.
  const lineFrom = Math.max(prevEnd, blockStart, text.lastIndexOf('\n', firstPart.start - 1) + 1);
  const wordsBeforeParts = /\p{L}/u.test(text.slice(q.outer.start, firstPart.start));
  const prefixEnd = Math.max(lineFrom, q.block || wordsBeforeParts ? firstPart.start : q.outer.start);
  const linePrefix = segment(
    text,
    lineFrom,
    lineFrom + text.slice(lineFrom, prefixEnd).replace(/[“"‘'«„\s]+$/, '').length,
  );

  // After: from the end of the quoted words, past the closing mark, to the block's end or the next
  // quotation (a credit the extract stage left outside the words but inside the outer span included).
  const close = CLOSING_MARKS.exec(text.slice(lastPart.end, lastPart.end + 3));
  const trailStart = close ? lastPart.end + close[0].length : lastPart.end;
  const trailEnd = Math.max(
    trailStart,
    Math.min(nextStart, Math.max(blockEnd, q.outer.end), trailStart + MAX_AFTER),
  );
  const trail = segment(text, trailStart, trailEnd);

  const inner = text.slice(lastPart.start, lastPart.end).trimEnd();
  const continues =
    !q.block &&
    (/^\s*[,\u2014\u2013]/.test(trail.text) || /[,\u2014\u2013]$/.test(inner) || /[!?]$/.test(inner));

  // The block after, when the quotation is the last thing of substance in its block.
  let following: Segment | null = null;
  const trailWords = trail.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  let nextAt = blockAt + 1;
  // "Explanation and Analysis:", "Explanation for Quotation 1 >>": a label between a quotation and
  // the comment on it (study guides set one there) is not the comment; the block after it is.
  while (
    doc.blocks[nextAt + 1] &&
    doc.blocks[nextAt + 1]!.content.start < nextStart &&
    isLabel(text.slice(doc.blocks[nextAt]!.content.start, doc.blocks[nextAt]!.content.end))
  )
    nextAt++;
  const next = doc.blocks[nextAt];
  if (next && trailWords <= 8 && next.content.start < nextStart) {
    following = segment(
      text,
      next.content.start,
      Math.min(next.content.end, nextStart, next.content.start + MAX_AFTER),
    );
  }

  // A "Name:" prefix alone before it on its line sets a quotation apart as much as a block does.
  // After another quotation on the line only a name does ("Alice: “…” Hatter: “…”"): "…” The
  // dark-haired sister faces him: “…”" is the writer's sentence, and the section's heading above
  // ("## 8. Magua's demand") no credit of the words after it (probe round C4).
  const afterQuote = lineFrom === prevEnd && lineFrom > blockStart;
  const prefixed =
    /^[^.!?“”"]{1,60}:\s*(?:\*\*|__)?\]?\s*$/.test(linePrefix.text) &&
    (!afterQuote || /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\s*:/u.test(linePrefix.text));
  const setApart = q.block || q.setOff !== 'quote-marks' || startsBlock || prefixed;

  // A run of set-apart quotations: the lead of the first one ("Both are spoken by Lizzie:").
  let runLead: Segment | null = null;
  if (startsBlock && !lead.text.trim()) {
    let k = index;
    while (k > 0) {
      const prevQ = quotes[k - 1]!;
      const between = text.slice(prevQ.outer.end, quotes[k]!.outer.start);
      if (!/^[\s>*_\-•·\d.)”"’']*$/.test(between)) break;
      k--;
    }
    if (k < index) {
      const first = buildSite({ ...input, index: k });
      // (not a lead inside the first one's own paragraph when this one stands in a block of its own:
      // "Her cousin Edith is all sympathy: “…”" or "These lines were uttered by Stephen: “…”", then a
      // block quote, are two quotations, the second no more Edith's or Stephen's; probe round AF74)
      const ownParagraphOnly = first.leadInline && first.block !== block;
      if (!ownParagraphOnly && (first.leadOpen || /\b(?:both|these|following|all)\b/i.test(first.lead.text)))
        runLead = first.lead;
    }
  }

  const previous = index > 0 ? quotes[index - 1]! : null;
  // (after its closing mark, or after its own dash credit: "“…” — Ray Kennedy to Giddy. Ray's simple
  // philosophy." glosses Ray's line, not the next item's)
  const leadFollowsQuote =
    !leadInline &&
    previous !== null &&
    lead.text.length > 0 &&
    AFTER_A_QUOTE.test(text.slice(previous.outer.end, Math.max(previous.outer.end, lead.start)));

  return {
    text,
    doc,
    quote: q,
    leadFollowsQuote,
    nextStart,
    previous: index > 0 ? quotes[index - 1]! : null,
    previousCredit: input.previousCredit ?? null,
    block,
    lead,
    leadInline,
    leadOpen,
    linePrefix,
    trail,
    continues,
    following,
    setApart,
    runLead,
    page,
    ctx,
  };
}

/** A label line: a few words ending in a colon or an arrow, no sentence ("Explanation and Analysis:", "Analysis >>"). */
const LABEL = /^[\s*_]*[^.!?“”"\n]{1,60}?\s*(?::|>>|»|→)[\s*_]*$/;
const LABEL_MAX_WORDS = 6;
/**
 * A study guide's own heading for its comment on a quotation: "Explanation", "Analysis and
 * Commentary", "Explanation for Quotation 1" (the gloss rules read past it, rules/gloss.ts).
 */
export const COMMENT_LABEL = `(?:Explanation|Analysis|Commentary|Context|Meaning|Significance|Interpretation|Discussion|Notes?)\\b(?:\\s+(?:and|&)\\s+[${LETTERS}]+)?(?:\\s+(?:for|of)\\s+(?:the\\s+)?(?:Quotation|Quote|Passage|Line)s?\\s*(?:#|No\\.?)?\\s*\\d*)?`;
/** …or a bold line or heading of a study guide's own words, with no colon: "**Explanation for Quotation 1**", "Analysis". */
const COMMENT_HEADING = new RegExp(`^[\\s*_#]*${COMMENT_LABEL}[\\s*_]*$`, 'iu');
function isLabel(block: string): boolean {
  return (
    (LABEL.test(block) || COMMENT_HEADING.test(block)) &&
    block.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= LABEL_MAX_WORDS
  );
}

/** The span of a regular-expression group inside a segment (the `d` flag's indices). */
export function groupSpan(seg: Segment, m: RegExpExecArray, group: number): Span | null {
  const ix = m.indices?.[group];
  if (!ix) return null;
  return { start: seg.start + ix[0], end: seg.start + ix[1] };
}
