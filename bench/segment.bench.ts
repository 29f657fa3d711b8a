/**
 * Text layer throughput: segmenting (paragraphs + sentences) and normalising whole novels, beside a
 * baseline of just reading and UTF-8-decoding the same file. Target: ≥ 20 MB/s on one core and peak
 * memory under 10× the file size (Middlemarch, 1.8 MB, in under 100 ms).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStructure } from '../src/book/build.js';
import { normalize } from '../src/text/normalize.js';
import { segmentParagraphs, segmentSentences } from '../src/text/segment.js';
import { tokenize } from '../src/text/tokenize.js';
import { type Bench, defineBench } from './harness.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
const NOVELS = [
  { label: 'P&P', file: path.join(corpus, 'litbank/original/1342_pride_and_prejudice.txt') },
  { label: 'Middlemarch', file: path.join(corpus, 'litbank/original/145_middlemarch.txt') },
];

const readText = (file: string) => new TextDecoder('utf-8').decode(readFileSync(file));

function benchesFor(label: string, file: string): Bench[] {
  const skip = existsSync(file) ? undefined : `corpus file ${file} not found`;
  const bytes = skip ? 0 : statSync(file).size;
  const common = { bytes, ...(skip ? { skip } : {}) };
  return [
    defineBench({
      ...common,
      name: `${label}: read + UTF-8 decode (baseline)`,
      run: () => readText(file),
    }),
    defineBench({
      ...common,
      name: `${label}: segment + normalise`,
      setup: () => readText(file),
      run: (text: string) => {
        const paragraphs = segmentParagraphs(text);
        return { paragraphs, sentences: segmentSentences(text, paragraphs), view: normalize(text) };
      },
      target: { mbPerSec: 20, maxMemoryRatio: 10, ...(label === 'Middlemarch' ? { maxMs: 100 } : {}) },
    }),
    defineBench({
      ...common,
      name: `${label}: paragraphs + sentences`,
      setup: () => readText(file),
      run: (text: string) => segmentSentences(text, segmentParagraphs(text)),
    }),
    defineBench({
      ...common,
      name: `${label}: normalise`,
      setup: () => readText(file),
      run: (text: string) => normalize(text),
    }),
    defineBench({
      ...common,
      name: `${label}: normalise + per-unit map`,
      setup: () => readText(file),
      run: (text: string) => {
        const view = normalize(text);
        return view.map.length;
      },
    }),
    defineBench({
      ...common,
      name: `${label}: structure (segment + chapters + word count)`,
      setup: () => readText(file),
      run: (text: string) => buildStructure({ text, headings: [] }),
    }),
    defineBench({
      ...common,
      name: `${label}: tokenize (token objects)`,
      setup: () => {
        const text = readText(file);
        return { text, sentences: segmentSentences(text, segmentParagraphs(text)) };
      },
      run: (s: { text: string; sentences: ReturnType<typeof segmentSentences> }) =>
        tokenize(s.text, s.sentences),
      iterations: 5,
    }),
  ];
}

export const benches: Bench[] = NOVELS.flatMap((n) => benchesFor(n.label, n.file));
