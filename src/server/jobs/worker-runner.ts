import type { Worker } from 'node:worker_threads';
import type { Book } from '../../book/types.js';
import type { AnalysisLike, AnalysisRunner } from '../deps.js';
import type { WorkerReply, WorkerRequest } from './analysis-worker.js';
import { spawnWorker } from './spawn.js';

/**
 * Runs analyzeBook in one long-lived worker thread, so a minute of analysis on a long novel never
 * blocks the server's event loop. If the worker dies (a crash, out of memory), the job in flight
 * fails with that reason and the next job starts a fresh worker. An analysis that runs past
 * `timeoutMs` (a pathological text) is stopped and reported as failed, so the queue moves on.
 */
export function workerRunner(
  options: { timeoutMs?: number } = {},
): AnalysisRunner & { close(): Promise<void> } {
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (a: AnalysisLike) => void; reject: (e: Error) => void }>();

  const failAll = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    worker = null;
  };

  const start = (): Worker => {
    const w = spawnWorker('analysis-worker');
    w.on('message', (reply: WorkerReply) => {
      const job = waiting.get(reply.id);
      if (!job) return;
      waiting.delete(reply.id);
      if (reply.ok) job.resolve(reply.analysis);
      else job.reject(new Error(reply.error));
    });
    w.on('error', (e) => failAll(new Error(`the analysis worker crashed: ${e.message}`)));
    w.on('exit', (code) => {
      if (waiting.size > 0) failAll(new Error(`the analysis worker stopped (exit code ${code})`));
      worker = null;
    });
    return w;
  };

  const run = (book: Book): Promise<AnalysisLike> =>
    new Promise((resolve, reject) => {
      worker ??= start();
      const w = worker;
      const id = nextId++;
      const timer = setTimeout(() => {
        failAll(new Error(`the analysis took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`));
        void w.terminate();
      }, timeoutMs);
      timer.unref();
      const done = () => clearTimeout(timer);
      waiting.set(id, {
        resolve: (a) => {
          done();
          resolve(a);
        },
        reject: (e) => {
          done();
          reject(e);
        },
      });
      const request: WorkerRequest = { id, book };
      w.postMessage(request);
    });

  return Object.assign(run, {
    close: async () => {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  });
}
