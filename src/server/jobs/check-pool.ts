import type { Worker } from 'node:worker_threads';
import type { Analysis } from '../../analysis/types.js';
import type { Book } from '../../book/types.js';
import type { CheckReport } from '../../check/index.js';
import { LIMITS } from '../../limits.js';
import type { AnalysisLike, CheckOutput, ReviewFormat, ReviewInput, ReviewSource } from '../deps.js';
import { ServiceError } from '../errors.js';
import type { CheckReply, CheckRequest } from './check-worker.js';
import { fromWire, spawnWorker } from './spawn.js';
import { WorkerBooks } from './worker-books.js';

export interface CheckPoolOptions {
  /** Worker threads; each runs one check at a time. */
  workers: number;
  /** Checks held at once, running or waiting (LIMITS.checkQueue). */
  maxQueue?: number;
  /** Review characters held at once, running or waiting (LIMITS.checkQueueCharacters). */
  maxQueueCharacters?: number;
  /**
   * Longest one check may run before its worker is stopped (LIMITS.checkMilliseconds). Read as each
   * check starts, so a change applies to the next check.
   */
  timeoutMs?: number;
  /** Book text each worker keeps indexed (LIMITS.checkWorkerBookCharacters). */
  bookCharacters?: number;
  /** Heap of each worker in MB (LIMITS.checkWorkerHeapMB). */
  heapMB?: number;
  /** Starts a worker; tests pass one that never answers, to hold the pool busy without timing. */
  spawn?: () => Worker;
}

/** A rendered result, or the report itself when the server must finish it (naming another book). */
export type PoolResult = { body: string; report?: undefined } | { report: CheckReport; body?: undefined };

export interface CheckPool {
  /** Checks a review and returns the report object. */
  run(
    book: Book,
    analysis: AnalysisLike | null,
    text: string,
    format: ReviewFormat,
    source?: ReviewSource,
  ): Promise<CheckReport>;
  /**
   * Checks a review and renders it in the worker; with `askLibrary`, a report with questions for the
   * library comes back unrendered, for the server to answer them and render it.
   */
  render(
    book: Book,
    analysis: AnalysisLike | null,
    review: ReviewInput,
    as: CheckOutput,
    askLibrary: boolean,
  ): Promise<PoolResult>;
  /**
   * The error a check of about this many characters sent now would get, or null. Asked before the
   * body is read, so a flood is turned away without parsing it; `submit` decides again on the text.
   */
  full(estimatedCharacters?: number): Error | null;
  /** Starts the workers now, so the first check does not wait for one to boot. */
  warm(): void;
  close(): Promise<void>;
}

