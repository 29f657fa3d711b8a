/**
 * The readers of `npm run load`, in a worker thread of their own: other people's browsers, which the
 * load generator's own work (sending 50 check bodies at once, reading the answers) must not hold up,
 * or their latency would be the generator's. Started through src/server/jobs/ts-worker.mjs (a worker
 * does not inherit tsx). workerData: ReaderOptions; a message {run: intervalMs} starts the readers,
 * {stop: true} stops them and answers with a ReaderRun.
 */
import { parentPort, workerData } from 'node:worker_threads';

export interface ReaderOptions {
  /** The server's API root, ending in /api. */
  api: string;
  bookId: string;
  /** The book's chapters (start and end offsets), read one after another. */
  chapters: { start: number; end: number }[];
  readers: number;
}

/** What the readers saw between {run} and {stop}. */
export interface ReaderRun {
  ms: number[];
  errors: string[];
}

const { api, bookId, chapters, readers } = workerData as ReaderOptions;

/**
 * A reader: one request after another (a chapter, a search, the contents), the k-th due at
 * k × intervalMs from the start, staggered among the readers; its latency runs from when it was due,
 * so a request held up by the one before counts that wait too (no coordinated omission). intervalMs
 * 0: each as soon as the one before is answered.
 */
async function reader(n: number, intervalMs: number, stopped: () => boolean, run: ReaderRun): Promise<void> {
  const t0 = performance.now() + (n * intervalMs) / readers;
  for (let k = 0, i = n; !stopped(); k++, i += readers) {
    const due = intervalMs > 0 ? t0 + k * intervalMs : performance.now();
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (stopped()) break;
    const chapter = chapters[i % chapters.length]!;
    const url =
      i % 3 === 0
        ? `${api}/books/${bookId}/passage?start=${chapter.start}&end=${chapter.end}`
        : i % 3 === 1
          ? `${api}/books/${bookId}/search?q=${encodeURIComponent(['Darcy', 'Pemberley', 'Netherfield', 'Lydia'][i % 4]!)}`
          : `${api}/books/${bookId}`;
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      run.ms.push(performance.now() - due);
      if (res.status !== 200) run.errors.push(`${url}: ${res.status}`);
    } catch (e) {
      run.errors.push(`${url}: ${String(e)}`);
    }
  }
}

let current: { stop: () => void; done: Promise<ReaderRun> } | null = null;

parentPort?.on('message', (m: { run: number } | { stop: true }) => {
  if ('run' in m) {
    const run: ReaderRun = { ms: [], errors: [] };
    let stopped = false;
    const all = Array.from({ length: readers }, (_, n) => reader(n, m.run, () => stopped, run));
    current = { stop: () => (stopped = true), done: Promise.all(all).then(() => run) };
  } else if (current) {
    const { stop, done } = current;
    current = null;
    stop();
    void done.then((run) => parentPort?.postMessage(run));
  }
});
