import type { Span } from '../../book/span.js';
import { CREDIT_VERBS } from '../../lexicon.js';
import { LOWERS, UPPERS } from '../../text/letters.js';
import type { ReviewBlock, ReviewDocument } from '../review/document.js';
import {
  colonCue,
  isDirectionLine,
  isStageLine,
  labelPrefix,
  midLineSpeaker,
  type Prefix,
  runInSpeakers,
  screenplayCue,
  screenplayPrefix,
  startsWithLabel,
} from './frame.js';
import { listDashPrefix } from './list-dash.js';
import { isCreditLine, isDashCreditLine, trailingCredit } from './trailer.js';

/**
 * The review as units a quotation can be set off in: a block quote, a list item, a table cell, a
 * paragraph of its own, one line of dialogue (`Nancy: …`), a heading. Each unit knows its body (the
 * words that may be quoted) apart from its frame (a screenplay prefix, a `Quote:` label, a credit or
 * citation after it), and the run it belongs to: the items of one list, the cells of one table
 * column, consecutive dialogue lines. A run is read as a whole: in a list of quotations, an item that
 * the book does not have is still a quotation (not found), while a list of plot points is prose.
 */

export type Container = 'heading' | 'paragraph' | 'block-quote' | 'list-item' | 'table-cell';

export interface Unit {
  container: Container;
  /** Index of the unit's block in `doc.blocks`. */
  blockIndex: number;
  /** The unit's text, frame included. */
  span: Span;
  /** The words that may be quoted: the span without prefix, label and trailer. */
  body: Span;
  /** The body's paragraphs (a block quote or a list item may have several), in order. */
  paragraphs: Span[];
  /** `Nancy:` — a screenplay line's speaker. */
  prefix: Prefix | null;
  /** `Quote:` — the writer says this is a quotation. */
  label: Span | null;
  /** `— Emma Woodhouse`, `(p. 34)`, or a credit line below the words. */
  trailer: Span | null;
  /** Units of one run share an id (one list, one table column, consecutive dialogue lines); -1 for none. */
  run: number;
  /** A cell of a table's first row (its header in Markdown and in converted HTML). */
  header: boolean;
}

