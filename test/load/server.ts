/**
 * The server `npm run load` measures, in a process of its own, so the load generator's own work
 * (sending 500 bodies of 376 KB, reading the answers) does not run on the server's event loop and
 * show up as the server's latency. Prints one JSON line {"url": …, "build": …} once listening; stops
 * on SIGTERM. Arguments: <data dir> <check workers> <dist|src>: `dist` runs the built server, what
 * `npm start` runs (run.ts passes it when the build is newer than every source file), `src` the
 * TypeScript source through tsx (about a fifth slower a check: tsx's per-function naming helpers).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type * as Start from '../../src/server/start.js';

const [dataDir, workers, build = 'src'] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: server.ts <data dir> [check workers] [dist|src]');
// A specifier in a variable: the type check must not need a build.
const built = '../../dist/server/start.js';
const { startServer } = (
  build === 'dist' ? await import(built) : await import('../../src/server/start.js')
) as typeof Start;
const server = await startServer({
  dataDir,
  host: '127.0.0.1',
  port: 0,
  webRoot: null,
  log: (m) => process.stderr.write(`${m}\n`),
  ...(workers ? { checkWorkers: Number(workers) } : {}),
});
// How long the server's own thread was ever kept from a request: what a reader's request waits for
// before it is even looked at. Printed by SIGUSR2 (between phases) and on stop.
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
// And the CPU time the whole server process (its thread and the check workers) used since the last
// call: the work the checks cost, which the machine's other load does not change as it does latency.
let cpuSince = process.cpuUsage();
const report = () => {
  const ms = (ns: number) => `${(ns / 1e6).toFixed(0)} ms`;
  const cpu = process.cpuUsage(cpuSince);
  cpuSince = process.cpuUsage();
  process.stdout.write(
    `${JSON.stringify({
      eventLoopDelay: `p50 ${ms(delay.percentile(50))}, p99 ${ms(delay.percentile(99))}, max ${ms(delay.max)}`,
      cpuMs: (cpu.user + cpu.system) / 1000,
    })}\n`,
  );
  delay.reset();
};
process.on('SIGUSR2', report);
process.stdout.write(`${JSON.stringify({ url: server.url, build })}\n`);
process.once('SIGTERM', () => {
  report();
  void server.close().then(() => process.exit(0));
});
