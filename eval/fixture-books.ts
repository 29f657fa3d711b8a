/**
 * The self-written fixture novels of the check's whole-page cases (test/fixtures/check), loaded and
 * analysed once per process: eval:pages and eval:names read the same pages against the same books.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBook } from '../src/analysis/index.js';
import type { Book } from '../src/book/types.js';
import { loadBookFile } from '../src/formats/load.js';

export const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/check');
export const casesDir = path.join(fixtures, 'cases');

const books = new Map<string, { book: Book; analysis: ReturnType<typeof analyzeBook> }>();

/** A fixture novel by file name (`novel.txt`), with its analysis. */
export async function bookFor(
  name: string,
): Promise<{ book: Book; analysis: ReturnType<typeof analyzeBook> }> {
  let b = books.get(name);
  if (!b) {
    const book = await loadBookFile(path.join(fixtures, name));
    b = { book, analysis: analyzeBook(book) };
    books.set(name, b);
  }
  return b;
}
