import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeBook } from '../../src/analysis/index.js';
import { isVerbatimError } from '../../src/errors.js';
import { loadBookBytes } from '../../src/formats/load.js';
import { checkPool } from '../../src/server/jobs/check-pool.js';
import { FIXTURE_BOOK } from './harness.js';

const REVIEW = readFileSync(
  path.resolve(import.meta.dirname, '../e2e/fixtures/review-of-the-salt-road.md'),
  'utf8',
);

describe('check pool (worker threads)', () => {
  const pool = checkPool(1);
  afterAll(() => pool.close());

  it('checks in a worker, takes the analysis once it exists, and switches between books', async () => {
    const book = await loadBookBytes(readFileSync(FIXTURE_BOOK), 'salt.txt');
    const other = await loadBookBytes(
      new TextEncoder().encode('ONE\n\n"Hello there," said Bea.\n'),
      'other.txt',
    );
    const withoutSpeakers = await pool.run(book, null, REVIEW, 'md');
    expect(withoutSpeakers.quotes).toHaveLength(4);
    expect(withoutSpeakers.summary.byAttribution.contradicted).toBe(0);
    // The worker already holds the book; now the analysis is sent along and used.
    const analysis = analyzeBook(book);
    const withSpeakers = await pool.run(book, analysis, REVIEW, 'md');
    expect(withSpeakers.summary.byAttribution.contradicted).toBe(1);
    const onOther = await pool.run(other, null, 'She said "Hello there," and left.', 'txt');
    expect(onOther.quotes[0]?.verdict).toBe('verbatim');
    expect((await pool.run(book, analysis, REVIEW, 'md')).summary).toEqual(withSpeakers.summary);
  });

  it('renders a report with a passage not in the book in the worker, unless the library has other books to ask', async () => {
    const book = await loadBookBytes(readFileSync(FIXTURE_BOOK), 'salt.txt');
    const review = {
      name: 'r.md',
      text: 'The book says "a sentence that no book of any library has ever held".',
      format: 'md' as const,
    };
    const alone = await pool.render(book, null, review, 'view', false);
    expect(alone.body).toContain('not_found');
    expect(alone.report).toBeUndefined();
    const withOthers = await pool.render(book, null, review, 'view', true);
    expect(withOthers.body).toBeUndefined();
    expect(withOthers.report?.quotes[0]?.verdict).toBe('not_found');
  });

  it('checks alike before and after the worker warms up in idle time', async () => {
    const book = await loadBookBytes(readFileSync(FIXTURE_BOOK), 'salt.txt');
    const analysis = analyzeBook(book);
    const before = await pool.run(book, analysis, REVIEW, 'md');
    // Idle: the worker checks its warm-up review (warm-up.ts) over and over, and drops the reports.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await pool.run(book, analysis, REVIEW, 'md')).toEqual(before);
  });

  it('passes a VerbatimError from the worker on with its code', async () => {
    const book = await loadBookBytes(readFileSync(FIXTURE_BOOK), 'salt.txt');
    const failure = await pool.run(book, null, 'bad\u0000review', 'txt').catch((e: unknown) => e);
    expect(isVerbatimError(failure) && failure.code).toBe('binary_input');
  });
});
