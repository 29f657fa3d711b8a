import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pdncNovelDirs } from '../../eval/pdnc.js';
import { model, prepare, reranked, score } from '../../eval/train-speaker-ranker.js';
import { fitRanker } from '../../src/analysis/ranker/fit.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(root, '../shared/corpus');
const dirs = pdncNovelDirs(corpus);
const HELD_OUT = 'PrideAndPrejudice';
const available = existsSync(corpus) && dirs.some((d) => path.basename(d) === HELD_OUT) && dirs.length > 5;
if (!available) console.warn(`ranker corpus test skipped: no PDNC novels under ${corpus}/pdnc`);

describe.skipIf(!available)('speaker ranker on a novel it was not trained on', () => {
  it(`does not lower speaker accuracy on ${HELD_OUT} when trained on the other novels`, () => {
    const held = prepare(dirs.find((d) => path.basename(d) === HELD_OUT)!);
    const others = dirs.filter((d) => path.basename(d) !== HELD_OUT).map(prepare);
    const w = fitRanker(
      others.flatMap((d) => d.examples),
      { epochs: 100 },
    );
    const sieve = score(held, held.analysis);
    const ranked = score(held, reranked(held, model(w, 1.01, 'test')));
    expect(ranked.goldQuotes).toBe(sieve.goldQuotes);
    expect(ranked.correct).toBeGreaterThanOrEqual(sieve.correct);
  }, 180_000);
});
