import type { ReviewDocument } from '../review/document.js';
import type { ReviewWarning } from '../types.js';
import type { Unit } from './blocks.js';
import { scanMarks } from './marks.js';
import { joinSplit, type Piece } from './split.js';

/**
 * The marked quotations of a review, unit by unit: each paragraph scanned for marks (marks.ts),
 * split quotations joined (split.ts), and a quotation over several paragraphs (each opens with a
 * mark, only the last closes) chained into one. Unclosed and stray marks become warnings, given only
 * if the marked reading is the one reported (a block quote taken whole keeps its marks as words).
 */

export interface OwnedPiece extends Piece {
  /** The unit where the piece starts. */
  unit: number;
  /** The warning to give if the piece is reported as a marked quotation (an unclosed mark). */
  warning: ReviewWarning | null;
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
export function markedPieces(
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
