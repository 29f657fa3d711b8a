import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parseCsvRecords } from '../../src/corpus/csv.js';
import { runCorpus } from '../../src/corpus/run.js';
import { writeCorpus } from '../fixtures/corpus-novels.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'verbatim-corpus-death-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Pids of this process's own corpus workers (children running worker.ts), found by parent pid. */
function ownWorkers(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((l) => l.includes('corpus/worker.ts'))
    .map((l) => Number.parseInt(l.trim(), 10));
}

it('a worker that dies mid-book fails that book, is replaced, and the rest complete', async () => {
  const dir = path.join(tmp, 'novels');
  const files = writeCorpus(dir);
  const lines: string[] = [];
  const run = runCorpus({
    folder: dir,
    outDir: path.join(tmp, 'out'),
    jobs: 1,
    shard: null,
    load: {},
    isTTY: false,
    stderr: (s) => lines.push(s),
  });
  // The first worker is given the first book as soon as it starts: kill it before it can finish.
  let victims: number[] = [];
  while (victims.length === 0) {
    await new Promise((r) => setTimeout(r, 10));
    victims = ownWorkers();
  }
  process.kill(victims[0]!, 'SIGKILL');
  const summary = await run;
  expect(summary.failed).toBe(1);
  expect(summary.analysed).toBe(files.length - 1);
  const [header, ...rows] = parseCsvRecords(readFileSync(summary.csv, 'utf8'));
  const failed = rows.filter((r) => r[header!.indexOf('status')] === 'failed');
  expect(failed).toHaveLength(1);
  expect(failed[0]![header!.indexOf('file')]).toBe(files[0]);
  expect(failed[0]![header!.indexOf('error')]).toMatch(/the worker analysing it died \(SIGKILL\)/);
  expect(lines.join('')).toContain(`failed ${files[0]}: the worker analysing it died`);
});
