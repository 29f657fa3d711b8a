/**
 * Corpus mode throughput: `runCorpus` over 8 PDNC novels with 2 worker processes, into a fresh output
 * folder each run (nothing skipped). Books per minute = 8 × 60,000 / the median wall time in ms. Only
 * wall time means anything here: the work is done in the worker processes, not in this one.
 * The full 110-novel figure is in docs/corpus.md (`bin/verbatim corpus … --jobs 2`).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCorpus } from '../src/corpus/run.js';
import { type Bench, defineBench } from './harness.js';

const pdnc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus/pdnc');
const BOOKS = 8;

interface State {
  folder: string;
  scratch: string;
}

export const benches: Bench[] = [
  defineBench<State>({
    name: `corpus: ${BOOKS} PDNC novels, --jobs 2 (books/min = ${BOOKS * 60_000} / median ms)`,
    ...(existsSync(pdnc) ? {} : { skip: `the corpus (${pdnc}) is not here` }),
    setup: () => {
      const scratch = mkdtempSync(path.join(tmpdir(), 'verbatim-corpus-bench-'));
      const folder = path.join(scratch, 'novels');
      for (const name of readdirSync(pdnc).sort().slice(0, BOOKS)) {
        mkdirSync(path.join(folder, name), { recursive: true });
        symlinkSync(path.join(pdnc, name, 'novel_text.txt'), path.join(folder, name, 'novel_text.txt'));
      }
      process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
      return { folder, scratch };
    },
    run: async ({ folder, scratch }) => {
      const summary = await runCorpus({
        folder,
        outDir: mkdtempSync(path.join(scratch, 'out-')),
        jobs: 2,
        shard: null,
        load: {},
        isTTY: false,
        stderr: () => {},
      });
      if (summary.analysed !== BOOKS) throw new Error(`analysed ${summary.analysed} of ${BOOKS}`);
      return summary;
    },
    iterations: 1,
    warmup: 0,
  }),
];
