import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiErrorBody, CheckResult } from '../../src/server/api-types.js';
import { pooledChecker } from '../../src/server/checker.js';
import { type CheckPool, type CheckPoolOptions, checkPool } from '../../src/server/jobs/check-pool.js';
import { spawnWorker } from '../../src/server/jobs/spawn.js';
import { type Harness, makeHarness } from './harness.js';

/**
 * The server under load, as behaviour: a full queue answers 429 with Retry-After, an over-long check
 * is stopped with a clear error and its worker replaced, and the reader is answered while every
 * check worker is busy. A worker that never answers (it spins) stands for a check that runs long, so
 * nothing here depends on how fast the machine is; the speed targets live in `npm run load`.
 */
const REVIEW = readFileSync(
  path.resolve(import.meta.dirname, '../e2e/fixtures/review-of-the-salt-road.md'),
  'utf8',
);

/** A check worker stuck in a long computation: it takes the request and never replies. */
const spinning = () => {
  const w = new Worker('require("node:worker_threads").parentPort.on("message", () => { for (;;) {} });', {
    eval: true,
  });
  w.unref();
  return w;
};

let h: Harness | null = null;
let pool: CheckPool | null = null;
afterEach(async () => {
  await pool?.close();
  h?.close();
  h = null;
  pool = null;
});

async function serverWith(options: CheckPoolOptions): Promise<{ id: string; harness: Harness }> {
  pool = checkPool(options);
  h = makeHarness({ checker: pooledChecker(pool) });
  const id = await h.addFixture();
  await h.analyses.whenIdle();
  return { id, harness: h };
}

const check = (harness: Harness, id: string, text = REVIEW) =>
  harness.app.request(`/api/books/${id}/check`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, format: 'md' }),
  });

describe('the check pool under load', () => {
  it('answers 429 with Retry-After when the queue is full, and takes checks again once it drains', async () => {
    const { id, harness } = await serverWith({ workers: 1, maxQueue: 1, spawn: spinning });
    const book = harness.library.getBook(id)!;
    const held = pool!.run(book, null, REVIEW, 'md').catch((e: unknown) => e);
    const res = await check(harness, id);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await res.json()) as ApiErrorBody;
    expect(body.error.code).toBe('busy');
    expect(body.error.message).toMatch(/busy/);
    expect(body.error.hint).toMatch(/Try again in \d+ s/);
    await pool!.close();
    expect(await held).toBeInstanceOf(Error);
  });

  it('turns away a review too large for what is already queued, but takes a large one when idle', async () => {
    const { id, harness } = await serverWith({
      workers: 1,
      maxQueueCharacters: REVIEW.length + 10,
      spawn: spinning,
    });
    const book = harness.library.getBook(id)!;
    // Idle: a review over the bound on its own is still taken (it is the only one).
    const big = pool!.run(book, null, REVIEW.repeat(2), 'md').catch((e: unknown) => e);
    const res = await check(harness, id);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    await pool!.close();
    expect(await big).toBeInstanceOf(Error);
  });

  it('stops a check that runs past its limit with a clear error, replaces the worker and keeps serving', async () => {
    let started = 0;
    const options: CheckPoolOptions = {
      workers: 1,
      timeoutMs: 300,
      // The first worker spins (an over-long check); the one that replaces it is a real checker.
      spawn: () => (started++ === 0 ? spinning() : spawnWorker('check-worker')),
    };
    const { id, harness } = await serverWith(options);
    const res = await check(harness, id);
    expect(res.status).toBe(503);
    const body = (await res.json()) as ApiErrorBody;
    expect(body.error.code).toBe('check_timeout');
    expect(body.error.message).toMatch(/ran past its limit of 300 ms and was stopped/);
    expect(body.error.hint).toMatch(/shorter review/);
    // The server goes on: the reader answers and the next check runs on a fresh worker (given the
    // usual limit, so how fast this machine checks does not matter).
    options.timeoutMs = 60_000;
    expect((await harness.app.request(`/api/books/${id}/passage?start=0&end=500`)).status).toBe(200);
    const again = await check(harness, id);
    expect(again.status).toBe(200);
    expect(((await again.json()) as CheckResult).quotes).toHaveLength(4);
    expect(started).toBe(2);
  });

  it('answers the reader while every check worker is busy', async () => {
    const { id, harness } = await serverWith({ workers: 1, spawn: spinning });
    const busy = check(harness, id); // never answered until the pool closes
    const toc = await harness.app.request(`/api/books/${id}`);
    expect(toc.status).toBe(200);
    const passage = await harness.app.request(`/api/books/${id}/passage?start=0&end=2000`);
    expect(passage.status).toBe(200);
    const search = await harness.app.request(`/api/books/${id}/search?q=road`);
    expect(search.status).toBe(200);
    await pool!.close();
    const stopped = await busy;
    expect(stopped.status).toBe(503);
    expect(((await stopped.json()) as ApiErrorBody).error.code).toBe('stopping');
  });
});
