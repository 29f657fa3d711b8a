import { lazyRegExp } from '../../text/lazy-regexp.js';
import type { ReviewBlock, ReviewDocument } from '../review/document.js';
import {
  type CleanName,
  cleanName,
  isDescription,
  isNameLike,
  NARRATOR,
  WRITTEN_NAME,
} from './name-pattern.js';
import type { HeadingCredit } from './page.js';

/**
 * Tables that say who speaks each row: a "Speaker" (or "Character", "Who", a flashcard's "Back")
 * column beside the quotations, and a "To whom" column beside it (page.ts reads the page's other
 * layout credits).
 */

/** Made on first use: most pages have no speaker column (lazy-regexp.ts says why it matters). */
const WHOLE_NAME = lazyRegExp(() => new RegExp(`^(?:${WRITTEN_NAME}|${NARRATOR})$`, 'u'));
/** A cell that names the speaker, or describes a person: "The porter", "the doctor" (isDescription). */
const isCellSpeaker = (name: string): boolean =>
  (WHOLE_NAME().test(name) && (isNameLike(name) || /narrator/i.test(name))) || isDescription(name);

/**
 * Column headings that mean "who says it" (a flashcard table's "Back" or "Answer", where the cell is
 * a name: isCellSpeaker).
 */
const SPEAKER_COLUMN =
  /^(?:speaker|speakers|character|characters|who(?:\s+(?:says|said|speaks)(?:\s+it)?)?|said\s+by|spoken\s+by|by|name|person|back|answer)\s*[:?]?$/i;

/** Column headings that mean "said to whom". */
const ADDRESSEE_COLUMN = /^(?:to\s+whom|addressee|addressed\s+to|spoken\s+to|said\s+to|listener|to)\s*:?$/i;

/**
 * The tables of a page, each a run of consecutive cells: for every cell holding a quotation, the
 * name in its row under a speaker column (the first row names the columns).
 */
export function speakerCells(doc: ReviewDocument): {
  cells: Map<ReviewBlock, HeadingCredit>;
  tables: Set<ReviewBlock>;
} {
  const out = new Map<ReviewBlock, HeadingCredit>();
  const tables = new Set<ReviewBlock>();
  const { blocks, text } = doc;
  let i = 0;
  while (i < blocks.length) {
    if (blocks[i]!.kind !== 'table-cell') {
      i++;
      continue;
    }
    const table: ReviewBlock[] = [];
    for (; i < blocks.length && blocks[i]!.kind === 'table-cell'; i++) {
      if (table.length > 0 && blocks[i]!.row === 0 && table[table.length - 1]!.row !== 0) break;
      table.push(blocks[i]!);
    }
    const headless = table.every((c) => c.headless);
    const header = headless ? [] : table.filter((c) => c.row === 0);
    const column = headless
      ? namesColumn(text, table)
      : header.find((c) => SPEAKER_COLUMN.test(headingWords(text.slice(c.content.start, c.content.end))))
          ?.column;
    if (column === undefined) continue;
    const toColumn = header.find((c) =>
      ADDRESSEE_COLUMN.test(text.slice(c.content.start, c.content.end).trim()),
    )?.column;
    for (const c of table) tables.add(c);
    const byRow = new Map<number, ReviewBlock>();
    const toRow = new Map<number, ReviewBlock>();
    for (const c of table) {
      if (c.row === 0 && !headless) continue;
      if (c.column === column) byRow.set(c.row!, c);
      if (c.column === toColumn) toRow.set(c.row!, c);
    }
    for (const c of table) {
      if ((c.row === 0 && !headless) || c.column === column || c.column === toColumn) continue;
      const who = byRow.get(c.row!);
      if (!who) continue;
      // "Tobias (the ferryman)", "Hester (to Rook)": the name, without the writer's note on it.
      const raw = cellName(text.slice(who.content.start, who.content.end));
      const cleaned = cleanName(raw);
      if (!cleaned || !isCellSpeaker(cleaned.name)) continue;
      const start = who.content.start + cleaned.offset;
      const to = toRow.get(c.row!);
      const toName = to
        ? cleanName(cellName(text.slice(to.content.start, to.content.end)))
        : cellAddressee(text.slice(who.content.start, who.content.end));
      out.set(c, {
        name: cleaned.name,
        span: { start, end: start + cleaned.name.length },
        addressee: toName && toName.name.length > 0 ? toName.name : null,
        ruleId: 'credit/heading-above',
      });
    }
  }
  return { cells: out, tables };
}

/**
 * A column heading's words without a note on them: "Speaker (to whom)", "Speaker / addressee", "Who /
 * Context" → "Speaker", "Who".
 */
function headingWords(cell: string): string {
  return (
    cell
      .trim()
      .replace(/\s*\([^()]*\)\s*$/, '')
      .replace(/\s*(?:\/|&|and)\s*(?:to\s+whom|addressee|listener)\s*$/i, '')
      // "Who / Context", "Speaker / when": the column's first word says what it holds
      .replace(/\s*\/.*$/s, '')
  );
}

/** Whom a speaker cell says the line is spoken to: "Catherine (to Nelly)", "Heathcliff, to Nelly", "Nelly → Catherine". */
const CELL_ADDRESSEE = /(?:\(\s*to\s+([^()]+?)\s*\)|,?\s+to\s+([^,;()]+?)|\s*(?:→|->|⇒)\s*([^,;()]+?))\s*$/;

function cellAddressee(cell: string): CleanName | null {
  const m = CELL_ADDRESSEE.exec(cell.trim());
  const raw = m?.[1] ?? m?.[2] ?? m?.[3];
  return raw ? cleanName(raw) : null;
}

/** A speaker cell's name, without the writer's note: "Tobias (the ferryman)", "Heathcliff, to Nelly"; in a flashcard, "Jo, chapter 1, …". */
function cellName(cell: string): string {
  const bare = cell
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/(?:,?\s+to\s+[^,;()]+?|\s*(?:→|->|⇒)\s*[^,;()]+?)\s*$/, '');
  // (a note after the name: "Hugh, in reply", "Clarke, the overseer", "Tobias — to Rook")
  return bare.replace(/\s*[,;:\u2013\u2014-]\s.*$/s, '');
}

/**
 * A table with no header row (a flashcard export: quotation ⇥ speaker): the column whose cells
 * mostly open with a name, beside a column of quotations, is the speaker column. Two columns only.
 */
function namesColumn(text: string, table: readonly ReviewBlock[]): number | undefined {
  const columns = new Set(table.map((c) => c.column!));
  if (columns.size !== 2) return undefined;
  const [a, b] = [...columns];
  const share = (col: number) => {
    const cells = table.filter((c) => c.column === col);
    const named = cells.filter((c) => {
      const cleaned = cleanName(cellName(text.slice(c.content.start, c.content.end)));
      return cleaned !== null && isCellSpeaker(cleaned.name);
    }).length;
    return cells.length === 0 ? 0 : named / cells.length;
  };
  const quoted = (col: number) =>
    table.filter((c) => c.column === col && /[“"‘]/.test(text.slice(c.content.start, c.content.start + 2)))
      .length;
  for (const [names, words] of [
    [b!, a!],
    [a!, b!],
  ] as const) {
    if (share(names) >= 0.6 && quoted(names) === 0 && quoted(words) > 0) return names;
  }
  return undefined;
}
