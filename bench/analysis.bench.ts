/**
 * Speaker analysis of whole novels (quotations, characters, attribution): Pride and Prejudice
 * (~120k words) and Middlemarch (~320k words), from a loaded Book. Target (issue 10): P&P within
 * 0.5 s of CPU on one core, and under 500 MB.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBook } from '../src/analysis/index.js';
import type { Book } from '../src/book/types.js';
import { loadBookFile } from '../src/formats/load.js';
import { type Bench, defineBench } from './harness.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
const NOVELS = [
  { label: 'P&P', file: path.join(corpus, 'litbank/original/1342_pride_and_prejudice.txt'), maxMs: 500 },
  { label: 'Middlemarch', file: path.join(corpus, 'litbank/original/145_middlemarch.txt'), maxMs: undefined },
];

export const benches: Bench[] = NOVELS.map(({ label, file, maxMs }) => {
  const skip = existsSync(file) ? undefined : `corpus file ${file} not found`;
  const bytes = skip ? 0 : statSync(file).size;
  return defineBench({
    name: `${label}: analyzeBook (quotes, characters, speakers)`,
    bytes,
    ...(skip ? { skip } : {}),
    setup: () => loadBookFile(file),
    run: (book: Book) => analyzeBook(book),
    iterations: 5,
    warmup: 1,
    // 500 MB for a ~0.7 MB novel is a ratio of ~700; keep the ratio well inside it.
    target: { ...(maxMs ? { maxMs } : {}), maxMemoryRatio: 300 },
  });
});
