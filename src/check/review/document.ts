import type { Span } from '../../book/span.js';
import { LineIndex } from '../../text/line-index.js';
import { isBlank, type Line, linesOf, trimmed } from './lines.js';
import { bareTableRows, isTabRow, readRow, readTabRow, TABLE_ROW, TABLE_SEPARATOR } from './tables.js';

/**
 * A review as blocks: the structure a reader sees on the page (headings, paragraphs, block quotes,
 * list items, table cells), read from plain text or Markdown. HTML and DOCX reviews are turned into
 * this same Markdown-like text first (review/html.ts), so every later stage reads one kind of
 * document. Offsets are into `text`, half-open UTF-16, like every offset in Verbatim.
 *
 * Plain text is read as Markdown's block grammar reads it, because that is how people type
 * structure in plain text: `# Heading`, `> quoted`, `- item`, `1. item`, `| a | b |`, and a paragraph
 * indented by four spaces or a tab as a block quotation.
 */

export type BlockKind = 'paragraph' | 'heading' | 'block-quote' | 'list-item' | 'table-cell';

export interface ReviewBlock {
  kind: BlockKind;
  /** The whole block, its markers (`> `, `- `, `# `, `|`) included. */
  span: Span;
  /**
   * The block's own words, markers and surrounding white space excluded. A block quote over several
   * lines keeps the `>` of its later lines inside (they are not words, and every word keeps its offset).
   */
  content: Span;
  /** Heading level (1–6), list nesting (1 = top level), block-quote depth (1 = `>`); 0 for paragraphs and cells. */
  level: number;
  /** For a block quote or a list item: its paragraphs (content spans), in order; one for other blocks. */
  paragraphs: Span[];
  /** For a list item: `-` or the number ("3"); for a table cell: its row and column (0-based). */
  marker?: string;
  row?: number;
  column?: number;
  /** For a table cell: the table has no header row (tab-separated lines: a flashcard export). */
  headless?: boolean;
}

export interface ReviewDocument {
  text: string;
  blocks: ReviewBlock[];
  /** 1-based line (or paragraph, for DOCX) in the file the writer gave, for an offset into `text`. */
  lineAt(offset: number): number;
  lineUnit: 'line' | 'paragraph';
}

export interface DocumentSource {
  /**
   * For converted reviews (HTML, DOCX): the source line (or paragraph) of each line of `text`,
   * 1-based; absent for text and Markdown, whose lines are their own.
   */
  sourceLines?: readonly number[];
  lineUnit?: 'line' | 'paragraph';
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-{2,})[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}>/;
const LIST = /^([ \t]*)([-*+•·]|\d{1,3}[.)])[ \t]+(?=\S)/;
const INDENTED = /^(?: {4}|\t)[ \t]*\S/;
const SLIGHTLY_INDENTED = /^ {2,3}\S/;

/** A block quote: consecutive `>` lines; a line of only `>` separates its paragraphs. */
function readQuote(text: string, lines: readonly Line[], i: number): { block: ReviewBlock; next: number } {
  const paragraphs: Span[] = [];
  let paraStart = -1;
  let paraEnd = -1;
  let depth = 0;
  let j = i;
  const flush = () => {
    if (paraStart >= 0) paragraphs.push(trimmed(text, paraStart, paraEnd));
    paraStart = -1;
  };
  for (; j < lines.length && QUOTE.test(lines[j]!.raw); j++) {
    const l = lines[j]!;
    const m = /^ {0,3}((?:>[ \t]?)+)/.exec(l.raw)!;
    depth = Math.max(depth, (m[1]!.match(/>/g) ?? []).length);
    const contentStart = l.start + m[0].length;
    if (text.slice(contentStart, l.end).trim().length === 0) {
      flush();
      continue;
    }
    if (paraStart < 0) {
      // A list inside the quote ("> 1. Might I…", as a numbered quote list in HTML puts its items'
      // block quotes): the item's number or bullet is the list's, not the quotation's first word.
      const marker = LIST.exec(text.slice(contentStart, l.end));
      paraStart = contentStart + (marker ? marker[0].length : 0);
    }
    paraEnd = l.end;
  }
  flush();
  const first = lines[i]!;
  const last = lines[j - 1]!;
  const content =
    paragraphs.length > 0
      ? { start: paragraphs[0]!.start, end: paragraphs[paragraphs.length - 1]!.end }
      : { start: first.start, end: first.start };
  return {
    block: {
      kind: 'block-quote',
      span: { start: first.start, end: last.end },
      content: { start: content.start, end: content.end },
      level: depth,
      paragraphs,
    },
    next: j,
  };
}

