import { type ChildProcess, fork } from 'node:child_process';
import { fromSource, modulePath } from '../package-files.js';
import type { BookJob } from './book-job.js';
import type { FromWorker, ToWorker } from './worker.js';

/**
 * The worker script beside this module: `worker.js` when running from dist/, `worker.ts` when
 * running from source (tests), which then needs tsx's loader in the child.
 */
function workerEntry(): { path: string; execArgv: string[] } {
  return { path: modulePath('corpus/worker'), execArgv: fromSource ? ['--import', 'tsx'] : [] };
}

export type JobResult = FromWorker;

/**
 * Runs jobs on `size` worker processes, each one book at a time; resolves when every job has a
 * result. A worker that dies (out of memory, killed) fails its book and is replaced.
 */
export function runPool(
  jobs: readonly BookJob[],
  size: number,
  onResult: (result: JobResult) => void,
): Promise<void> {
  const entry = workerEntry();
  const queue = [...jobs];
  let pending = jobs.length;
  const children = new Set<ChildProcess>();
  return new Promise((resolve) => {
    if (pending === 0) {
      resolve();
      return;
    }
    const finish = (result: JobResult) => {
      onResult(result);
      pending--;
      if (pending === 0) {
        for (const child of children) if (child.connected) child.disconnect();
        resolve();
      }
    };
    const spawn = () => {
      const child = fork(entry.path, [], {
        execArgv: [...entry.execArgv],
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        serialization: 'advanced',
      });
      children.add(child);
      let current: BookJob | null = null;
      const next = () => {
        current = queue.shift() ?? null;
        if (!current) {
          children.delete(child);
          if (child.connected) child.disconnect();
          return;
        }
        child.send({ type: 'job', job: current } satisfies ToWorker);
      };
      child.on('message', (message: FromWorker) => {
        current = null;
        finish(message);
        if (pending > 0) next();
      });
      child.on('exit', (code, signal) => {
        children.delete(child);
        if (current) {
          const job = current;
          current = null;
          finish({
            type: 'failed',
            file: job.file,
            id: job.id,
            error: `the worker analysing it died (${signal ?? `exit code ${code}`}); perhaps out of memory`,
          });
          if (queue.length > 0) spawn();
        }
      });
      next();
    };
    for (let i = 0; i < Math.min(size, jobs.length); i++) spawn();
  });
}
