import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { analyzeBook } from '../analysis/index.js';
import type { Analysis } from '../analysis/types.js';
import type { Book } from '../book/types.js';
import { type LoadOptions, loadBookFile } from '../formats/load.js';
import { countWords } from '../text/tokenize.js';
import { entitiesTsv, quotesTsv, TokenIndex, tokensTsv } from './booknlp.js';
import type { CorpusRow } from './row.js';

/** What a worker is asked to do: one book, into `<outDir>/<id>/`. */
export interface BookJob {
  file: string;
  relative: string;
  id: string;
  outDir: string;
  load: LoadOptions;
}

/** The row is kept beside the outputs, so a rerun rebuilds corpus.csv without re-reading the book. */
export const ROW_FILE = 'corpus-row.json';
/** Where books are written while in progress; renamed into `<outDir>/<id>` only when complete. */
export const TMP_DIR = '.tmp';

export function bookDir(outDir: string, id: string): string {
  return path.join(outDir, id);
}

/**
 * Temp folder of one attempt: host and pid in its name, so runs on several machines sharing one
 * output folder never write into each other's, and a later run can tell a dead run's leftovers.
 */
export function tmpDirFor(outDir: string, id: string): string {
  return path.join(outDir, TMP_DIR, `${id}.${os.hostname()}.${process.pid}`);
}

/** Words inside quotations over all words: how much of the book is dialogue. */
function dialogueShare(book: Book, analysis: Analysis): number {
  const words = book.structure.wordCount;
  if (words === 0) return 0;
  let quoted = 0;
  for (const q of analysis.quotes) for (const p of q.parts) quoted += countWords(book.text, p);
  return quoted / words;
}

/**
 * Reads, analyses and writes one book. Everything goes to a temp folder first, renamed into place
 * when complete: a killed run leaves a temp folder (cleaned by the next run), never half a book.
 */
export async function runBookJob(job: BookJob): Promise<CorpusRow> {
  const started = performance.now();
  const book = await loadBookFile(job.file, job.load);
  const analysis = analyzeBook(book);
  const tmp = tmpDirFor(job.outDir, job.id);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const index = new TokenIndex(book);
  const id = book.id;
  await writeFile(
    path.join(tmp, `${id}.analysis.json`),
    JSON.stringify({
      id,
      file: job.relative,
      title: book.metadata.title,
      author: book.metadata.author,
      format: book.format,
      encoding: book.encoding,
      words: book.structure.wordCount,
      chapters: book.structure.chapters.map((c) => ({
        index: c.index,
        title: c.title,
        start: c.start,
        end: c.end,
      })),
      analysis,
    }),
  );
  await writeFile(path.join(tmp, `${id}.tokens`), tokensTsv(index));
  await writeFile(path.join(tmp, `${id}.entities`), entitiesTsv(index, analysis));
  await writeFile(path.join(tmp, `${id}.quotes`), quotesTsv(index, analysis));
  const row: CorpusRow = {
    file: job.relative,
    id,
    title: book.metadata.title ?? '',
    author: book.metadata.author ?? '',
    words: book.structure.wordCount,
    chapters: book.structure.chapters.length,
    characters: analysis.characters.length,
    quotations: analysis.quotes.length,
    dialogueShare: dialogueShare(book, analysis),
    seconds: (performance.now() - started) / 1000,
    status: 'ok',
    error: '',
  };
  await writeFile(path.join(tmp, ROW_FILE), `${JSON.stringify(row)}\n`);
  try {
    await rename(tmp, bookDir(job.outDir, id));
  } catch (e) {
    // Another run (a shard on another machine, a duplicate file) finished the same book first:
    // its folder is as good as ours.
    await rm(tmp, { recursive: true, force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
  }
  return row;
}

/** The row of a book finished by an earlier run, or null when its folder is not complete. */
export async function finishedRow(outDir: string, id: string): Promise<CorpusRow | null> {
  try {
    return JSON.parse(await readFile(path.join(bookDir(outDir, id), ROW_FILE), 'utf8')) as CorpusRow;
  } catch {
    return null;
  }
}
