/**
 * The server `npm run load` measures, in a process of its own, so the load generator's own work
 * (sending 500 bodies of 376 KB, reading the answers) does not run on the server's event loop and
 * show up as the server's latency. Prints one JSON line {"url": …} once listening; stops on SIGTERM.
 * Arguments: <data dir> <check workers>.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startServer } from '../../src/server/start.js';

const [dataDir, workers] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: server.ts <data dir> [check workers]');
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
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.once('SIGTERM', () => {
  report();
  void server.close().then(() => process.exit(0));
});
