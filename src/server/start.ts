import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { serve } from '@hono/node-server';
import { ANALYSIS_VERSION } from '../analysis/index.js';
import { VerbatimError } from '../errors.js';
import { ensureFindIndex, findPassage, indexForFind, libraryFinder } from '../find/index.js';
import { loadBookBytes } from '../formats/load.js';
import { Library } from '../store/library.js';
import { createApp } from './app.js';
import { pooledChecker } from './checker.js';
import type { ServerLimits } from './deps.js';
import { checkPool } from './jobs/check-pool.js';
import { workerRunner } from './jobs/worker-runner.js';
import { defaultWebRoot } from './static.js';

export interface StartOptions {
  dataDir: string;
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  webRoot?: string | null;
  limits?: Partial<ServerLimits>;
  log?: (message: string) => void;
  /** Worker threads for review checks (default: `defaultCheckWorkers()`). */
  checkWorkers?: number;
}

/**
 * One check worker per core but one, which is left to the server's own thread (the reader's
 * requests) and the analysis worker; but two on a machine of two cores, and one on a single core.
 * Checks are CPU-bound, so more workers than cores only make each check slower. On two cores the
 * server's thread is idle most of the time even under load (90 ms of CPU while a worker checked 50
 * reviews in 0.8 s), and the workers run at a lower priority, so a second worker takes the idle core
 * without keeping the reader waiting. `npm run load` on the project's 2-core machine, four
 * alternating runs each (2026-12-06, load average 1.4–1.9): 50 concurrent checks p99 0.67–0.81 s
 * with two workers against 0.75–1.10 s with one; readers' p99 alongside 9–16 ms against 8–41 ms.
 */
export function defaultCheckWorkers(): number {
  const cores = availableParallelism();
  return cores === 2 ? 2 : Math.max(1, cores - 1);
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  /** Resolves when the analysis queue is idle (tests). */
  whenIdle(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the web app on host:port with the library in dataDir. Used by `verbatim serve`, the e2e and load tests. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const library = Library.open(options.dataDir);
  const runner = workerRunner();
  const checks = checkPool(options.checkWorkers ?? defaultCheckWorkers());
  checks.warm();
  const { app, analyses } = createApp({
    library,
    loadBookBytes: (bytes, filename) => loadBookBytes(bytes, filename),
    analyze: runner,
    analysisVersion: ANALYSIS_VERSION,
    checker: pooledChecker(checks),
    webRoot: options.webRoot === undefined ? defaultWebRoot() : options.webRoot,
    loopbackOnly: isLoopback(host),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.log ? { log: options.log } : {}),
    findPassage: (passage) => {
      ensureFindIndex(library);
      return findPassage(library, passage);
    },
    // A check looks only in books indexed already (a check never stops to index a whole library);
    // books added here are indexed as they come, as the CLI's `add` does.
    findInLibrary: libraryFinder(() => library),
    onBookAdded: (id) => indexForFind(library, id),
  });
  // Analyses left 'running' by a server that stopped mid-way are picked up again.
  for (const s of library.listBooks()) if (s.analysisStatus === 'running') analyses.enqueue(s.id);

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 4178 }, () => resolve(s));
    s.once('error', (e: NodeJS.ErrnoException) => {
      library.close();
      void runner.close();
      void checks.close();
      if (e.code === 'EADDRINUSE') {
        reject(
          new VerbatimError('usage', `Port ${options.port} on ${host} is already in use.`, {
            hint: 'Stop the other server, or pick another port with --port <n> (or PORT=<n>).',
          }),
        );
      } else if (e.code === 'EACCES') {
        reject(
          new VerbatimError('usage', `Not allowed to listen on ${host}:${options.port}.`, {
            hint: 'Use a port above 1023.',
          }),
        );
      } else reject(e);
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    host,
    whenIdle: () => analyses.whenIdle(),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runner.close();
      await checks.close();
      library.close();
    },
  };
}

function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host.startsWith('127.');
}
