/**
 * The server `npm run load` measures, in a process of its own, so the load generator's own work
 * (sending 500 bodies of 376 KB, reading the answers) does not run on the server's event loop and
 * show up as the server's latency. Prints one JSON line {"url": …} once listening; stops on SIGTERM.
 * Arguments: <data dir> <check workers>.
 */
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
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
