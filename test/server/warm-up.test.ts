import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeBook } from '../../src/analysis/index.js';
import { checkReview } from '../../src/check/index.js';
import { loadBookBytes } from '../../src/formats/load.js';
import { warmUpReview } from '../../src/server/jobs/warm-up.js';
import { FIXTURE_BOOK } from './harness.js';

describe('a check worker’s warm-up review', () => {
  it('quotes the book’s own lines, credited as people credit them, so every stage of a check runs', async () => {
    const book = await loadBookBytes(readFileSync(FIXTURE_BOOK), 'salt.txt');
    const analysis = analyzeBook(book);
    const review = warmUpReview(book, analysis);
    const report = checkReview(review, book, { analysis, format: 'md' });
    expect(report.summary.quotations).toBeGreaterThan(4);
    expect(report.summary.byVerdict.not_found).toBe(0);
    expect(report.summary.byVerdict.altered).toBeGreaterThan(0);
    expect(report.summary.byAttribution.supported).toBeGreaterThan(0);
    expect(warmUpReview(book, analysis)).toBe(review);
  });

  it('is empty for a book with nothing to quote, and quotes narration alone without an analysis', async () => {
    const bare = await loadBookBytes(new TextEncoder().encode('ONE\n\nHi.\n'), 'bare.txt');
    expect(warmUpReview(bare, null)).toBe('');
    const book = await loadBookBytes(readFileSync(FIXTURE_BOOK), 'salt.txt');
    const report = checkReview(warmUpReview(book, null), book, { format: 'md' });
    expect(report.summary.quotations).toBeGreaterThan(0);
    expect(report.quotes.every((q) => q.credit?.kind !== 'character')).toBe(true);
  });
});
