import { VerbatimError } from '../errors.js';
import { type CorpusRow, CSV_COLUMNS } from './row.js';

/** RFC 4180: quote a field that holds a comma, quote or line break; double the quotes inside. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function num(n: number | null, digits?: number): string {
  if (n === null) return '';
  return digits === undefined ? String(n) : n.toFixed(digits);
}

export function rowCells(r: CorpusRow): string[] {
  return [
    r.file,
    r.id,
    r.title,
    r.author,
    num(r.words),
    num(r.chapters),
    num(r.characters),
    num(r.quotations),
    num(r.dialogueShare, 4),
    num(r.seconds, 2),
    r.status,
    r.error,
  ];
}

/** The whole CSV, header first, rows sorted by file so shards merged or not give the same bytes. */
export function renderCsv(rows: readonly CorpusRow[]): string {
  const sorted = [...rows].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const lines = [CSV_COLUMNS.join(','), ...sorted.map((r) => rowCells(r).map(field).join(','))];
  return `${lines.join('\n')}\n`;
}

/** Records of a CSV (RFC 4180, quoted fields may hold commas and line breaks). */
export function parseCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') quoted = false;
      else value += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(value);
      value = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(value);
      records.push(record);
      record = [];
      value = '';
    } else value += c;
  }
  if (value !== '' || record.length > 0) {
    record.push(value);
    records.push(record);
  }
  return records;
}

/**
 * The data rows of a corpus CSV written by Verbatim, as cell arrays (merging needs no more than that).
 * A file with another header is refused: merging it would shift columns silently.
 */
export function readCsvRows(text: string, file: string): string[][] {
  const [header, ...rows] = parseCsvRecords(text);
  if (!header || header.join(',') !== CSV_COLUMNS.join(',')) {
    throw new VerbatimError('usage', 'not a Verbatim corpus CSV (its header differs)', {
      file,
      hint: `expected the columns ${CSV_COLUMNS.join(',')}`,
    });
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

/** Rows as cells back to CSV text, sorted by their first column (the file). */
export function renderCellRows(rows: string[][]): string {
  const sorted = [...rows].sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
  return `${[CSV_COLUMNS.join(','), ...sorted.map((r) => r.map(field).join(','))].join('\n')}\n`;
}
