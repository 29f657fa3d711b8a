import { parentPort } from 'node:worker_threads';
import { analyzeBook } from '../../analysis/index.js';
import type { Book } from '../../book/types.js';
import type { AnalysisLike } from '../deps.js';
import { lowerThreadPriority } from './thread-priority.js';

/** The worker thread's side of `workerRunner`: analyse each book it is sent, reply with the result. */
export interface WorkerRequest {
  id: number;
  book: Book;
}

export type WorkerReply =
  | { id: number; ok: true; analysis: AnalysisLike }
  | { id: number; ok: false; error: string };

lowerThreadPriority();

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: request.id, ok: true, analysis: analyzeBook(request.book) };
  } catch (e) {
    reply = { id: request.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
});
