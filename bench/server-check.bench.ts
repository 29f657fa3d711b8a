/**
 * What one check costs a running server's check worker (issue 11): a 45-quotation review against
 * Pride and Prejudice with its speaker analysis, checked and rendered as the check page's JSON, as
 * src/server/jobs/check-worker.ts does. The reviews are those of `npm run load` (test/load/review.ts,
 * written at run time from the novel's own sentences), all different, after warm-up runs as in a
 * worker that has been up a while. What one check costs is what `npm run load`'s 50 concurrent
 * checks queue on: their p99 ≤ 1 s on 2 cores needs ≤ 20 ms a check with one worker (or ≤ 40 ms with
 * two, were the readers' core free), so the target is 20 checks in ≤ 400 ms of CPU.
 *
 * A run is 20 checks, not one: the harness collects garbage fully before each run, and the check
 * right after a full collection costs three times a usual one (measured: ~115 against ~40 ms; a
 * worker collects fully now and then, not before every check).
 *
 * `npm run bench -- 'server check'`; skipped with a message where the corpus is absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBook } from '../src/analysis/index.js';
import type { Book } from '../src/book/types.js';
import { checkReview, type SpeakerModel } from '../src/check/index.js';
import { loadBookFile } from '../src/formats/load.js';
import { renderCheck } from '../src/server/render-check.js';
import { generateReview } from '../test/load/review.js';
import { defineBench } from './harness.js';

const NOVEL = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../shared/corpus/pdnc/PrideAndPrejudice/novel_text.txt',
);
/** Checks per timed run. */
const PER_RUN = 20;
/** Distinct reviews, taken in turn: as many as warm-up and timed runs check, so none repeats. */
const REVIEWS = PER_RUN * 13 + 1;

interface State {
  book: Book;
  analysis: SpeakerModel;
  reviews: string[];
  next: number;
}

export const benches = [
  defineBench({
    name: 'server check: 20 different 45-quotation reviews vs analysed P&P, warm worker (check + page JSON)',
    ...(existsSync(NOVEL) ? {} : { skip: `corpus novel ${NOVEL} not found` }),
    setup: async (): Promise<State> => {
      const book = await loadBookFile(NOVEL);
      const analysis = analyzeBook(book);
      const reviews = Array.from({ length: REVIEWS }, (_, i) => generateReview(book, 45, 100 + i));
      // The worker's first check indexes the book; that is not what is timed here.
      checkReview(reviews[REVIEWS - 1]!, book, { analysis });
      return { book, analysis, reviews, next: 0 };
    },
    run: (s: State) => {
      let bytes = 0;
      for (let k = 0; k < PER_RUN; k++) {
        const text = s.reviews[s.next++ % (REVIEWS - 1)]!;
        const report = checkReview(text, s.book, { analysis: s.analysis, format: 'md' });
        bytes += renderCheck(report, s.book, { as: 'view', reviewName: 'review.md' }).length;
      }
      return bytes;
    },
    warmup: 3,
    iterations: 9,
    target: { maxMs: PER_RUN * 20 },
  }),
];