/** Trim white space and block-quote markers (`> `) from both ends of a span. */
function trim(text: string, span: Span): Span {
  let s = span.start;
  let e = span.end;
  while (s < e && /[\s>]/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/**
 * `1. **Call me Ishmael.**`: bold or italics around the whole body are the page's, not the words
 * quoted (a probe page showed the quotation as "**Call me Ishmael.**"). Only a pair that wraps it all
 * and opens nowhere inside ("*Emma* is *brisk*" is two phrases, left as written).
 */
export function withoutEmphasis(text: string, span: Span): Span {
  const mark = /^(?:\*\*|__|\*|_)(?=\S)/.exec(text.slice(span.start, span.start + 3))?.[0];
  if (!mark || span.end - span.start <= 2 * mark.length) return span;
  const inner = text.slice(span.start + mark.length, span.end - mark.length);
  if (!text.startsWith(mark, span.end - mark.length) || /\s$/.test(inner) || inner.includes(mark[0]!))
    return span;
  return { start: span.start + mark.length, end: span.end - mark.length };
}

/** The non-blank lines of a span, each trimmed of white space and `>` markers. */
function linesIn(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let at = span.start;
  while (at < span.end) {
    const nl = text.indexOf('\n', at);
    const stop = nl < 0 || nl > span.end ? span.end : nl;
    const line = trim(text, { start: at, end: stop });
    if (line.end > line.start) out.push(line);
    at = stop + 1;
  }
  return out;
}

interface Group {
  lines: Span[];
  prefix: Prefix | null;
  trailer: Span | null;
}

/**
 * A block's content in units: one unit, unless its lines are dialogue (`Name: …` lines, each its own
 * unit, a line without a prefix continuing the one before) or a credit line ends a quotation.
 */
function groupLines(text: string, content: Span, isCharacterName?: (word: string) => boolean): Group[] {
  const lines = linesIn(text, content);
  const groups: Group[] = [];
  let current: Group | null = null;
  const cues = lines.map((l, i) => screenplayCue(text, l, lines[i + 1]) ?? colonCue(text, l, lines[i + 1]));
  const anyPrefix = cues.some((c) => c !== null) || lines.some((l) => screenplayPrefix(text, l) !== null);
  const creditLines = new Map<number, boolean>();
  const creditLine = (i: number): boolean => {
    const l = lines[i];
    if (!l) return false;
    let c = creditLines.get(i);
    if (c === undefined) {
      c = isCreditLine(text.slice(l.start, l.end), isCharacterName);
      creditLines.set(i, c);
    }
    return c;
  };
  for (const [i, line] of lines.entries()) {
    // A screenplay's cue: its speech is the lines below, after a parenthetical direction at most.
    const cue = cues[i];
    if (cue) {
      current = { lines: [], prefix: cue, trailer: null };
      groups.push(current);
      continue;
    }
    const prefix = anyPrefix ? screenplayPrefix(text, line) : null;
    // In a script, a direction on a line of its own ends the speech before it and is nobody's words
    // (but not one between a cue and its speech: "JANE / (struggling free) / I am no bird").
    if (anyPrefix && !prefix && isDirectionLine(text, line)) {
      if (current?.prefix && current.lines.length === 0 && cues[i - 1]) {
        current.prefix = { ...current.prefix, bodyStart: lines[i + 1]?.start ?? line.end };
        continue;
      }
      current = null;
      continue;
    }
    // A credit line below the words ("- Lord Henry"); not the first line, which has nothing to credit,
    // nor a line of a list of names (a play's cast, "HESTER VANE, his daughter" under "SILAS VANE, a
    // clockmaker"): two name lines together credit nothing.
    if (i > 0 && current && !prefix && creditLine(i) && !creditLine(i - 1) && !creditLine(i + 1)) {
      current.trailer = current.trailer ? { start: current.trailer.start, end: line.end } : line;
      current = null;
      continue;
    }
    // In dialogue, a labelled line ("Q: What matters most?") is not the speaker's words going on.
    const labelled = anyPrefix && !prefix && startsWithLabel(text, line);
    if (prefix || labelled || !current || (current.trailer !== null && anyPrefix)) {
      current = { lines: [line], prefix, trailer: null };
      groups.push(current);
    } else current.lines.push(line);
  }
  return groups;
}

function unitsOfBlock(
  text: string,
  block: ReviewBlock,
  container: Container,
  blockIndex: number,
  isCharacterName?: (word: string) => boolean,
): Unit[] {
  if (container === 'heading') {
    return [
      {
        container,
        blockIndex,
        span: block.content,
        body: block.content,
        paragraphs: [block.content],
        prefix: null,
        label: null,
        trailer: null,
        run: -1,
        header: false,
      },
    ];
  }
  const out: Unit[] = [];
  for (const g of groupLines(text, block.content, isCharacterName)) {
    const first = g.lines[0];
    if (!first) continue; // a screenplay cue with no speech under it
    const last = g.lines[g.lines.length - 1]!;
    const span = {
      start: Math.min(first.start, g.prefix?.speaker.start ?? first.start),
      end: g.trailer?.end ?? last.end,
    };
    let bodyStart = g.prefix?.bodyStart ?? first.start;
    const label = g.prefix ? null : labelPrefix(text, { start: bodyStart, end: last.end });
    // "Quote — Jim Conklin" under a block quotation: a label and a name alone credit the line above;
    // they quote nothing (probe round AD14: the name was reported as a quotation of the book's).
    if (label && g.lines.length === 1 && isCreditLine(text.slice(label.end, last.end), isCharacterName))
      continue;
    if (label) bodyStart = label.end;
    // "- Her governess La Rue answers: I vow you are…": the writer's lead and its verb of saying
    // before a colon, inside a line without marks, are no part of the words (probe round AD16: read
    // as part of an altered quotation, the credit was lost and a heading above contradicted it).
    if (!g.prefix && !label) bodyStart = afterInlineLead(text, bodyStart, last.end) ?? bodyStart;
    let bodyEnd = last.end;
    let trailer = g.trailer;
    const sameLine = trailingCredit(text, { start: bodyStart, end: bodyEnd }, isCharacterName);
    if (sameLine && sameLine.start > bodyStart) {
      bodyEnd = sameLine.start;
      trailer = trailer ? { start: sameLine.start, end: trailer.end } : sameLine;
    }
    const listed =
      !g.prefix && !label && container === 'list-item' && g.lines.length === 1
        ? listDashPrefix(text, { start: bodyStart, end: bodyEnd })
        : null;
    if (listed) bodyStart = listed.bodyStart;
    // Run-in dialogue: "Alice: “…” Hatter: “…”" is two lines written as one.
    const starts = g.prefix ? runInSpeakers(text, { start: bodyStart, end: bodyEnd }) : [];
    const pieces: { start: number; end: number; prefix: Prefix | null }[] = [];
    let at = bodyStart;
    let prefix = g.prefix ?? listed;
    // "The duke loses patience. MICHAEL: Pray, sir, leave us.": the script line after the writer's
    // own sentence is the unit; the sentence before it quotes nothing ("A moment later." would align
    // with the book's "a moment later": probe round AD8).
    // (not after quotations of the writer's own in marks: '“…” Archer rejoins. “…,” May continues.
    // And Henry van der Luyden: “…”' keeps all three; probe round AF35 lost the first two)
    const found = g.prefix ? null : midLineSpeaker(text, { start: bodyStart, end: bodyEnd }, isCharacterName);
    const midLine = found !== null && !/[“”"]/.test(text.slice(bodyStart, found)) ? found : null;
    if (midLine !== null) {
      prefix = screenplayPrefix(text, { start: midLine, end: bodyEnd });
      at = prefix?.bodyStart ?? midLine;
    }
    for (const s of starts) {
      pieces.push({ start: at, end: s, prefix });
      prefix = screenplayPrefix(text, { start: s, end: bodyEnd });
      at = prefix?.bodyStart ?? s;
    }
    pieces.push({ start: at, end: bodyEnd, prefix });
    for (const [k, piece] of pieces.entries()) {
      const body = trim(text, piece);
      if (body.end <= body.start) continue;
      const paragraphs = block.paragraphs
        .map((p) => ({ start: Math.max(p.start, body.start), end: Math.min(p.end, body.end) }))
        .filter((p) => p.end > p.start)
        .map((p) => trim(text, p));
      out.push({
        container,
        blockIndex,
        span:
          k === 0 && pieces.length === 1
            ? span
            : { start: piece.prefix?.speaker.start ?? body.start, end: body.end },
        body,
        paragraphs: paragraphs.length > 0 ? paragraphs : [body],
        prefix: piece.prefix,
        label: k === 0 ? label : null,
        trailer: k === pieces.length - 1 ? trailer : null,
        run: -1,
        header: container === 'table-cell' && block.row === 0,
      });
    }
  }
  return out;
}

/**
 * A lead of the writer's ending in a verb of saying (whom to and how at most: "she tells him
 * meekly:", probe round AF9) and a colon, then a capital (INLINE_LEAD).
 */
const INLINE_LEAD = new RegExp(
  String.raw`^[ \t>*_\-•·]*(?:\d{1,3}[.)][ \t]+)?[^:“”"‘’\n]{2,80}?[ \t]([${LOWERS}]+)(?:[ \t]+(?:him|her|them|me|us))?(?:[ \t]+[${LOWERS}]+ly)?[ \t]*:[ \t]+(?=["“‘]?[${UPPERS}])`,
  'u',
);

/** Where the words start after such a lead, or null when the line opens on none. */
function afterInlineLead(text: string, start: number, end: number): number | null {
  const m = INLINE_LEAD.exec(text.slice(start, end));
  return m && CREDIT_VERBS.has(m[1]!) ? start + m[0].length : null;
}

function isCreditBelow(doc: ReviewDocument, bi: number): boolean {
  const block = doc.blocks[bi]!;
  const prev = doc.blocks[bi - 1];
  if (!prev || (prev.kind !== 'paragraph' && prev.kind !== 'block-quote')) return false;
  const line = doc.text.slice(block.content.start, block.content.end);
  if (line.includes('\n')) return false;
  if (block.kind === 'paragraph') return isDashCreditLine(line);
  // "- Lord Henry": a list of one item that is only a name.
  if (block.kind !== 'list-item' || block.marker !== '-') return false;
  const next = doc.blocks[bi + 1];
  return next?.kind !== 'list-item' && isCreditLine(line) && !/[.!?]$/.test(line);
}

/**
 * Every unit of the document, in order, with runs assigned. `blockQuotesAsParagraphs`: read block
 * quotes as ordinary paragraphs (a review whose every paragraph is indented sets nothing off).
 */
export function unitsOf(
  doc: ReviewDocument,
  blockQuotesAsParagraphs = false,
  /** With the book at hand: whether a script label can name one of its people (speaker-names.ts). */
  namesSpeaker?: (label: string) => boolean,
  /** Whether a character of the book is called this one word (ExtractOptions). */
  isCharacterName?: (word: string) => boolean,
): Unit[] {
  const units: Unit[] = [];
  let run = 0;
  let table = -1;
  const tableColumns = new Map<string, number>();
  let listRun = -1;
  const listRuns = new Map<number, number>();
  let quoteRun = -1;
  let dialogueRun = -1;
  doc.blocks.forEach((block, bi) => {
    const prev = doc.blocks[bi - 1];
    // A credit on its own below a quotation ("— Emma Woodhouse", or "- Lord Henry", which Markdown
    // reads as a one-item list) belongs to the unit above it.
    const above = units[units.length - 1];
    if (above && above.blockIndex === bi - 1 && !above.trailer && isCreditBelow(doc, bi)) {
      above.trailer = block.content;
      return;
    }
    let container: Container = block.kind;
    if (container === 'block-quote' && blockQuotesAsParagraphs) container = 'paragraph';
    if (block.kind === 'table-cell' && prev?.kind !== 'table-cell') table++;
    // One run per nesting level of a list: the sub-items under quotations ("- Speaker: Tuppence",
    // "- Analysis: …") are a list of their own, not more quotations.
    if (block.kind === 'list-item') {
      if (prev?.kind !== 'list-item') listRuns.clear();
      let id = listRuns.get(block.level);
      if (id === undefined) {
        id = run++;
        listRuns.set(block.level, id);
      }
      listRun = id;
    }
    if (block.kind === 'block-quote' && prev?.kind !== 'block-quote') quoteRun = run++;
    for (const u of unitsOfBlock(doc.text, block, container, bi, isCharacterName)) {
      // "TOM: OK, can I read my favourite bit?": a transcript's own speaker, not the book's, talks.
      if (
        u.prefix &&
        namesSpeaker &&
        !namesSpeaker(doc.text.slice(u.prefix.speaker.start, u.prefix.speaker.end))
      )
        u.prefix = null;
      if (u.prefix && container === 'list-item') {
        // A list's items are one run, script lines or not: "- Tom Sawyer: Meddling with who?⏎- The
        // duke: Run her nose in shore⏎- Huck: Honest injun" (probe round AE4: the last item, alone in a
        // run after the item without a speaker's prefix, was not reported).
        u.run = listRun;
        dialogueRun = -1;
      } else if (u.prefix) {
        // Consecutive dialogue lines, across paragraphs; a heading does not interrupt.
        if (dialogueRun < 0) dialogueRun = run++;
        u.run = dialogueRun;
      } else {
        if (container !== 'heading' && !isStageLine(doc.text, u.body)) dialogueRun = -1;
        if (container === 'list-item') u.run = listRun;
        else if (container === 'block-quote') u.run = quoteRun;
        else if (container === 'table-cell') {
          const key = `${table}:${block.column ?? 0}`;
          let id = tableColumns.get(key);
          if (id === undefined) {
            id = run++;
            tableColumns.set(key, id);
          }
          u.run = id;
        }
      }
      units.push(u);
    }
  });
  return units;
}
