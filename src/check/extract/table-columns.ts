import type { DecideContext, Decision } from './decide.js';

/** A cell that is a quotation in its marks, whole: “…”, "…", ‘…’ (a full stop or a dash after at most). */
const MARKED_CELL = /^[\s*_]*[“"‘'«][\s\S]*[”"’'»][\s*_.,;:!?—–-]*$/u;
/** Any quote mark: a cell with one holds a quotation of its own, whatever its column. */
const ANY_MARK = /[“”"‘’«»]/u;

/**
 * "| “It's a rough sort of shop…” | her husband | the first night |": in a table with a column of
 * quotations in their marks, a cell of another column with no marks is the writer's (who says it,
 * to whom, a note), even where the book has its words: "the first night", "one of the men" (probe
 * round Y4: reported as quotations found in the book). A column is the quotations' when at least two
 * of its cells below the header, and half of them, are marked quotations.
 */
export function settleBesideQuoteColumn(ctx: DecideContext, decisions: Decision[]): void {
  const { doc, units } = ctx;
  const tableOf = new Map<number, number>();
  let table = -1;
  doc.blocks.forEach((b, bi) => {
    if (b.kind !== 'table-cell') return;
    if (doc.blocks[bi - 1]?.kind !== 'table-cell') table++;
    tableOf.set(bi, table);
  });
  if (tableOf.size === 0) return;
  const columns = new Map<string, { table: number; cells: number[] }>();
  units.forEach((u, ui) => {
    const t = tableOf.get(u.blockIndex);
    if (t === undefined || u.header) return;
    const key = `${t}:${doc.blocks[u.blockIndex]!.column ?? 0}`;
    const column = columns.get(key) ?? { table: t, cells: [] };
    column.cells.push(ui);
    columns.set(key, column);
  });
  const cellText = (ui: number) => doc.text.slice(units[ui]!.body.start, units[ui]!.body.end);
  const quoteColumns = new Set<string>();
  const tablesWithQuotes = new Set<number>();
  for (const [key, { table: t, cells }] of columns) {
    const marked = cells.filter((ui) => MARKED_CELL.test(cellText(ui))).length;
    if (marked >= 2 && marked >= cells.length / 2) {
      quoteColumns.add(key);
      tablesWithQuotes.add(t);
    }
  }
  for (const [key, { table: t, cells }] of columns) {
    if (!tablesWithQuotes.has(t) || quoteColumns.has(key)) continue;
    for (const ui of cells) if (!ANY_MARK.test(cellText(ui))) decisions[ui] = { kind: 'none' };
  }
}
