import type { ReviewBlock } from './document.js';
import { type Line, trimmed } from './lines.js';

/**
 * Tables in a review, as cells: Markdown's `| a | b |` rows (with or without their edges and rule)
 * and tab-separated lines (a flashcard or spreadsheet export). document.ts finds where they are.
 */

export const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
export const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;

/**
 * A line of tab-separated fields, "term⇥definition" (a Quizlet or spreadsheet export): text on both
 * sides of a tab. A run of two or more such lines is a table without a header row.
 */
const TAB_ROW = /^[ \t]*[^\t\n]*\S[^\t\n]*\t+[^\t\n]*\S/;

/**
 * TAB_ROW, asked only of a line with a tab in it: on one without, the pattern backtracks over every
 * way to split the line before failing, which on an essay's long paragraphs (one line each) cost
 * more than the rest of reading the review (1.7 ms of a 45-quotation check's 20).
 */
export function isTabRow(raw: string | undefined): boolean {
  return raw?.includes('\t') === true && TAB_ROW.test(raw);
}

/** Cells of a tab-separated line, each trimmed; row numbers of such a table start at 0 and it has no header. */
export function readTabRow(text: string, line: Line, row: number): ReviewBlock[] {
  const cells: ReviewBlock[] = [];
  let from = line.start;
  let column = 0;
  for (let k = line.start; k <= line.end; k++) {
    if (k < line.end && text[k] !== '\t') continue;
    const content = trimmed(text, from, k);
    if (content.end > content.start) {
      cells.push({
        kind: 'table-cell',
        span: { start: from, end: k },
        content,
        level: 0,
        paragraphs: [content],
        row,
        column,
        headless: true,
      });
    }
    column++;
    from = k + 1;
  }
  return cells;
}

/**
 * A plain-text table written without the Markdown edges and rule: "Quote | Who | Chapter" over
 * '"Zodanga has fallen." | John Carter | XXV'. A run of two or more lines with the same number of
 * bars, the first (the header) without quote marks. Returns how many lines it holds, or 0.
 */
const BARE_ROW = /^[ \t]*[^|\s][^|\n]*(?:\|[^|\n]*)+$/;
export function bareTableRows(lines: readonly Line[], i: number): number {
  const bars = (raw: string) => (raw.match(/(?<!\\)\|/g) ?? []).length;
  const first = lines[i]!.raw;
  if (!BARE_ROW.test(first) || /[“”"]/.test(first)) return 0;
  const n = bars(first);
  let j = i + 1;
  while (j < lines.length && BARE_ROW.test(lines[j]!.raw) && bars(lines[j]!.raw) === n) j++;
  return j - i >= 2 ? j - i : 0;
}

/** Cells of one table row `| a | b |`, or `a | b` without the edges (a `\|` inside a cell is not a separator). */
export function readRow(text: string, line: Line, row: number): ReviewBlock[] {
  const cells: ReviewBlock[] = [];
  const bars: number[] = [];
  for (let k = line.start; k < line.end; k++) {
    if (text[k] === '|' && text[k - 1] !== '\\') bars.push(k);
  }
  if (!/^[ \t]*\|/.test(text.slice(line.start, line.end))) bars.unshift(line.start - 1);
  if (!/\|[ \t]*$/.test(text.slice(line.start, line.end))) bars.push(line.end);
  for (let c = 0; c + 1 < bars.length; c++) {
    const content = trimmed(text, bars[c]! + 1, bars[c + 1]!);
    if (content.end <= content.start) continue;
    cells.push({
      kind: 'table-cell',
      span: { start: Math.max(line.start, bars[c]!), end: bars[c + 1]! },
      content,
      level: 0,
      paragraphs: [content],
      row,
      column: c,
    });
  }
  return cells;
}
