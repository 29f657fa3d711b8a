import type { Span } from '../../book/span.js';
import type { ReviewDocument } from '../review/document.js';
import type { ReviewWarning, SetOff } from '../types.js';
import { type Unit, unitsOf } from './blocks.js';
import { isCitationOnly, readsAsSpeech } from './frame.js';
import { scanMarks } from './marks.js';
import { runInSegments, type Segment } from './runin.js';
import { isTagOnly, joinSplit, type Piece } from './split.js';
import type { ExtractBook, ExtractedQuote, Extraction, ExtractOptions } from './types.js';
import {
  type BookEvidence,
  bookEvidence,
  isBookPassageWithDialogue,
  isBookWords,
  outsideIsBookLike,
} from './unmarked.js';

/**
 * Stage 1 of the check, extract: every quotation in a review, however the writer set it off, each
 * reported once with its place. Composed of small readers:
 *
 * - blocks.ts   the review as units (block quote, list item, table cell, own paragraph, dialogue line)
 *               with their frame (`Nancy:` prefix, `Quote:` label, `— Emma` credit) and their runs;
 * - marks.ts    quote marks of every style, nested, apostrophes told apart;
 * - split.ts    one quotation in parts around a tag, two quotations side by side;
 * - unmarked.ts words with no marks that are the book's own (with the book at hand);
 * - here        the decision per unit and per run, multi-paragraph quotations, warnings.
 */

export type { ExtractBook, ExtractedQuote, Extraction, ExtractOptions } from './types.js';

/**
 * In a run of set-off units (a list, a table column, dialogue lines), the share that must be
 * quotations by their own evidence (marks around the whole item, or the book's words) for the rest
 * to count as quotations too (a film line in a list of the book's lines is reported as not found, not
 * dropped). Half: a list of plot points or characters has none or one such item; a list of quotations
 * with a few misquotes and film lines has most.
 */
export const RUN_SHARE = 0.5;

/** A review whose paragraphs are (nearly) all indented or block-quoted sets nothing off by it. */
const ALL_BLOCK_QUOTES_SHARE = 0.9;
const ALL_BLOCK_QUOTES_MIN = 3;

interface OwnedPiece extends Piece {
  /** The unit where the piece starts. */
  unit: number;
  /** The warning to give if the piece is reported as a marked quotation (an unclosed mark). */
  warning: ReviewWarning | null;
}

type Decision =
  | { kind: 'pieces'; setOff: SetOff }
  | { kind: 'whole'; setOff: SetOff; ruleId: string }
  | { kind: 'segments'; segments: Segment[] }
  | { kind: 'pending' }
  | { kind: 'none' };

function setOffOf(u: Unit): SetOff | null {
  if (u.prefix) return 'screenplay';
  if (u.container === 'block-quote' || u.container === 'list-item' || u.container === 'table-cell')
    return u.container;
  return null;
}

/**
 * The unit's words are all inside marks: outside them only punctuation, and speech tags between or
 * after the marked parts (the book's "said Ruth" copied with its lines). Words before the first mark
 * ("Tommy tells Ruth, “…”") are the writer's own: that is prose with a quotation in it.
 */
function covered(text: string, body: Span, pieces: readonly Piece[]): boolean {
  let at = body.start;
  let first = true;
  for (const p of pieces) {
    if (p.outer.end <= body.start || p.outer.start >= body.end) continue;
    const gap = text.slice(at, p.outer.start);
    if (/[\p{L}\p{N}]/u.test(gap) && (first || !isTagOnly(gap))) return false;
    first = false;
    at = Math.max(at, p.outer.end);
  }
  if (first) return false;
  const rest = text.slice(at, body.end);
  return !/[\p{L}\p{N}]/u.test(rest) || isTagOnly(rest);
}

/** The stretches of the body outside the marked pieces (in order). */
function outsideOf(body: Span, pieces: readonly Piece[]): Span[] {
  const out: Span[] = [];
  let at = body.start;
  for (const p of pieces) {
    if (p.outer.start > at) out.push({ start: at, end: Math.min(p.outer.start, body.end) });
    at = Math.max(at, p.outer.end);
  }
  if (at < body.end) out.push({ start: at, end: body.end });
  return out;
}

