import { describe, expect, it } from 'vitest';
import { WorkerBooks } from '../../src/server/jobs/worker-books.js';

describe('the books a check worker keeps', () => {
  it('sends a book once, its analysis when it changes, and drops the least recently checked past the bound', () => {
    const books = new WorkerBooks(1000);
    expect(books.use('a', 400, null)).toEqual({ sendBook: true, sendAnalysis: true, drop: [] });
    expect(books.use('a', 400, null)).toEqual({ sendBook: false, sendAnalysis: false, drop: [] });
    const analysis = { version: 'v', characters: [], quotes: [], places: [] };
    expect(books.use('a', 400, analysis)).toEqual({ sendBook: false, sendAnalysis: true, drop: [] });
    expect(books.use('b', 400, null).drop).toEqual([]);
    books.use('a', 400, analysis); // a is now the most recently checked
    expect(books.use('c', 400, null).drop).toEqual(['b']);
    expect(books.holds('a') && books.holds('c') && !books.holds('b')).toBe(true);
  });

  it('keeps the book being checked even when it alone is over the bound', () => {
    const books = new WorkerBooks(100);
    books.use('small', 50, null);
    expect(books.use('huge', 5000, null).drop).toEqual(['small']);
    expect(books.holds('huge')).toBe(true);
    books.clear();
    expect(books.use('huge', 5000, null).sendBook).toBe(true);
  });
});
