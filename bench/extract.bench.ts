/**
 * The extract stage on large reviews against Middlemarch (~320k words), the book's word index
 * already built: an essay of 2,000 paragraphs each with a marked quotation (marks only; the search
 * for unmarked words is spared by its cheap trigram test), and a quote list of 1,000 unmarked items
 * (each searched in the book: the costly case). `npm run bench -- extract`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from '../eval/check/plant.js';
import { extractQuotations } from '../src/check/extract/index.js';
import type { ExtractBook } from '../src/check/extract/types.js';
import { buildBookIndex } from '../src/check/locate/book-index.js';
import { parseReviewDocument } from '../src/check/review/document.js';
import { type Bench, defineBench } from './harness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MIDDLEMARCH = path.resolve(root, '../shared/corpus/litbank/original/145_middlemarch.txt');
const skip = existsSync(MIDDLEMARCH) ? undefined : 'the corpus (../shared/corpus) is not here';

interface State {
  book: ExtractBook;
  review: string;
}

function setup(kind: 'essay' | 'list', n: number): State {
  const text = readFileSync(MIDDLEMARCH, 'utf8');
  const book = { index: buildBookIndex(text), text };
  const r = rng(11);
  const sentences = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .filter((s) => s.split(' ').length >= 8 && s.split(' ').length <= 30 && !/["“”‘’_]/.test(s));
  const pick = () => sentences[Math.floor(r() * sentences.length)]!;
  const review =
    kind === 'essay'
      ? Array.from(
          { length: n },
          (_, i) => `In part ${i} the narrator says “${pick()}” and the argument turns.`,
        ).join('\n\n')
      : Array.from({ length: n }, () => `- ${pick()}`).join('\n');
  return { book, review };
}

const run = (s: State) => extractQuotations(parseReviewDocument(s.review), { book: s.book }).quotes.length;

export const benches: Bench[] = [
  defineBench({
    name: 'extract: essay of 2,000 paragraphs with marked quotations (Middlemarch index built)',
    skip,
    setup: () => setup('essay', 2000),
    run,
    iterations: 3,
    warmup: 1,
    target: { maxMs: 1000 },
  }),
  defineBench({
    name: 'extract: quote list of 1,000 unmarked items (Middlemarch index built)',
    skip,
    setup: () => setup('list', 1000),
    run,
    iterations: 3,
    warmup: 1,
    target: { maxMs: 3000 },
  }),
];
