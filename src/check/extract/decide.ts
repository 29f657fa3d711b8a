import type { Span } from '../../book/span.js';
import { creditVerbAlternation, isPresentCreditVerb } from '../../lexicon.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { UPPERS } from '../../text/letters.js';
import type { ReviewDocument } from '../review/document.js';
import type { ReviewWarning, SetOff } from '../types.js';
import type { Unit } from './blocks.js';
import { creditLineUnder, isNameOnly } from './credit-lines.js';
import {
  afterContextLead,
  afterIntroducingLine,
  afterNameLine,
  readsAsSpeech,
  startsWithLabel,
} from './frame.js';
import {
  FORUM_POSTER,
  isDatedHeading,
  isDateline,
  isEmphasisHeading,
  isTitleLine,
  SIGN_OFF,
  SOCIAL_HANDLE,
} from './page-furniture.js';
import type { OwnedPiece } from './pieces.js';
import { runInSegments, type Segment } from './runin.js';
import { settleScriptLayout, WHOLE_SENTENCES } from './script-layout.js';
import { namesSpeakerOf } from './speaker-names.js';
import { isTagOnly, type Piece } from './split.js';
import { bracketedStranger, signedByStranger } from './strangers.js';
import { settleBesideQuoteColumn } from './table-columns.js';
import { isCitationOnly, isCreditSentence } from './trailer.js';
import type { ExtractBook } from './types.js';
import {
  type BookEvidence,
  bookEvidence,
  isBookPassageWithDialogue,
  isBookWords,
  outsideIsBookLike,
} from './unmarked.js';

/**
 * What each unit of the review holds: its marked quotations (`pieces`), the unit whole as one
 * quotation (`whole`: a block quote, a list item or a line that is the book's words, a script's
 * line), several quotations run together (`segments`), or none. First each unit on its own
 * evidence; then runs (a list, a table column, dialogue lines) settle the units with none.
 */

/**
 * In a run of set-off units (a list, a table column, dialogue lines), the share that must be
 * quotations by their own evidence (marks around the whole item, or the book's words) for the rest
 * to count as quotations too (a film line in a list of the book's lines is reported as not found, not
 * dropped). Half: a list of plot points or characters has none or one such item; a list of quotations
 * with a few misquotes and film lines has most.
 */
export const RUN_SHARE = 0.5;

export type Decision =
  | { kind: 'pieces'; setOff: SetOff }
  | {
      kind: 'whole';
      setOff: SetOff;
      ruleId: string;
      /** The words quoted, where not the unit's whole body (after a writer's lead: afterContextLead). */
      body?: Span;
    }
  | { kind: 'segments'; segments: Segment[] }
  | { kind: 'pending' }
  | { kind: 'none' };

export interface DecideContext {
  doc: ReviewDocument;
  units: readonly Unit[];
  book: ExtractBook | null;
  /** Book evidence already computed, by span. */
  cache: Map<string, BookEvidence>;
  /** Every marked piece, in text order. */
  pieces: readonly OwnedPiece[];
  /** The pieces that start in each unit. */
  byUnit: ReadonlyMap<number, OwnedPiece[]>;
  /** Closing marks with nothing open, by unit. */
  stray: ReadonlyMap<number, ReviewWarning[]>;
}

