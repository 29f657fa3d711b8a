import { parentPort, workerData } from 'node:worker_threads';
import type { CliIO } from '../context.js';
import type { CheckFlags } from '../run/check.js';
import { loadCheckBook } from './book.js';
import { type ClassSetRow, checkEntry } from './entry.js';
import type { ReviewInput } from './inputs.js';

/**
 * A class-set worker (pool.ts): opens the book from the library itself (its index and analysis are
 * stored, so this is quick) and checks the essays the main thread hands it, one at a time.
 */
export interface WorkerSetup {
  opts: CheckFlags;
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface WorkerTask {
  index: number;
  input: ReviewInput;
  reportFile: string | null;
}

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'done'; index: number; row: ClassSetRow }
  | { kind: 'bug'; index: number; stack: string };

const setup = workerData as WorkerSetup;
const port = parentPort!;
const io: CliIO = {
  stdout: () => {},
  stderr: (s) => process.stderr.write(s),
  env: setup.env,
  cwd: setup.cwd,
  isTTY: false,
  stdin: {
    isTTY: false,
    read: async () => new Uint8Array(),
    ask: async () => '',
  },
};

const target = await loadCheckBook(io, setup.opts);
port.on('message', async (task: WorkerTask) => {
  try {
    const row = await checkEntry(task.input, target, setup.opts.format, task.reportFile);
    port.postMessage({ kind: 'done', index: task.index, row } satisfies WorkerReply);
  } catch (e) {
    port.postMessage({
      kind: 'bug',
      index: task.index,
      stack: e instanceof Error ? (e.stack ?? e.message) : String(e),
    } satisfies WorkerReply);
  }
});
port.postMessage({ kind: 'ready' } satisfies WorkerReply);
