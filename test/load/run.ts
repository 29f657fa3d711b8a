/**
 * `npm run load`: starts a server of its own (temp library, fixture book, 127.0.0.1, port 0), sends
 * CONCURRENCY check requests at once, and reports errors and latency (p50/p99). Exits 1 on any error.
 * Latency figures are printed, not asserted: they depend on the machine.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../../src/server/start.js';

const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY ?? 50);
const ROUNDS = Number(process.env.LOAD_ROUNDS ?? 3);
const FIXTURES = path.resolve(import.meta.dirname, '../e2e/fixtures');
/** LOAD_BOOK / LOAD_REVIEW point at another novel and review (e.g. from the corpus) to load-test at size. */
const BOOK = process.env.LOAD_BOOK ?? path.join(FIXTURES, 'the-salt-road.txt');
const REVIEW = process.env.LOAD_REVIEW ?? path.join(FIXTURES, 'review-of-the-salt-road.md');

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<number> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'verbatim-load-'));
  const server = await startServer({ dataDir, host: '127.0.0.1', port: 0, webRoot: null, log: () => {} });
  try {
    const form = new FormData();
    form.append('file', new File([readFileSync(BOOK)], path.basename(BOOK)));
    const added = await fetch(`${server.url}api/books`, { method: 'POST', body: form });
    if (added.status !== 201)
      throw new Error(`could not add the fixture book: ${added.status} ${await added.text()}`);
    const { id } = (await added.json()) as { id: string };
    const t0 = performance.now();
    await server.whenIdle(); // the checks use the finished analysis, as a person's would
    console.log(
      `load: book added; analysis in the background took ${(performance.now() - t0).toFixed(0)} ms`,
    );

    const review = readFileSync(REVIEW, 'utf8');
    const expectedQuotes = process.env.LOAD_REVIEW ? null : 4;
    const body = JSON.stringify({ text: review, format: 'md' });
    const latencies: number[] = [];
    const readerLatencies: number[] = [];
    /** A reader request sent in the middle of the burst: does the page stay responsive? */
    const readWhileBusy = async () => {
      await new Promise((r) => setTimeout(r, 5));
      const t0 = performance.now();
      const res = await fetch(`${server.url}api/books/${id}/passage?start=0&end=20000`);
      await res.arrayBuffer();
      if (res.status !== 200) errors.push(`reader request: status ${res.status}`);
      readerLatencies.push(performance.now() - t0);
    };
    const errors: string[] = [];
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all([
        readWhileBusy(),
        ...Array.from({ length: CONCURRENCY }, async () => {
          const t0 = performance.now();
          try {
            const res = await fetch(`${server.url}api/books/${id}/check`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body,
            });
            const json = (await res.json()) as { quotes?: unknown[] };
            if (res.status !== 200 || (expectedQuotes !== null && json.quotes?.length !== expectedQuotes)) {
              errors.push(`status ${res.status}: ${JSON.stringify(json).slice(0, 200)}`);
            }
          } catch (e) {
            errors.push(String(e));
          }
          latencies.push(performance.now() - t0);
        }),
      ]);
    }
    const wall = performance.now() - started;
    latencies.sort((a, b) => a - b);
    const total = CONCURRENCY * ROUNDS;
    console.log(
      `load: ${total} check requests (${ROUNDS} rounds of ${CONCURRENCY} concurrent) in ${wall.toFixed(0)} ms`,
    );
    console.log(`load: errors ${errors.length}`);
    console.log(
      `load: latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`,
    );
    readerLatencies.sort((a, b) => a - b);
    console.log(
      `load: a reader request during each burst answered in ${readerLatencies.map((l) => `${l.toFixed(0)} ms`).join(', ')}`,
    );
    console.log(`load: throughput ${((total / wall) * 1000).toFixed(0)} requests/s`);
    for (const e of errors.slice(0, 5)) console.log(`load: error: ${e}`);
    return errors.length === 0 ? 0 : 1;
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
