import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VerbatimError } from '../errors.js';
import { readCsvRows, renderCellRows } from './csv.js';

export interface MergeResult {
  csv: string;
  shards: number;
  rows: number;
  /** Shards of 1..N with no CSV yet: the merged file lacks their books. */
  missing: number[];
}

const SHARD_CSV = /^corpus\.(\d+)-of-(\d+)\.csv$/;

/** Joins `corpus.K-of-N.csv` files in `dir` into `corpus.csv` (rows sorted by file). */
export async function mergeShardCsvs(dir: string): Promise<MergeResult> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    throw new VerbatimError('not_found', `cannot read the folder (${(e as NodeJS.ErrnoException).code})`, {
      file: dir,
    });
  }
  const shards = names
    .map((name) => ({ name, m: SHARD_CSV.exec(name) }))
    .filter((s): s is { name: string; m: RegExpExecArray } => s.m !== null)
    .map((s) => ({ name: s.name, index: Number(s.m[1]), count: Number(s.m[2]) }));
  if (shards.length === 0) {
    throw new VerbatimError('not_found', 'no shard CSVs (corpus.K-of-N.csv) here', {
      file: dir,
      hint: 'run `verbatim corpus <folder> --out <dir> --shard K/N` first',
    });
  }
  const counts = new Set(shards.map((s) => s.count));
  if (counts.size > 1) {
    throw new VerbatimError('usage', `shard CSVs of different splits (N = ${[...counts].join(', ')})`, {
      file: dir,
      hint: 'keep the CSVs of one split only',
    });
  }
  const count = shards[0]!.count;
  const byFile = new Map<string, string[]>();
  for (const s of shards.sort((a, b) => a.index - b.index)) {
    const file = path.join(dir, s.name);
    for (const row of readCsvRows(await readFile(file, 'utf8'), file)) byFile.set(row[0]!, row);
  }
  const present = new Set(shards.map((s) => s.index));
  const missing: number[] = [];
  for (let k = 1; k <= count; k++) if (!present.has(k)) missing.push(k);
  const csv = path.join(dir, 'corpus.csv');
  const tmp = `${csv}.${process.pid}.tmp`;
  await writeFile(tmp, renderCellRows([...byFile.values()]));
  await rename(tmp, csv);
  return { csv, shards: shards.length, rows: byFile.size, missing };
}
