/**
 * A corpus worker process (forked by pool.ts): analyses the books it is sent, one at a time, and
 * answers each with its CSV row or the reason it failed. A process rather than a thread, so a book
 * that exhausts memory or crashes takes only its own worker down, and the parent reports it.
 */
import { isVerbatimError } from '../errors.js';
import { type BookJob, runBookJob } from './book-job.js';
import type { CorpusRow } from './row.js';

export type ToWorker = { type: 'job'; job: BookJob };
export type FromWorker =
  | { type: 'done'; file: string; row: CorpusRow }
  | { type: 'failed'; file: string; id: string; error: string };

function reason(e: unknown): string {
  if (isVerbatimError(e)) {
    const hint = e.details.hint ? ` (${e.details.hint})` : '';
    return `${e.message}${hint}`;
  }
  return `internal error: ${e instanceof Error ? e.message : String(e)}`;
}

process.on('message', (message: ToWorker) => {
  if (message.type !== 'job') return;
  const { job } = message;
  runBookJob(job).then(
    (row) => process.send?.({ type: 'done', file: job.file, row } satisfies FromWorker),
    (e: unknown) =>
      process.send?.({ type: 'failed', file: job.file, id: job.id, error: reason(e) } satisfies FromWorker),
  );
});
// The parent going away (killed run) ends the worker too, instead of leaving it analysing alone.
process.on('disconnect', () => process.exit(0));