export function setOffOf(u: Unit): SetOff | null {
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

const CREDIT_INTRO = lazyRegExp(
  () =>
    new RegExp(
      `(?:\\b(?:${creditVerbAlternation()})\\b|\\b[Ff]rom\\s+[${UPPERS}]|\\bletter\\b|\\b[Hh]ere\\s+is\\b|${QUOTATIONS_CUE.source})`,
      'iu',
    ),
);

/**
 * Is the paragraph before an introduction that credits what follows ("From Lewis Carroll:", "The
 * narrator tells us:", "Darcy's letter to Elizabeth:")? A colon alone ("Three reasons stand out:")
 * introduces the writer's own words as often as a quotation: the credit or a word for quoting must be there.
 */
function creditIntroBefore(doc: ReviewDocument, u: Unit): boolean {
  const before = doc.blocks[u.blockIndex - 1];
  if (before?.kind !== 'paragraph' || u.span.start !== doc.blocks[u.blockIndex]!.content.start) return false;
  const s = doc.text.slice(before.content.start, before.content.end);
  if (!/:\s*$/.test(s)) return false;
  const sentence = s.slice(Math.max(0, s.search(/[^.!?]*:\s*$/)));
  return CREDIT_INTRO().test(sentence) && !FORUM_POSTER.test(sentence);
}

/**
 * "Tommy says, “…”" in a block quotation: the words around the marks are a tag of the writer's, in
 * the present tense a writer uses (a novel's own tags are in the past: "said Tommy").
 */
function writersTag(text: string, outside: readonly Span[], words: number): boolean {
  if (words < 2 || words > 5) return false;
  return outside.some((s) => (text.slice(s.start, s.end).match(/\p{L}+/gu) ?? []).some(isPresentCreditVerb));
}

/**
 * A pending list item whose trailer credits one of the book's people by name ("- Nor I
 * (Clotelle)", "- Something's wrong — Thea").
 */
function creditedItem(ctx: DecideContext, ui: number, decisions: readonly Decision[]): boolean {
  const u = ctx.units[ui]!;
  if (decisions[ui]!.kind !== 'pending' || u.container !== 'list-item' || !u.trailer || !ctx.book)
    return false;
  const m = /^\s*(?:\(\s*([^()]{1,40}?)\s*\)|(?:[—–―~]|-{1,2})\s*([^()\n]{1,40}?))\s*[.]?\s*$/.exec(
    ctx.doc.text.slice(u.trailer.start, u.trailer.end),
  );
  const name = m?.[1] ?? m?.[2];
  return name !== undefined && namesSpeakerOf(ctx.book)(name);
}

/** Memoised book evidence for a stretch of the review (a run decision may ask twice). */
export function evidenceOf(
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

/** A single line of the writer's ending on a colon: it introduces what follows. */
const INTRODUCES = /^[^\n“”"]{1,120}:\s*$/;

/** The rule of a unit quoted after the writer's short lead ("- To her father: No, papa, …"). */
const AFTER_LEAD = 'extract/after-lead';

/** One unit on its own evidence; `overlapping`: the marked pieces over its body. */
function decideUnit(ctx: DecideContext, ui: number, overlapping: readonly OwnedPiece[]): Decision {
  const { book } = ctx;
  const text = ctx.doc.text;
  const u = ctx.units[ui]!;
  const own = ctx.byUnit.get(ui) ?? [];
  const evidence = (span: Span) => (book ? evidenceOf(text, book, ctx.cache, span) : null);
  const setOff = setOffOf(u);
  if (u.container === 'heading')
    return own.length > 0 ? { kind: 'pieces', setOff: 'quote-marks' } : { kind: 'none' };
  if (overlapping.length > 0 && covered(text, u.body, overlapping)) {
    return { kind: 'pieces', setOff: setOff ?? 'quote-marks' };
  }
  if (overlapping.length === 0 && creditLineUnder(text, u, ctx.units[ui - 1])) return { kind: 'none' };
  const e = () => evidence(u.body);
  if (overlapping.length > 0) {
    // Marks inside, words outside them: a block quote is the quotation whole (the book's narration
    // and dialogue together); elsewhere only the book's passage copied nearly word for word is.
    const outside = outsideOf(u.body, overlapping);
    const outsideWords = countWords(text, outside);
    // A forum reply's quote of another post ("> I always thought it was Bingley who said “…”"): the
    // words around the marks are a writer's, not the book's, and only the marked words are quoted.
    if (u.container === 'block-quote') {
      const writers =
        book &&
        ((outsideWords >= 4 && !outsideIsBookLike(text, outside, book)) ||
          writersTag(text, outside, outsideWords));
      return writers
        ? { kind: 'pieces', setOff: 'quote-marks' }
        : { kind: 'whole', setOff: 'block-quote', ruleId: 'extract/block-quote' };
    }
    const whole = book && outsideWords >= 4 && outsideIsBookLike(text, outside, book) ? e() : null;
    if (whole && isBookPassageWithDialogue(whole, outsideWords)) {
      return { kind: 'whole', setOff: setOff ?? 'unmarked', ruleId: 'extract/unmarked-aligned' };
    }
    // "Sir Andrew: “It certainly seems incredible.” Me reading the twist: same.": marks opening the
    // line's words close on the speaker's; what follows them is the writer's.
    const opensWithMarks = /^[\s*_]*$/.test(text.slice(u.body.start, overlapping[0]!.outer.start));
    if (u.prefix && !opensWithMarks)
      return book
        ? { kind: 'pending' }
        : u.prefix.emphasis || !readsAsSpeech(outside.map((s) => text.slice(s.start, s.end)).join(' '))
          ? { kind: 'pieces', setOff: 'quote-marks' }
          : { kind: 'whole', setOff: 'screenplay', ruleId: 'extract/screenplay' };
    return { kind: 'pieces', setOff: u.prefix ? (setOff ?? 'quote-marks') : 'quote-marks' };
  }
  if (u.container === 'block-quote') {
    // "> **u/marchsister:** uh no that's jo lol": a forum's quote of another member's post is that
    // member's words, not the book's, unless they are the book's words after all.
    // So is a line that only introduces what follows ("sorais-lady reblogged this and added:",
    // "Jo says:"), or signs off a post ("-- quill_and_ink"), unless it is the book's own.
    const body = text.slice(u.body.start, u.body.end);
    if (
      book &&
      (SOCIAL_HANDLE.test(body) || SIGN_OFF.test(body) || INTRODUCES.test(body)) &&
      !isBookWords(e()!)
    )
      return { kind: 'none' };
    return { kind: 'whole', setOff: 'block-quote', ruleId: 'extract/block-quote' };
  }
  if (u.label) return { kind: 'whole', setOff: 'unmarked', ruleId: 'extract/labelled' };
  // A stray closing mark says the writer quoted here, however badly: the marks' reading (and its
  // warning) stands, and the words are not taken as unmarked.
  const broken = (ctx.stray.get(ui) ?? []).length > 0;
  // "Captain Wentworth's letter:" introduces what follows, even when the book has those words.
  const introduces = /:\s*$/.test(text.slice(u.body.start, u.body.end));
  // "Answer: Meg, looking down at her old dress.", "Context: Elizabeth, walking alone…": a line
  // under the writer's own label is the writer's, whatever words of the book it borrows (a
  // "Quote:" label was taken off the body before: u.label).
  const labelled = startsWithLabel(text, u.body);
  const alone =
    broken || introduces || labelled || isNameOnly(text.slice(u.body.start, u.body.end)) ? null : e();
  // The book's words after a lead of the writer's in the same unit:
  // - a short lead before a colon: "- To her father: No, papa, I was only measuring…", "- George, to
  //   the Major: That would be too bad" (probe round AE5: not reported), even where the line whole is
  //   nearly the book's ("- The schoolmistress: The sea keeps its own accounts");
  // - a line of the writer's ending on a colon, the words on the lines below it, under the writer's
  //   label or not ("Key theme: … As the narrator puts it:⏎He was above…");
  // - a speaker's name alone on the first line ("Miss Polly⏎why, you have brought us…").
  if (book && !u.prefix && !broken && !introduces && alone?.verdict !== 'verbatim') {
    const starts = new Set([
      labelled ? null : afterContextLead(text, u.body),
      afterIntroducingLine(text, u.body),
      afterNameLine(text, u.body, isNameOnly),
    ]);
    for (const start of starts) {
      if (start === null) continue;
      const body = { start, end: u.body.end };
      if (isBookWords(evidence(body)!))
        return { kind: 'whole', setOff: setOff ?? 'unmarked', ruleId: AFTER_LEAD, body };
    }
  }
  if (alone && isBookWords(alone)) {
    return { kind: 'whole', setOff: setOff ?? 'unmarked', ruleId: 'extract/unmarked-aligned' };
  }
  if (u.prefix && !book && !u.prefix.emphasis)
    return { kind: 'whole', setOff: 'screenplay', ruleId: 'extract/screenplay' };
  // Quotations run together, parted by dashes: each its own, when at least two are the book's.
  if (book && u.container === 'paragraph' && !broken && !u.prefix && !u.label) {
    const segments = runInSegments(text, u.body);
    if (segments.length >= 2) {
      const aligned = segments.filter((g) => isBookWords(evidenceOf(text, book, ctx.cache, g.span))).length;
      if (aligned >= 2 || aligned === segments.length) return { kind: 'segments', segments };
    }
  }
  // An own paragraph with a credit below or beside it ("— Lewis Carroll") is offered as a quotation,
  // found or not; a citation alone ("(Chapter 3)") may follow the writer's own summary.
  // (not under the writer's own label: a flashcard's "Answer: her sister (Bo)", probe round AA1; nor
  // capitalised words and numbers only, an essay's heading "Maria Lopez⏎English 202 — Final Essay",
  // probe round AF122: reported as the quotation "Maria Lopez English 202", credited to "Final")
  if (
    u.container === 'paragraph' &&
    !broken &&
    !labelled &&
    /(?:^|\s)[“"‘'(]?\p{Ll}/u.test(text.slice(u.body.start, u.body.end)) &&
    !isCreditSentence(text.slice(u.body.start, u.body.end)) &&
    u.trailer &&
    !isCitationOnly(text.slice(u.trailer.start, u.trailer.end)) &&
    !(book && bracketedStranger(text.slice(u.trailer.start, u.trailer.end), book)) &&
    !(
      book &&
      signedByStranger(
        text.slice(u.trailer.start, u.trailer.end),
        book,
        () => evidenceOf(text, book, ctx.cache, u.body).verdict === 'not_found',
      )
    ) &&
    !isTitleLine(ctx.doc, u) &&
    !isDatedHeading(ctx.doc, u)
  ) {
    return { kind: 'whole', setOff: 'unmarked', ruleId: 'extract/credited' };
  }
  // An own paragraph right after "From Lewis Carroll:", "Wentworth writes:", "Her letter to Anne:"
  // (not the date under a blog comment's "Joan P. says:"; nor a name and its colon over a block
  // quote, "Alice:", which heads the quotation below: probe round AF14, reported as one).
  if (
    u.container === 'paragraph' &&
    !broken &&
    !u.prefix &&
    !(introduces && ctx.units[ui + 1]?.container === 'block-quote') &&
    // (nor a name alone, "Rawdon", over a block quote: the speaker's, not words; probe round AF41)
    !(isNameOnly(text.slice(u.body.start, u.body.end)) && ctx.units[ui + 1]?.container === 'block-quote') &&
    !isEmphasisHeading(text.slice(u.body.start, u.body.end)) &&
    creditIntroBefore(ctx.doc, u) &&
    !isDateline(text.slice(u.body.start, u.body.end))
  ) {
    return { kind: 'whole', setOff: 'unmarked', ruleId: 'extract/introduced' };
  }
  // "7. When Mina types up Jonathan's journal, the Professor is overcome:" over a block quote: the
  // item leads into the quotation under it and is none itself, in a list of quotations or not
  // (probe round Z3).
  // So does "3. A short scene, as a script:" over a script's lines (probe round AF284: reported as a
  // quotation not found, in a plain-text list of quotations).
  const next = ctx.units[ui + 1];
  if (introduces && next && (next.container === 'block-quote' || next.prefix !== null))
    return { kind: 'none' };
  // "*Analysis:* Seegrave is sure of himself and wrong" under a list item: the writer's own label
  // opens it, so no list of quotations makes it one (probe round AF218: reported as a quotation
  // not found, its list counted as a quote list by the screenplay line and block quote beside it).
  if (labelled) return { kind: 'none' };
  return setOff ? { kind: 'pending' } : { kind: 'none' };
}

/** Runs: in a list (table column, dialogue) of quotations, the rest are quotations too. */
function decideRuns(ctx: DecideContext, decisions: Decision[]): void {
  const units = ctx.units;
  // An item that is the writer's prose with a marked quotation in it is neither.
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
    // Items of the writer's prose with a quotation in them are no quotations whole: a list of
    // podcast notes ("**[25:30]** Strether, refusing the cab: “…”") is the writer's, all of it.
    const judged = quotes + pending + members.filter(isProseWithMarks).length;
    // "- Nicholas! (Bessy)" under an item the book has: an item credited to one of the book's
    // people, too short to be found on its own, is a quotation too (probe rounds AE6, AE24).
    const credited = quotes > 0 ? members.filter((ui) => creditedItem(ctx, ui, decisions)).length : 0;
    const byEvidence =
      members.length >= 2 && judged > 0 && quotes + credited >= RUN_SHARE * judged && quotes > 0;
    // Introduced as quotations: a short list is taken at its word; a long one needs one item that
    // is the book's (a "Key quotes" heading over a list of analysis points is not a quote list).
    // (not a list whose items are the writer's prose with a quotation in it: "### Themes these quotes
    // illustrate" over "2. **Hypocrisy** – Uriah's “umble” act." lists themes, not quotations)
    const cued =
      members.length > 0 &&
      (quotes > 0 || pending <= 2) &&
      !members.some(isProseWithMarks) &&
      introducedAsQuotations(ctx.doc, units[members[0]!]!);
    const isList = byEvidence || cued;
    // A list whose items open on the writer's lead ("- To her father: No, papa, …"): the items the
    // book does not have are quoted after their lead too.
    const leads = members.some((ui) => {
      const d = decisions[ui]!;
      return d.kind === 'whole' && d.ruleId === AFTER_LEAD;
    });
    for (const ui of members) {
      if (decisions[ui]!.kind !== 'pending') continue;
      const u = units[ui]!;
      // "4. **Miss Havisham**" over a block quote: a name alone heads an item, it is none of the
      // list's quotations (probe round AA2: reported as a line the book has)
      if (!u.prefix && isNameOnly(ctx.doc.text.slice(u.body.start, u.body.end))) continue;
      if (isList) {
        const leadEnd = leads && !u.prefix && !u.label ? afterContextLead(ctx.doc.text, u.body) : null;
        decisions[ui] = {
          kind: 'whole',
          setOff: setOffOf(u) ?? 'unmarked',
          ruleId: u.prefix ? 'extract/dialogue-run' : 'extract/quote-list',
          ...(leadEnd !== null ? { body: { start: leadEnd, end: u.body.end } } : {}),
        };
      }
    }
  }
}

/** Lines under a speaker's name taken as quotations that make the page a script (settlePending). */
const SCRIPT_PAGE_LINES = 2;

function settlePending(ctx: DecideContext, decisions: Decision[]): void {
  const { units } = ctx;
  const text = ctx.doc.text;
  // A script's page: two lines under a speaker's name already taken as quotations make a pending
  // one of whole sentences a line of the script too, though its words do not read as speech
  // ("Madeline: Brother, the walls are listening.", an invented line of a reading script of The Fall
  // of the House of Usher, probe round AF270: left out of the report). Not "Ruth: a woman who…".
  const scriptLines = decisions.filter((d, ui) => units[ui]!.prefix && d.kind === 'whole').length;
  const scriptPage = scriptLines >= SCRIPT_PAGE_LINES;
  // What is still pending stands alone: a script's own convention ([Cohn:], NAME:) or a line that
  // reads as the named person speaking is a quotation (a film's line the book does not have);
  // otherwise marked words in it are, and an unmarked line is prose ("Ruth: a woman who…").
  decisions.forEach((d, ui) => {
    if (d.kind !== 'pending') return;
    const u = units[ui]!;
    // "BEN: And then Tommy says “Come home with me.”": the words outside the marks say whether the
    // line is the named person speaking; the marked words are someone else's.
    const own = ctx.byUnit.get(ui) ?? [];
    const outside = own.length > 0 ? outsideOf(u.body, own) : [u.body];
    const speech =
      u.prefix !== null && readsAsSpeech(outside.map((s) => text.slice(s.start, s.end)).join(' '));
    // (a script's NAME: before the writer's own words about someone else's marked line, "DEV: And
    // Tommy gives the speech: “Then go.”", is a transcript's speaker quoting: the marked words are the
    // quotation)
    const sentences =
      scriptPage && own.length === 0 && WHOLE_SENTENCES.test(text.slice(u.body.start, u.body.end));
    if (speech || sentences || (u.prefix?.strong && own.length === 0))
      decisions[ui] = { kind: 'whole', setOff: 'screenplay', ruleId: 'extract/screenplay' };
    else if (own.length > 0) decisions[ui] = { kind: 'pieces', setOff: 'quote-marks' };
    else decisions[ui] = { kind: 'none' };
  });
}

export function decide(ctx: DecideContext): Decision[] {
  // Pieces and units are both in text order: one pass over both finds each unit's pieces.
  let first = 0;
  const { pieces } = ctx;
  const decisions = ctx.units.map((u, ui) => {
    while (first < pieces.length && pieces[first]!.outer.end <= u.body.start) first++;
    const overlapping: OwnedPiece[] = [];
    for (let k = first; k < pieces.length && pieces[k]!.outer.start < u.body.end; k++) {
      if (pieces[k]!.outer.end > u.body.start) overlapping.push(pieces[k]!);
    }
    return decideUnit(ctx, ui, overlapping);
  });
  settleBesideQuoteColumn(ctx, decisions);
  decideRuns(ctx, decisions);
  settlePending(ctx, decisions);
  settleScriptLayout(ctx, decisions);
  return decisions;
}
