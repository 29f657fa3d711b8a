import type { Span } from '../../book/span.js';
import type { ReviewDocument } from '../review/document.js';
import type { ReviewWarning } from '../types.js';
import { unitsOf, withoutEmphasis } from './blocks.js';
import { type DecideContext, decide, evidenceOf, RUN_SHARE } from './decide.js';
import { withoutDirections } from './frame.js';
import { markedPieces, type OwnedPiece } from './pieces.js';
import { namesSpeakerOf } from './speaker-names.js';
import type { ExtractBook, ExtractedQuote, Extraction, ExtractOptions } from './types.js';
import { type BookEvidence, isBookWords } from './unmarked.js';

/**
 * Stage 1 of the check, extract: every quotation in a review, however the writer set it off, each
 * reported once with its place. Composed of small readers:
 *
 * - blocks.ts   the review as units (block quote, list item, table cell, own paragraph, dialogue line)
 *               with their frame (`Nancy:` prefix, `Quote:` label, `— Emma` credit) and their runs;
 * - marks.ts    quote marks of every style, nested, apostrophes told apart;
 * - split.ts    one quotation in parts around a tag, two quotations side by side;
 * - unmarked.ts words with no marks that are the book's own (with the book at hand);
 * - pieces.ts   the marked quotations of each unit, multi-paragraph quotations chained;
 * - runin.ts    quotations run together in one paragraph, parted by dashes and credits;
 * - decide.ts   what each unit holds, on its own evidence and its run's;
 * - page-furniture.ts  what quotes nothing: a title line, a dated heading, a forum's headers;
 * - here        the composition, and the quotations in order with their warnings.
 */

export { RUN_SHARE } from './decide.js';
export type { ExtractBook, ExtractedQuote, Extraction, ExtractOptions } from './types.js';

/** A review whose paragraphs are (nearly) all indented or block-quoted sets nothing off by it. */
const ALL_BLOCK_QUOTES_SHARE = 0.9;
const ALL_BLOCK_QUOTES_MIN = 3;

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
  const units = unitsOf(doc, asParagraphs, book ? namesSpeakerOf(book) : undefined, options.isCharacterName);
  const { pieces, stray } = markedPieces(doc, units);
  const byUnit = new Map<number, OwnedPiece[]>();
  for (const p of pieces) {
    const list = byUnit.get(p.unit) ?? [];
    list.push(p);
    byUnit.set(p.unit, list);
  }
  const ctx: DecideContext = { doc, units, book, cache, pieces, byUnit, stray };
  const decisions = decide(ctx);

  // 3. The quotations, in order.
  const quotes: ExtractedQuote[] = [];
  units.forEach((u, ui) => {
    const d = decisions[ui]!;
    if (d.kind === 'whole') {
      // A script's line without its stage directions in parentheses.
      const body = d.body ?? u.body;
      const spoken = d.setOff === 'screenplay' ? withoutDirections(doc.text, body) : null;
      quotes.push({
        // (bold or italics around the whole of it are the page's: withoutEmphasis)
        parts: spoken?.parts ?? [withoutEmphasis(doc.text, body)],
        between: spoken?.between ?? [],
        outer: body,
        block: true,
        setOff: d.setOff,
        line: doc.lineAt(body.start),
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
        block: d.setOff === 'block-quote',
        setOff: d.setOff,
        line: doc.lineAt(p.parts[0]!.start),
        unbalanced: p.unbalanced,
        ruleId: d.setOff === 'quote-marks' ? 'extract/quote-marks' : `extract/quote-marks-${d.setOff}`,
        // "BEN: And then the old sailor mutters “…”": the line's speaker prefix is the quotation's
        // only when the quotation opens the line's words; a cue alone on its line ("GABRIEL OAK"
        // above the lines) is every line's below it that a quotation opens.
        prefix:
          (k === 0 && /^[\s*_]*$/.test(doc.text.slice(u.body.start, p.outer.start))) ||
          (u.prefix && isCue(doc.text, u.prefix) && opensLine(doc.text, p.outer.start))
            ? (u.prefix?.speaker ?? null)
            : null,
        trailer: k === own.length - 1 ? u.trailer : null,
      });
    });
  });
  quotes.sort((a, b) => a.outer.start - b.outer.start);
  warnings.sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1));
  return { quotes, warnings };
}

/** A screenplay cue: the speaker's name alone on its line, the words below. */
function isCue(text: string, prefix: { speaker: Span; bodyStart: number }): boolean {
  return text.slice(prefix.speaker.end, prefix.bodyStart).includes('\n');
}

/** Nothing but white space and emphasis between the start of its line and `at`. */
function opensLine(text: string, at: number): boolean {
  return /^[ \t*_]*$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
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
