import { Worker } from 'node:worker_threads';
import { VerbatimError } from '../../errors.js';
import { fromSource, modulePath, packagePath } from '../../package-files.js';

/** Starts one of the workers in this folder, from dist (.js) or from the TypeScript source (tests, tsx). */
export function spawnWorker(
  name: 'analysis-worker' | 'check-worker',
  options: { heapMB?: number } = {},
): Worker {
  const resourceLimits = options.heapMB ? { maxOldGenerationSizeMb: options.heapMB } : undefined;
  const worker = fromSource
    ? new Worker(packagePath('src/server/jobs/ts-worker.mjs'), {
        workerData: { entry: `./${name}.ts` },
        resourceLimits,
      })
    : new Worker(modulePath(`server/jobs/${name}`), { resourceLimits });
  worker.unref();
  return worker;
}

/** An error as it crosses from a worker: a VerbatimError keeps its code and hint for the error handler. */
export interface WireError {
  message: string;
  code: string | null;
  details: VerbatimError['details'];
}

export function toWire(e: unknown): WireError {
  if (e instanceof VerbatimError) return { message: e.message, code: e.code, details: e.details };
  return { message: e instanceof Error ? e.message : String(e), code: null, details: {} };
}

export function fromWire(w: WireError): Error {
  if (w.code) return new VerbatimError(w.code as VerbatimError['code'], w.message, w.details);
  return new Error(w.message);
}
