import { existsSync } from 'node:fs';
import { fromSource, packagePath } from '../../package-files.js';
import type { ClassSetRow } from './entry.js';
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker.js';

/**
 * Checks a class set's essays in this thread and `jobs - 1` worker threads, each taking the next
 * essay when it is done with one, so 30 essays use every core (this thread works too: it already
 * has the book open and the checker warm). Each worker opens the book from the library itself (stored index and analysis: tens
 * of milliseconds) rather than being sent it. Results come back in any order; `onRow` gets each
 * with its index as it arrives.
 */
const WORKER = packagePath('dist/cli/check/worker.js');

/**
 * False when running from the TypeScript sources (tests: a worker thread cannot load them) or before
 * the build: the essays are then checked in this thread alone.
 */
export function workersAvailable(): boolean {
  return !fromSource && existsSync(WORKER);
}

export async function checkInWorkers(
  tasks: readonly WorkerTask[],
  setup: WorkerSetup,
  jobs: number,
  onRow: (index: number, row: ClassSetRow) => void,
  here: (task: WorkerTask) => Promise<ClassSetRow>,
): Promise<void> {
  let next = 0;
  let failure: unknown = null;
  const runHere = async () => {
    while (!failure && next < tasks.length) {
      const task = tasks[next++]!;
      try {
        onRow(task.index, await here(task));
      } catch (e) {
        failure ??= e;
      }
    }
  };
  const runWorker = () =>
    new Promise<void>((resolve) => {
      // (loaded here, not imported: a check of one review has no workers and ~3 ms less to load)
      const { Worker } = process.getBuiltinModule('node:worker_threads');
      const worker = new Worker(WORKER, { workerData: setup });
      const give = () => {
        if (failure || next >= tasks.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage(tasks[next++]!);
      };
      worker.on('message', (reply: WorkerReply) => {
        if (reply.kind === 'done') onRow(reply.index, reply.row);
        if (reply.kind === 'bug') failure ??= new Error(reply.stack);
        give();
      });
      // A worker that dies (out of memory, a bug while opening the book) ends the command as a bug.
      worker.on('error', (e) => {
        failure ??= e;
        resolve();
      });
    });
  const workers = Array.from({ length: Math.min(jobs, tasks.length) - 1 }, runWorker);
  await Promise.all([runHere(), ...workers]);
  if (failure) throw failure;
}