function countWords(text: string, spans: readonly Span[]): number {
  let n = 0;
  for (const s of spans) n += (text.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return n;
}

function unclosedWarning(doc: ReviewDocument, at: number, mark: string, paragraphs: number): ReviewWarning {
  return {
    ruleId: 'quote/unbalanced',
    reason:
      paragraphs > 1
        ? `the opening ${mark} is never closed over ${paragraphs} paragraphs; the quotation is taken to run to the end of the last one`
        : `the opening ${mark} is never closed in its paragraph; the quotation is taken to run to the end of the paragraph`,
    severity: 'warning',
    span: { start: at, end: at + mark.length },
    line: doc.lineAt(at),
  };
}

/** The marked quotations of every unit, split quotations joined and multi-paragraph quotations chained. */
function markedPieces(
  doc: ReviewDocument,
  units: readonly Unit[],
): { pieces: OwnedPiece[]; stray: Map<number, ReviewWarning[]> } {
  const text = doc.text;
  const pieces: OwnedPiece[] = [];
  const stray = new Map<number, ReviewWarning[]>();
  let chain: OwnedPiece | null = null;
  let chainParagraphs = 0;
  let chainMark = '';
  const endChain = () => {
    if (chain?.unbalanced)
      chain.warning = unclosedWarning(doc, chain.outer.start, chainMark, chainParagraphs);
    chain = null;
  };
  for (const [ui, u] of units.entries()) {
    for (const para of u.paragraphs) {
      const scan = scanMarks(text, para);
      for (const s of scan.stray) {
        const list = stray.get(ui) ?? [];
        list.push({
          ruleId: 'quote/unbalanced',
          reason: `a closing ${s.mark} has no opening quote mark before it`,
          severity: 'warning',
          span: s.span,
          line: doc.lineAt(s.span.start),
        });
        stray.set(ui, list);
      }
      const joined = joinSplit(text, scan.quotes, para.end);
      let k = 0;
      // A quotation over several paragraphs: each paragraph opens with a mark, only the last closes.
      const first = joined[0];
      const opensHere = first !== undefined && text.slice(para.start, first.outer.start).trim().length === 0;
      if (chain) {
        const open: OwnedPiece = chain;
        if (opensHere && first) {
          open.between.push({ start: open.parts[open.parts.length - 1]!.end, end: first.parts[0]!.start });
          open.parts.push(...first.parts);
          open.between.push(...first.between);
          open.outer = { start: open.outer.start, end: first.outer.end };
          open.unbalanced = first.unbalanced;
          chainParagraphs++;
          k = 1;
          if (!first.unbalanced) chain = null;
        } else endChain();
      }
      for (; k < joined.length; k++) {
        const p = joined[k]!;
        const owned: OwnedPiece = { ...p, unit: ui, warning: null };
        pieces.push(owned);
        if (p.unbalanced) {
          chain = owned;
          chainParagraphs = 1;
          chainMark = text.slice(p.outer.start, p.parts[0]!.start);
        }
      }
    }
  }
  endChain();
  return { pieces, stray };
}

/** A heading or an introduction ending in a colon that says quotations follow. */
const QUOTATIONS_CUE = /\b(?:quotes?|quotations?|lines|sayings|passages|excerpts|extracts|words of)\b/i;

/**
 * Is a list (or dialogue) introduced as quotations ("## Favourite quotes", "Some lines worth
 * knowing:")? Then its items are quotations whether or not the book has them.
 */
function introducedAsQuotations(doc: ReviewDocument, first: Unit): boolean {
  const before = doc.blocks[first.blockIndex - 1];
  if (!before || (before.kind !== 'heading' && before.kind !== 'paragraph')) return false;
  const s = doc.text.slice(before.content.start, before.content.end);
  if (before.kind === 'paragraph' && !/:\s*$/.test(s)) return false;
  return QUOTATIONS_CUE.test(s);
}

/** A name or a title alone ("Sir Walter Elliot", "The White Rabbit"): the book has it, but it is no quotation. */
function isNameOnly(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length > 5 || /[!?;,]|\.$/.test(s.trim().replace(/\b(?:Mr|Mrs|Ms|Dr|St|Rev|Col|Capt)\.$/, '')))
    return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|de|van|von|du|la|le|and)$/.test(w));
}