/**
 * A forum's BBCode quotation, "[quote=Joe]Pip, old chap![/quote]" (phpBB, vBulletin's
 * "[QUOTE=Joe;123]", "[quote name=\"Joe\"]"): a block quotation of the words between the tags, on
 * one line or several. The tags are markup, not the writer's words; the name in the opening tag is
 * whom the forum quotes (credits/rules/layout.ts reads it as a credit when it is the book's).
 */
const BB_OPEN = /^[ \t]*\[quote(?:[=\s][^\]\n]*)?\][ \t]*/i;
const BB_CLOSE = /\[\/quote\]/i;

/** The paragraphs of a span, split at blank lines. */
function paragraphsIn(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const gap = /\n[ \t]*\n/g;
  gap.lastIndex = span.start;
  let at = span.start;
  for (let m = gap.exec(text); m && m.index < span.end; m = gap.exec(text)) {
    out.push(trimmed(text, at, m.index));
    at = m.index + m[0].length;
  }
  out.push(trimmed(text, at, span.end));
  return out.filter((p) => p.end > p.start);
}

function readBbQuote(
  text: string,
  lines: readonly Line[],
  i: number,
): { block: ReviewBlock; next: number } | null {
  const first = lines[i]!;
  const open = BB_OPEN.exec(first.raw);
  if (!open) return null;
  const start = first.start + open[0].length;
  for (let j = i; j < lines.length; j++) {
    const l = lines[j]!;
    const from = j === i ? start - l.start : 0;
    const close = BB_CLOSE.exec(l.raw.slice(from));
    if (!close) continue;
    const end = l.start + from + close.index;
    const content = trimmed(text, start, end);
    const block: ReviewBlock = {
      kind: 'block-quote',
      span: { start: first.start, end: l.start + from + close.index + close[0].length },
      content,
      level: 1,
      paragraphs: paragraphsIn(text, content),
    };
    return { block, next: j + 1 };
  }
  return null;
}

/** Small words a title leaves in lower case ("Growing Up Out of Doors in The Secret Garden"). */
const TITLE_SMALL_WORDS = new Set(
  'a an the of in on and or but nor to for at by with from as into upon vs'.split(' '),
);
/** Words a title has at most (a subtitle after a colon included). */
const TITLE_MAX_WORDS = 16;

/**
 * A title as essays centre one: a few words, most of them capitalised, no sentence in it and no
 * quotation marks ("Order and Appetite in Treasure Island", "Growing Up: Nature and Healing").
 */
