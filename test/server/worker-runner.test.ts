import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBookBytes } from '../../src/formats/load.js';
import { workerRunner } from '../../src/server/jobs/worker-runner.js';
import { FIXTURE_BOOK } from './harness.js';

describe('analysis worker', () => {
  it('analyses a book in a worker thread', async () => {
    const runner = workerRunner();
    try {
      const book = await loadBookBytes(readFileSync(FIXTURE_BOOK), 'salt.txt');
      const analysis = await runner(book);
      expect(analysis.characters.map((c) => c.name)).toEqual(expect.arrayContaining(['Ada', 'Tom']));
    } finally {
      await runner.close();
    }
  });

  it('stops an analysis that runs too long and reports why', async () => {
    const runner = workerRunner({ timeoutMs: 1 });
    try {
      const book = await loadBookBytes(readFileSync(FIXTURE_BOOK), 'salt.txt');
      await expect(runner(book)).rejects.toThrow(/took longer than .* and was stopped/);
    } finally {
      await runner.close();
    }
  });
});