/** Memoised book evidence for a stretch of the review (a run decision may ask twice). */
function evidenceOf(
  text: string,
  book: ExtractBook,
  cache: Map<string, BookEvidence>,
  span: Span,
): BookEvidence {
  const key = `${span.start}:${span.end}`;
  let e = cache.get(key);
  if (!e) {
    e = bookEvidence(text, [span], book);
    cache.set(key, e);
  }
  return e;
}

/**
 * Are (nearly) all the review's paragraphs block quotes (every paragraph indented, every paragraph
 * under `>`)? Then indenting sets nothing off, unless most of them are the book's words.
 */
function blockQuotesAreParagraphs(
  doc: ReviewDocument,
  book: ExtractBook | null,
  cache: Map<string, BookEvidence>,
): boolean {
  const body = doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'block-quote');
  const quotes = body.filter((b) => b.kind === 'block-quote');
  if (quotes.length < ALL_BLOCK_QUOTES_MIN || quotes.length < ALL_BLOCK_QUOTES_SHARE * body.length)
    return false;
  if (!book) return true;
  const aligned = quotes.filter((b) => isBookWords(evidenceOf(doc.text, book, cache, b.content))).length;
  return aligned < quotes.length * RUN_SHARE;
}

export function extractQuotations(doc: ReviewDocument, options: ExtractOptions = {}): Extraction {
  const text = doc.text;
  const book = options.book ?? null;
  const warnings: ReviewWarning[] = [];
  const cache = new Map<string, BookEvidence>();
  const asParagraphs = blockQuotesAreParagraphs(doc, book, cache);
  if (asParagraphs) {
    warnings.push({
      ruleId: 'review/all-block-quotes',
      reason:
        'every paragraph of the review is indented or block-quoted, so they are read as ordinary paragraphs: only the quotations in them are checked',
      severity: 'info',
      line: null,
    });
  }
  const units = unitsOf(doc, asParagraphs);
  const { pieces, stray } = markedPieces(doc, units);
  const byUnit = new Map<number, OwnedPiece[]>();
  for (const p of pieces) {
    const list = byUnit.get(p.unit) ?? [];
    list.push(p);
    byUnit.set(p.unit, list);
  }
  const evidence = (span: Span) => (book ? evidenceOf(text, book, cache, span) : null);

  // 1. Each unit on its own evidence. (Pieces and units are both in text order: one pass over both.)
  let first = 0;
  const decisions: Decision[] = units.map((u, ui) => {
    const own = byUnit.get(ui) ?? [];
    while (first < pieces.length && pieces[first]!.outer.end <= u.body.start) first++;
    const overlapping: OwnedPiece[] = [];
    for (let k = first; k < pieces.length && pieces[k]!.outer.start < u.body.end; k++) {
      if (pieces[k]!.outer.end > u.body.start) overlapping.push(pieces[k]!);
    }
    const setOff = setOffOf(u);
    if (u.container === 'heading')
      return own.length > 0 ? { kind: 'pieces', setOff: 'quote-marks' } : { kind: 'none' };
    if (overlapping.length > 0 && covered(text, u.body, overlapping)) {
      return { kind: 'pieces', setOff: setOff ?? 'quote-marks' };
    }
    const e = () => evidence(u.body);
    if (overlapping.length > 0) {
      // Marks inside, words outside them: a block quote is the quotation whole (the book's narration
      // and dialogue together); elsewhere only the book's passage copied nearly word for word is.
      if (u.container === 'block-quote')
        return { kind: 'whole', setOff: 'block-quote', ruleId: 'extract/block-quote' };
      const outside = outsideOf(u.body, overlapping);
      const outsideWords = countWords(text, outside);
      const whole = book && outsideWords >= 4 && outsideIsBookLike(text, outside, book) ? e() : null;
      if (whole && isBookPassageWithDialogue(whole, outsideWords)) {
        return { kind: 'whole', setOff: setOff ?? 'unmarked', ruleId: 'extract/unmarked-aligned' };
      }
      if (u.prefix)
        return book
          ? { kind: 'pending' }
          : { kind: 'whole', setOff: 'screenplay', ruleId: 'extract/screenplay' };
      return { kind: 'pieces', setOff: 'quote-marks' };
    }
    if (u.container === 'block-quote')
      return { kind: 'whole', setOff: 'block-quote', ruleId: 'extract/block-quote' };
    if (u.label) return { kind: 'whole', setOff: 'unmarked', ruleId: 'extract/labelled' };
    // A stray closing mark says the writer quoted here, however badly: the marks' reading (and its
    // warning) stands, and the words are not taken as unmarked.
    const broken = (stray.get(ui) ?? []).length > 0;
    // "Captain Wentworth's letter:" introduces what follows, even when the book has those words.
    const introduces = /:\s*$/.test(text.slice(u.body.start, u.body.end));
    const alone = broken || introduces || isNameOnly(text.slice(u.body.start, u.body.end)) ? null : e();
    if (alone && isBookWords(alone)) {
      return { kind: 'whole', setOff: setOff ?? 'unmarked', ruleId: 'extract/unmarked-aligned' };
    }
    if (u.prefix && !book) return { kind: 'whole', setOff: 'screenplay', ruleId: 'extract/screenplay' };
    // Quotations run together, parted by dashes: each its own, when at least two are the book's.
    if (book && u.container === 'paragraph' && !broken && !u.prefix && !u.label) {
      const segments = runInSegments(text, u.body);
      if (segments.length >= 2) {
        const aligned = segments.filter((g) => isBookWords(evidenceOf(text, book, cache, g.span))).length;
        if (aligned >= 2 || aligned === segments.length) return { kind: 'segments', segments };
      }
    }
    // An own paragraph with a credit below or beside it ("— Lewis Carroll") is offered as a quotation,
    // found or not; a citation alone ("(Chapter 3)") may follow the writer's own summary.
    if (
      u.container === 'paragraph' &&
      !broken &&
      u.trailer &&
      !isCitationOnly(text.slice(u.trailer.start, u.trailer.end))
    ) {
      return { kind: 'whole', setOff: 'unmarked', ruleId: 'extract/credited' };
    }
    return setOff ? { kind: 'pending' } : { kind: 'none' };
  });

  // 2. Runs: in a list (table column, dialogue) of quotations, the rest are quotations too. An item
  // that is the writer's prose with a marked quotation in it is neither.
  const isProseWithMarks = (ui: number) => {
    const d = decisions[ui]!;
    return d.kind === 'pieces' && d.setOff === 'quote-marks';
  };
  const runs = new Map<number, number[]>();
  units.forEach((u, ui) => {
    if (u.run < 0) return;
    const list = runs.get(u.run) ?? [];
    list.push(ui);
    runs.set(u.run, list);
  });
  for (let members of runs.values()) {
    // A table's header row ("Quote | Speaker") is named by its column, never a quotation by it.
    members = members.filter((ui) => !units[ui]!.header || decisions[ui]!.kind !== 'pending');
    const quotes = members.filter(
      (ui) => decisions[ui]!.kind !== 'pending' && decisions[ui]!.kind !== 'none' && !isProseWithMarks(ui),
    ).length;
    const pending = members.filter((ui) => decisions[ui]!.kind === 'pending').length;
    const judged = quotes + pending;
    const byEvidence = members.length >= 2 && judged > 0 && quotes >= RUN_SHARE * judged && quotes > 0;
    // Introduced as quotations: a short list is taken at its word; a long one needs one item that
    // is the book's (a "Key quotes" heading over a list of analysis points is not a quote list).
    const cued =
      members.length > 0 && (quotes > 0 || pending <= 2) && introducedAsQuotations(doc, units[members[0]!]!);
    const isList = byEvidence || cued;
    for (const ui of members) {
      if (decisions[ui]!.kind !== 'pending') continue;
      const u = units[ui]!;
      if (isList) {
        decisions[ui] = {
          kind: 'whole',
          setOff: setOffOf(u) ?? 'unmarked',
          ruleId: u.prefix ? 'extract/dialogue-run' : 'extract/quote-list',
        };
      }
    }
  }
  // What is still pending stands alone: a script's own convention ([Cohn:], NAME:) or a line that
  // reads as the named person speaking is a quotation (a film's line the book does not have);
  // otherwise marked words in it are, and an unmarked line is prose ("Ruth: a woman who…").
  decisions.forEach((d, ui) => {
    if (d.kind !== 'pending') return;
    const u = units[ui]!;
    const speech = u.prefix !== null && readsAsSpeech(text.slice(u.body.start, u.body.end));
    if (u.prefix?.strong || speech)
      decisions[ui] = { kind: 'whole', setOff: 'screenplay', ruleId: 'extract/screenplay' };
    else if ((byUnit.get(ui) ?? []).length > 0) decisions[ui] = { kind: 'pieces', setOff: 'quote-marks' };
    else decisions[ui] = { kind: 'none' };
  });

  // 3. The quotations, in order.
  const quotes: ExtractedQuote[] = [];
  units.forEach((u, ui) => {
    const d = decisions[ui]!;
    if (d.kind === 'whole') {
      quotes.push({
        parts: [u.body],
        between: [],
        outer: u.body,
        block: true,
        setOff: d.setOff,
        line: doc.lineAt(u.body.start),
        unbalanced: false,
        ruleId: d.ruleId,
        prefix: u.prefix?.speaker ?? null,
        trailer: u.trailer,
      });
      return;
    }
    if (d.kind === 'segments') {
      d.segments.forEach((g, k) => {
        quotes.push({
          parts: [g.span],
          between: [],
          outer: g.span,
          block: true,
          setOff: 'unmarked',
          line: doc.lineAt(g.span.start),
          unbalanced: false,
          ruleId: 'extract/run-in',
          prefix: null,
          trailer: g.trailer ?? (k === d.segments.length - 1 ? u.trailer : null),
        });
      });
      return;
    }
    warnings.push(...(stray.get(ui) ?? []));
    if (d.kind !== 'pieces') return;
    const own = byUnit.get(ui) ?? [];
    own.forEach((p, k) => {
      if (p.warning) warnings.push(p.warning);
      quotes.push({
        parts: p.parts,
        between: p.between,
        outer: p.outer,
        block: false,
        setOff: d.setOff,
        line: doc.lineAt(p.parts[0]!.start),
        unbalanced: p.unbalanced,
        ruleId: d.setOff === 'quote-marks' ? 'extract/quote-marks' : `extract/quote-marks-${d.setOff}`,
        prefix: k === 0 ? (u.prefix?.speaker ?? null) : null,
        trailer: k === own.length - 1 ? u.trailer : null,
      });
    });
  });
  quotes.sort((a, b) => a.outer.start - b.outer.start);
  warnings.sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1));
  return { quotes, warnings };
}

/**
 * The quotation as written: its parts without quote marks (and a block's `>` markers at line
 * starts), joined by a space.
 */
export function quoteText(text: string, parts: readonly Span[], block: boolean): string {
  const pieces = parts.map((p) => {
    const s = text.slice(p.start, p.end).replace(/\n[ \t]*(?:>[ \t]?)+/g, '\n');
    return block
      ? s
          .split('\n')
          .map((l) => l.trim())
          .join('\n')
          .trim()
      : s.replace(/\s+/g, ' ').trim();
  });
  return pieces.join(' ');
}