function isTitleLike(s: string): boolean {
  const t = s.replace(/\s+/g, ' ').trim();
  if (/["“”‘’]|[.,;]$|[.!?;]\s/.test(t)) return false;
  const words = t.split(' ').filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > TITLE_MAX_WORDS) return false;
  const open = words.filter((w, i) => i === 0 || !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = open.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return capitalised >= Math.max(1, Math.ceil(open.length * 0.75));
}

/**
 * Plain-text convention: a line of its own in capitals ("TARZAN", "D'ARNOT", "PART TWO") heads what
 * follows it, as a Markdown heading does (probe round AF233: a character study's name headings, each
 * with a sentence of the writer's between it and the quotations, went unread, and one was read as the
 * credit of the quotation above it).
 */
function isCapitalsHeading(paraLines: readonly { raw: string }[]): boolean {
  if (paraLines.length !== 1) return false;
  const line = paraLines[0]!.raw.trim();
  return (
    line.length <= 40 &&
    /^\p{Lu}[\p{Lu}\d'’. -]*\p{Lu}$/u.test(line) &&
    line.split(/\s+/).length <= 5 &&
    !/[“”"]/.test(line)
  );
}

/** Characters from which a paragraph is running prose (an MLA heading's name, class and date are less). */
const BODY_MIN_CHARS = 200;

/** A paragraph of running prose: the body has begun, and an indented line is no title any more. */
function isBody(b: ReviewBlock): boolean {
  return b.kind === 'paragraph' && b.content.end - b.content.start > BODY_MIN_CHARS;
}

/**
 * A Markdown page's YAML front matter ("---⏎title: \"Why I reread…\"⏎date: …⏎---"): the page's
 * settings, not its words (probe round AF235: the quoted title was reported as a quotation not
 * found). The index of the first line after it, or 0.
 */
const FRONT_MATTER_MAX_LINES = 40;
function frontMatterEnd(lines: readonly Line[]): number {
  if (lines[0]?.raw.trim() !== '---') return 0;
  for (let j = 1; j < Math.min(lines.length, FRONT_MATTER_MAX_LINES); j++) {
    const raw = lines[j]!.raw;
    if (raw.trim() === '---' || raw.trim() === '...') return j > 1 ? j + 1 : 0;
    // (keys and values: "title: …", "- item", an indented continuation)
    if (!/^(?:[\w-]+\s*:(?:\s|$)|\s+\S|\s*-\s|\s*#|\s*$)/.test(raw)) return 0;
  }
  return 0;
}

export function parseReviewDocument(text: string, source: DocumentSource = {}): ReviewDocument {
  const lines = linesOf(text);
  const blocks: ReviewBlock[] = [];
  /** Paragraphs indented by two or three spaces, and paragraphs not indented at all (see below). */
  const slightlyIndented: ReviewBlock[] = [];
  let flushParagraphs = 0;
  let i = frontMatterEnd(lines);
  let tableRow = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const heading = HEADING.exec(line.raw);
    if (heading) {
      const at = line.start + line.raw.indexOf(heading[2]!, heading[1]!.length);
      const content = trimmed(text, at, at + heading[2]!.length);
      blocks.push({ kind: 'heading', span: line, content, level: heading[1]!.length, paragraphs: [content] });
      i++;
      continue;
    }
    if (RULE.test(line.raw)) {
      i++;
      continue;
    }
    const bb = BB_OPEN.test(line.raw) ? readBbQuote(text, lines, i) : null;
    if (bb) {
      if (bb.block.paragraphs.length > 0) blocks.push(bb.block);
      i = bb.next;
      continue;
    }
    if (QUOTE.test(line.raw)) {
      const { block, next } = readQuote(text, lines, i);
      if (block.paragraphs.length > 0) blocks.push(block);
      i = next;
      continue;
    }
    if (TABLE_ROW.test(line.raw) && i + 1 < lines.length && TABLE_SEPARATOR.test(lines[i + 1]!.raw)) {
      tableRow = 0;
    }
    if (TABLE_ROW.test(line.raw)) {
      if (!TABLE_SEPARATOR.test(line.raw)) blocks.push(...readRow(text, line, tableRow++));
      i++;
      continue;
    }
    tableRow = 0;
    const bare = bareTableRows(lines, i);
    if (bare > 0) {
      for (let row = 0; row < bare; row++, i++) blocks.push(...readRow(text, lines[i]!, row));
      continue;
    }
    if (isTabRow(line.raw) && isTabRow(lines[i + 1]?.raw)) {
      let row = 0;
      for (; i < lines.length && isTabRow(lines[i]!.raw); i++)
        blocks.push(...readTabRow(text, lines[i]!, row++));
      continue;
    }
    const item = LIST.exec(line.raw);
    if (item) {
      // The item and its continuation lines (indented, or lazy lines up to a blank line or a new item).
      const indent = item[1]!.replace(/\t/g, '    ').length;
      let j = i + 1;
      const paragraphs: Span[] = [];
      let paraStart = line.start + item[0].length;
      let paraEnd = line.end;
      for (; j < lines.length; j++) {
        const l = lines[j]!;
        if (LIST.test(l.raw) || HEADING.test(l.raw) || QUOTE.test(l.raw) || TABLE_ROW.test(l.raw)) break;
        if (isBlank(l)) {
          // A blank line ends the item unless the next line is indented under it (a second paragraph).
          const after = lines[j + 1];
          const lead = after ? (/^[ \t]*/.exec(after.raw)![0].replace(/\t/g, '    ').length ?? 0) : 0;
          // (but a block quote under the item, "1. The Count's first words:" then "   > Welcome to my
          // house!", is a quotation of its own, as CommonMark nests it: probe round Z3)
          if (
            after &&
            !isBlank(after) &&
            lead > indent &&
            !LIST.test(after.raw) &&
            !/^\s*>/.test(after.raw)
          ) {
            paragraphs.push(trimmed(text, paraStart, paraEnd));
            paraStart = after.start;
            paraEnd = after.end;
            j++;
            continue;
          }
          break;
        }
        paraEnd = l.end;
      }
      paragraphs.push(trimmed(text, paraStart, paraEnd));
      blocks.push({
        kind: 'list-item',
        span: { start: line.start, end: lines[j - 1]!.end },
        content: { start: paragraphs[0]!.start, end: paragraphs[paragraphs.length - 1]!.end },
        level: 1 + Math.floor(indent / 2),
        paragraphs,
        marker: /\d/.test(item[2]!) ? item[2]!.replace(/[.)]$/, '') : '-',
      });
      i = j;
      continue;
    }
    // A paragraph: lines up to a blank line or a line that starts another kind of block.
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (
        isBlank(l) ||
        HEADING.test(l.raw) ||
        QUOTE.test(l.raw) ||
        TABLE_ROW.test(l.raw) ||
        LIST.test(l.raw) ||
        BB_OPEN.test(l.raw)
      )
        break;
      if (SETEXT.test(l.raw)) break;
      // Tab-separated rows under a line or two of their own (an Anki export's "#separator:tab").
      if (isTabRow(l.raw) && isTabRow(lines[j + 1]?.raw)) break;
    }
    const setext = j < lines.length && j === i + 1 && SETEXT.test(lines[j]!.raw);
    const span = { start: line.start, end: lines[j - 1]!.end };
    const content = trimmed(text, span.start, span.end);
    const paraLines = lines.slice(i, j);
    if (setext) {
      const level = lines[j]!.raw.trim().startsWith('=') ? 1 : 2;
      blocks.push({ kind: 'heading', span, content, level, paragraphs: [content] });
      i = j + 1;
      continue;
    }
    // Plain-text convention: a paragraph indented by four spaces or a tab is a block quotation; but an
    // essay's title, centred with spaces above its first paragraph, is its heading.
    const indented = paraLines.every((l) => INDENTED.test(l.raw));
    const contentText = text.slice(content.start, content.end);
    const title =
      (indented && !blocks.some(isBody) && isTitleLike(contentText)) || isCapitalsHeading(paraLines);
    const block: ReviewBlock = {
      kind: title ? 'heading' : indented ? 'block-quote' : 'paragraph',
      span,
      content,
      level: indented || title ? 1 : 0,
      paragraphs: [content],
    };
    if (!title && !indented && paraLines.every((l) => SLIGHTLY_INDENTED.test(l.raw)))
      slightlyIndented.push(block);
    else if (block.kind === 'paragraph') flushParagraphs++;
    blocks.push(block);
    i = j;
  }
  // …and so is one indented by two or three spaces, where the page's other paragraphs are not: set
  // apart ("Las Vegas also has that line everybody remembers:⏎⏎   A cowboy's word is all he's got";
  // probe round AF240: an invented line so set off was never reported). Not where most paragraphs are
  // so indented: that is the page's way of starting a paragraph.
  if (slightlyIndented.length > 0 && slightlyIndented.length < flushParagraphs)
    for (const b of slightlyIndented) {
      b.kind = 'block-quote';
      b.level = 1;
    }
  const index = new LineIndex(text);
  const sourceLines = source.sourceLines;
  return {
    text,
    blocks,
    lineAt: (offset) => {
      const line = index.locate(Math.max(0, Math.min(offset, text.length))).line;
      return sourceLines ? (sourceLines[line - 1] ?? sourceLines[sourceLines.length - 1] ?? line) : line;
    },
    lineUnit: source.lineUnit ?? 'line',
  };
}

/** The block that holds an offset, or null (between blocks). */
export function blockAt(doc: ReviewDocument, offset: number): ReviewBlock | null {
  let lo = 0;
  let hi = doc.blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const b = doc.blocks[mid]!;
    if (offset < b.span.start) hi = mid - 1;
    else if (offset >= b.span.end) lo = mid + 1;
    else return b;
  }
  return null;
}
