import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { VerbatimError } from '../errors.js';
import type { LoadOptions } from '../formats/load.js';
import { type BookJob, finishedRow, TMP_DIR } from './book-job.js';
import { renderCsv } from './csv.js';
import { discoverNovels } from './discover.js';
import { acquireLock } from './lock.js';
import { runPool } from './pool.js';
import { Progress } from './progress.js';
import { type CorpusRow, failedRow } from './row.js';
import { csvNameFor, inShard, type Shard } from './shard.js';

export interface CorpusOptions {
  folder: string;
  outDir: string;
  jobs: number;
  shard: Shard | null;
  load: LoadOptions;
  isTTY: boolean;
  stderr: (s: string) => void;
}

export interface CorpusSummary {
  csv: string;
  books: number;
  analysed: number;
  skipped: number;
  failed: number;
  duplicates: number;
  seconds: number;
}

/** Book id as the library gives it (first 12 hex digits of the SHA-256 of the bytes), streamed. */
async function fileId(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex').slice(0, 12);
}

/** Removes temp folders left on this machine by runs that are no longer alive. */
async function cleanStaleTemps(outDir: string): Promise<void> {
  const dir = path.join(outDir, TMP_DIR);
  const host = os.hostname();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^[0-9a-f]+\.(.+)\.(\d+)$/.exec(name);
    if (!m || m[1] !== host) continue;
    const pid = Number(m[2]);
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch (e) {
      alive = (e as NodeJS.ErrnoException).code === 'EPERM';
    }
    if (!alive) await rm(path.join(dir, name), { recursive: true, force: true });
  }
}

async function assertFolder(folder: string): Promise<void> {
  const info = await stat(folder).catch(() => null);
  if (!info) throw new VerbatimError('not_found', 'no such folder', { file: folder });
  if (!info.isDirectory()) {
    throw new VerbatimError('usage', 'is not a folder', {
      file: folder,
      hint: 'give the folder holding the novels',
    });
  }
}

/**
 * A corpus run: find the novels (of this shard), skip those an earlier run finished, analyse the rest
 * in worker processes, and write the CSV. Per-book failures are rows, not exceptions.
 */
export async function runCorpus(options: CorpusOptions): Promise<CorpusSummary> {
  const started = performance.now();
  const folder = path.resolve(options.folder);
  const outDir = path.resolve(options.outDir);
  await assertFolder(folder);
  try {
    await mkdir(outDir, { recursive: true });
  } catch (e) {
    throw new VerbatimError(
      'usage',
      `cannot create the output folder (${(e as NodeJS.ErrnoException).code})`,
      {
        file: outDir,
        hint: 'choose a folder you can write to with --out',
      },
    );
  }
  const csvName = csvNameFor(options.shard);
  const release = await acquireLock(outDir, csvName);
  try {
    await cleanStaleTemps(outDir);
    const files = (await discoverNovels(folder, [outDir])).filter((f) => inShard(f.relative, options.shard));
    const rows: CorpusRow[] = [];
    const jobs: BookJob[] = [];
    const firstById = new Map<string, string>();
    let skipped = 0;
    let duplicates = 0;
    for (const f of files) {
      const size = (await stat(f.file)).size;
      const max = options.load.maxBytes;
      if (max !== undefined && size > max) {
        rows.push(
          failedRow(f.relative, '', `larger than ${Math.round(max / 2 ** 20)} MB (--max-size to lift)`),
        );
        continue;
      }
      const id = await fileId(f.file);
      const first = firstById.get(id);
      if (first !== undefined) {
        rows.push({ ...failedRow(f.relative, id, `same bytes as ${first}`), status: 'duplicate' });
        duplicates++;
        continue;
      }
      firstById.set(id, f.relative);
      const done = await finishedRow(outDir, id);
      if (done) {
        rows.push({ ...done, file: f.relative });
        skipped++;
        continue;
      }
      jobs.push({ file: f.file, relative: f.relative, id, outDir, load: options.load });
    }
    const byFile = new Map(jobs.map((j) => [j.file, j]));
    if (skipped > 0)
      options.stderr(`${skipped} of ${files.length} books already done in ${outDir}: skipped\n`);
    const progress = new Progress({ total: jobs.length, isTTY: options.isTTY, write: options.stderr });
    let analysed = 0;
    let failed = rows.filter((r) => r.status === 'failed').length;
    for (const r of rows) if (r.status === 'failed') options.stderr(`failed: ${r.file}: ${r.error}\n`);
    await runPool(jobs, Math.max(1, options.jobs), (result) => {
      const job = byFile.get(result.file)!;
      if (result.type === 'done') {
        analysed++;
        rows.push({ ...result.row, file: job.relative });
        progress.book(job.relative);
      } else {
        rows.push(failedRow(job.relative, result.id, result.error));
        failed++;
        progress.book(job.relative, result.error);
      }
    });
    progress.end();
    // Workers orphaned by a killed run may have been alive at the start; they are gone by now.
    await cleanStaleTemps(outDir);
    const csv = path.join(outDir, csvName);
    const tmp = `${csv}.${process.pid}.tmp`;
    await writeFile(tmp, renderCsv(rows));
    await rename(tmp, csv);
    return {
      csv,
      books: files.length,
      analysed,
      skipped,
      failed,
      duplicates,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await release();
  }
}
