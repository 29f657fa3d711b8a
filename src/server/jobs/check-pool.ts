import type { Worker } from 'node:worker_threads';
import type { Analysis } from '../../analysis/types.js';
import type { Book } from '../../book/types.js';
import type { CheckReport } from '../../check/index.js';
import type { AnalysisLike, ReviewFormat, ReviewSource } from '../deps.js';
import type { CheckReply, CheckRequest } from './check-worker.js';
import { fromWire, spawnWorker } from './spawn.js';

/** Books each worker keeps (a 2 MB novel and its word index is tens of MB). */
const BOOKS_PER_WORKER = 2;

interface Slot {
  worker: Worker | null;
  pending: Map<number, { resolve: (r: CheckReport) => void; reject: (e: Error) => void }>;
  /** Books this worker holds, most recently used last, with the analysis object it was sent. */
  books: { id: string; analysis: AnalysisLike | null }[];
}

export interface CheckPool {
  run(
    book: Book,
    analysis: AnalysisLike | null,
    text: string,
    format: ReviewFormat,
    source?: ReviewSource,
  ): Promise<CheckReport>;
  /** Starts the workers now, so the first check does not wait for one to boot. */
  warm(): void;
  close(): Promise<void>;
}

/**
 * Checks reviews in worker threads, so a burst of checks against a long novel runs beside the
 * reader instead of in front of it, and on several cores when there are some. Each request goes
 * to the least busy worker (preferring one that already holds the book); a worker that dies fails
 * only its own requests and is replaced on the next one.
 */
export function checkPool(size: number): CheckPool {
  let nextId = 1;
  const slots: Slot[] = Array.from({ length: Math.max(1, size) }, () => ({
    worker: null,
    pending: new Map(),
    books: [],
  }));

  const start = (slot: Slot): Worker => {
    const w = spawnWorker('check-worker');
    const fail = (error: Error) => {
      for (const job of slot.pending.values()) job.reject(error);
      slot.pending.clear();
      slot.books = [];
      slot.worker = null;
    };
    w.on('message', (reply: CheckReply) => {
      const job = slot.pending.get(reply.id);
      if (!job) return;
      slot.pending.delete(reply.id);
      if (reply.ok) job.resolve(reply.report);
      else job.reject(fromWire(reply.error));
    });
    w.on('error', (e) => fail(new Error(`the check worker crashed: ${e.message}`)));
    w.on('exit', (code) => fail(new Error(`the check worker stopped (exit code ${code})`)));
    return w;
  };

  const pick = (bookId: string): Slot =>
    slots.reduce((best, s) => {
      const load = s.pending.size - (s.books.some((b) => b.id === bookId) ? 0.5 : 0);
      const bestLoad = best.pending.size - (best.books.some((b) => b.id === bookId) ? 0.5 : 0);
      return load < bestLoad ? s : best;
    });

  return {
    run: (book, analysis, text, format, source) =>
      new Promise((resolve, reject) => {
        const slot = pick(book.id);
        slot.worker ??= start(slot);
        const request: CheckRequest = { id: nextId++, bookId: book.id, drop: [], text, format, source };
        const held = slot.books.findIndex((b) => b.id === book.id);
        if (held < 0) {
          request.book = book;
          request.analysis = analysis as Analysis | null;
          slot.books.push({ id: book.id, analysis });
          while (slot.books.length > BOOKS_PER_WORKER) request.drop.push(slot.books.shift()!.id);
        } else {
          const entry = slot.books.splice(held, 1)[0]!;
          if (entry.analysis !== analysis) request.analysis = analysis as Analysis | null;
          slot.books.push({ id: book.id, analysis });
        }
        slot.pending.set(request.id, { resolve, reject });
        slot.worker.postMessage(request);
      }),
    warm: () => {
      for (const slot of slots) slot.worker ??= start(slot);
    },
    close: async () => {
      await Promise.all(
        slots.map(async (s) => {
          const w = s.worker;
          s.worker = null;
          if (w) {
            w.removeAllListeners('exit');
            await w.terminate();
          }
        }),
      );
    },
  };
}
