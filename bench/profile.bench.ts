/**
 * `verbatim profile` and `verbatim voices` on Middlemarch (~320k words) from a loaded Book and its
 * analysis (computed in setup, as a stored one is read): what they add to an analysis a library keeps.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBook } from '../src/analysis/index.js';
import type { Analysis } from '../src/analysis/types.js';
import type { Book } from '../src/book/types.js';
import { loadBookFile } from '../src/formats/load.js';
import { profileBook } from '../src/profile/index.js';
import { characterVoices } from '../src/voices/index.js';
import { type Bench, defineBench } from './harness.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
const FILE = path.join(corpus, 'litbank/original/145_middlemarch.txt');
const skip = existsSync(FILE) ? undefined : `corpus file ${FILE} not found`;
const bytes = skip ? 0 : statSync(FILE).size;

const setup = async (): Promise<{ book: Book; analysis: Analysis }> => {
  const book = await loadBookFile(FILE);
  return { book, analysis: analyzeBook(book) };
};

export const benches: Bench[] = [
  defineBench({
    name: 'Middlemarch: profile (narration, dialogue share, lengths, MATTR, chapter words)',
    bytes,
    ...(skip ? { skip } : {}),
    setup,
    run: ({ book, analysis }: { book: Book; analysis: Analysis }) => profileBook(book, analysis),
    iterations: 5,
    warmup: 1,
  }),
  defineBench({
    name: 'Middlemarch: voices (every character: lines, addressees, words, phrases)',
    bytes,
    ...(skip ? { skip } : {}),
    setup,
    run: ({ book, analysis }: { book: Book; analysis: Analysis }) => characterVoices(book, analysis),
    iterations: 5,
    warmup: 1,
  }),
];