interface Job {
  book: Book;
  analysis: AnalysisLike | null;
  text: string;
  format: ReviewFormat;
  source: ReviewSource | undefined;
  output: CheckRequest['output'];
  resolve: (result: PoolResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker | null;
  /** The worker has booted: until then a check's time limit has not started. */
  online: boolean;
  job: Job | null;
  jobId: number;
  startedAt: number;
  /** The time limit of the check running now. */
  limitMs: number;
  timer: NodeJS.Timeout | null;
  books: WorkerBooks;
}

/**
 * Checks reviews in a bounded pool of worker threads, so checks run beside the reader's requests
 * instead of in front of them, on as many cores as the pool has workers. Checks wait in one queue
 * here and each worker runs one at a time: so a check that runs past its time limit can be stopped by
 * stopping its worker without failing anyone else's, and a full queue is known at once and answered
 * 429 with an honest Retry-After instead of a wait of minutes. A worker keeps the books it has indexed
 * (within a bound), and a waiting check goes to an idle worker that already holds its book if any.
 */
export function checkPool(options: number | CheckPoolOptions): CheckPool {
  const o: CheckPoolOptions = typeof options === 'number' ? { workers: options } : options;
  const maxQueue = o.maxQueue ?? LIMITS.checkQueue;
  const maxQueueCharacters = o.maxQueueCharacters ?? LIMITS.checkQueueCharacters;
  const timeoutMs = () => o.timeoutMs ?? LIMITS.checkMilliseconds;
  const heapMB = o.heapMB ?? LIMITS.checkWorkerHeapMB;
  const slots: Slot[] = Array.from({ length: Math.max(1, o.workers) }, () => ({
    worker: null,
    online: false,
    job: null,
    jobId: 0,
    startedAt: 0,
    limitMs: 0,
    timer: null,
    books: new WorkerBooks(o.bookCharacters ?? LIMITS.checkWorkerBookCharacters),
  }));
  const waiting: Job[] = [];
  let heldCharacters = 0;
  let nextId = 1;
  let closed = false;
  /** Recent mean time of one check (ms), for Retry-After; a guess until checks have run. */
  let meanMs = 1000;

  const held = () => waiting.length + slots.filter((s) => s.job).length;

  const retryAfterSeconds = () =>
    Math.min(300, Math.max(1, Math.ceil(((held() / slots.length) * meanMs) / 1000)));

  const busyError = () =>
    new ServiceError(
      'busy',
      429,
      `The server is busy with ${held()} checks; this one was not started.`,
      `Try again in ${retryAfterSeconds()} s.`,
      retryAfterSeconds(),
    );

  /** Ends the slot's job (whatever the outcome) and gives the slot the next one. */
  const finish = (slot: Slot): Job | null => {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    if (job) heldCharacters -= job.text.length;
    return job;
  };

  const start = (slot: Slot): Worker => {
    const w = o.spawn ? o.spawn() : spawnWorker('check-worker', { heapMB });
    slot.online = false;
    // The time limit is the check's, not the worker's boot (loading the checker's modules).
    w.once('online', () => {
      if (slot.worker !== w) return;
      slot.online = true;
      if (slot.job && !slot.timer) startClock(slot);
    });
    const lost = (error: Error) => {
      if (slot.worker !== w) return; // already replaced (timed out, closed)
      slot.worker = null;
      slot.books.clear();
      finish(slot)?.reject(error);
      pump();
    };
    w.on('message', (reply: CheckReply) => {
      if (slot.worker !== w || !slot.job || reply.id !== slot.jobId) return;
      meanMs = 0.8 * meanMs + 0.2 * (performance.now() - slot.startedAt);
      const job = finish(slot)!;
      if (!reply.ok) job.reject(fromWire(reply.error));
      else if (reply.body !== undefined) job.resolve({ body: reply.body });
      else job.resolve({ report: reply.report });
      pump();
    });
    w.on('error', (e: Error & { code?: string }) =>
      lost(
        new Error(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `the check needed more than ${heapMB} MB and was stopped`
            : `the check worker crashed: ${e.message}`,
        ),
      ),
    );
    w.on('exit', (code) => lost(new Error(`the check worker stopped (exit code ${code})`)));
    return w;
  };

  /** Stops a check that ran past its limit: its worker is replaced, the others run on. */
  const timeOut = (slot: Slot) => {
    const w = slot.worker;
    slot.worker = null;
    slot.books.clear();
    if (w) {
      w.removeAllListeners();
      w.on('error', () => {}); // a late error from a worker being stopped is not news
      void w.terminate();
    }
    const limit = slot.limitMs;
    finish(slot)?.reject(
      new ServiceError(
        'check_timeout',
        503,
        `The check ran past its limit of ${limit >= 1000 ? `${Math.round(limit / 1000)} s` : `${limit} ms`} and was stopped.`,
        'Check a shorter review, or split it into parts.',
      ),
    );
    pump();
  };

  const dispatch = (slot: Slot, job: Job) => {
    slot.worker ??= start(slot);
    const { sendBook, sendAnalysis, drop } = slot.books.use(job.book.id, job.book.text.length, job.analysis);
    const request: CheckRequest = {
      id: nextId++,
      bookId: job.book.id,
      drop,
      text: job.text,
      format: job.format,
      source: job.source,
      output: job.output,
    };
    if (sendBook) request.book = job.book;
    if (sendAnalysis) request.analysis = job.analysis as Analysis | null;
    slot.job = job;
    slot.jobId = request.id;
    slot.startedAt = performance.now();
    if (slot.online) startClock(slot);
    slot.worker.postMessage(request);
  };

  const startClock = (slot: Slot) => {
    slot.startedAt = performance.now();
    slot.limitMs = timeoutMs();
    slot.timer = setTimeout(() => timeOut(slot), slot.limitMs);
    slot.timer.unref();
  };

  /** Gives waiting checks to idle workers, oldest first, preferring a worker that holds the book. */
  const pump = () => {
    while (!closed && waiting.length > 0) {
      const idle = slots.filter((s) => !s.job);
      if (idle.length === 0) return;
      const job = waiting.shift()!;
      dispatch(idle.find((s) => s.books.holds(job.book.id)) ?? idle[0]!, job);
    }
  };

  /**
   * The bounds: checks held, and review characters held. The size bound turns a review away only
   * when something else is held, so one review of the largest size is always taken by an idle server.
   */
  const admits = (characters: number) =>
    held() < maxQueue && (held() === 0 || heldCharacters + characters <= maxQueueCharacters);

  const submit = (job: Omit<Job, 'resolve' | 'reject'>): Promise<PoolResult> =>
    new Promise((resolve, reject) => {
      if (closed) return reject(new Error('the check pool is closed'));
      if (!admits(job.text.length)) return reject(busyError());
      heldCharacters += job.text.length;
      waiting.push({ ...job, resolve, reject });
      pump();
    });

  return {
    run: async (book, analysis, text, format, source) => {
      const result = await submit({ book, analysis, text, format, source, output: undefined });
      if (!result.report) throw new Error('check worker: expected a report');
      return result.report;
    },
    render: (book, analysis, review, as, askLibrary) =>
      submit({
        book,
        analysis,
        text: review.text,
        format: review.format,
        source: review.source,
        output: { as, reviewName: review.name, askLibrary },
      }),
    full: (estimatedCharacters = 0) => (admits(estimatedCharacters) ? null : busyError()),
    warm: () => {
      for (const slot of slots) slot.worker ??= start(slot);
    },
    close: async () => {
      closed = true;
      const stopping = () =>
        new ServiceError(
          'stopping',
          503,
          'The server is stopping; the check was not finished.',
          'Try again once it is back.',
        );
      for (const job of waiting.splice(0)) job.reject(stopping());
      await Promise.all(
        slots.map(async (s) => {
          const w = s.worker;
          s.worker = null;
          finish(s)?.reject(stopping());
          if (w) {
            w.removeAllListeners();
            await w.terminate();
          }
        }),
      );
    },
  };
}
