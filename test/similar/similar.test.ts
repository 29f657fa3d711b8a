import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bookFromText } from '../../src/book/build.js';
import { STYLE_PROFILE_KEY } from '../../src/similar/profile.js';
import { MIN_COMPARABLE_BOOKS, similarBooks } from '../../src/similar/similar.js';
import { Library } from '../../src/store/library.js';

/**
 * Short "novels" in three hands. Author A leans on "indeed" and "perhaps" (which the others use
 * once a paragraph), author B on "then" and "suddenly", author C on "moreover" and "thus".
 */
const hand = {
  A: (n: number) =>
    `Indeed, it was perhaps a quiet day. Perhaps the ${n} birds sang, indeed they did, and the garden was indeed green.`,
  B: (n: number) =>
    `Then the ${n} riders came, perhaps. Suddenly the gate fell, and then suddenly the road was empty, indeed dark.`,
  C: (n: number) =>
    `Moreover, the ${n} ministers argued; thus the law was made, indeed, and perhaps it was thus kept by all.`,
};
const story = (author: keyof typeof hand, title: string, seed: number) =>
  bookFromText(
    Array.from(
      { length: 60 },
      (_, i) => `${hand[author](seed + i)} The ${title.toLowerCase()} went on.`,
    ).join('\n\n'),
    { title, author },
  );

describe('similar', () => {
  let dir: string;
  let library: Library;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'verbatim-similar-'));
    library = Library.open(dir);
  });
  afterEach(() => {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says there is nothing to compare with in a library of one book', () => {
    const only = story('A', 'Orchard', 1);
    library.addBook(only);
    const r = similarBooks(library, only);
    expect(r.books).toEqual([]);
    expect(r.libraryBooks).toBe(1);
    expect(r.note).toMatch(/no other book/);
  });

  it('says a library of two books is too few for z-scores', () => {
    const a = story('A', 'Orchard', 1);
    library.addBook(a);
    library.addBook(story('B', 'Riders', 1));
    const r = similarBooks(library, a);
    expect(r.books).toEqual([]);
    expect(r.note).toMatch(/only 1 other book/);
  });

  it("ranks the same hand's other book first, with the words both lean on as its drivers", () => {
    const a1 = story('A', 'Orchard', 1);
    const books = [
      a1,
      story('A', 'Meadow', 100),
      story('B', 'Riders', 1),
      story('B', 'Gate', 100),
      story('C', 'Law', 1),
    ];
    for (const b of books) library.addBook(b);
    const r = similarBooks(library, a1);
    expect(r.note).toMatch(/only 5 books.*not comparable.*Read the order, not the numbers/);
    expect(r.method).toBe('cosine-delta');
    expect(r.books).toHaveLength(4);
    expect(r.books[0]).toMatchObject({ title: 'Meadow', author: 'A' });
    expect(r.books[0]!.similarity).toBeGreaterThan(r.books[1]!.similarity);
    const drivers = r.books[0]!.drivers.map((d) => d.word);
    expect(drivers).toEqual(expect.arrayContaining(['indeed', 'perhaps']));
    expect(r.books[0]!.drivers.every((d) => d.contribution > 0)).toBe(true);
  });

  it('warns that the scores of a three-book library are not comparable, and stops warning at MIN_COMPARABLE_BOOKS', () => {
    const a = story('A', 'Orchard', 1);
    for (const b of [a, story('A', 'Meadow', 100), story('B', 'Riders', 1)]) library.addBook(b);
    const small = similarBooks(library, a);
    expect(small.books).toHaveLength(2);
    // every score of a three-book library is near −0.5 on average: the note says a negative score is no opposite
    expect(small.note).toMatch(/only 3 books/);
    expect(small.note).toMatch(/average about −0\.50.*negative score here does not mean opposite habits/);
    const hands = ['A', 'B', 'C'] as const;
    for (let i = 3; i < MIN_COMPARABLE_BOOKS; i++) library.addBook(story(hands[i % 3]!, `Extra${i}`, i * 37));
    const full = similarBooks(library, a);
    expect(full.libraryBooks).toBe(MIN_COMPARABLE_BOOKS);
    expect(full.note).toBeNull();
  });

  it("stores each book's word profile once and reads it after that", () => {
    const books = [story('A', 'Orchard', 1), story('B', 'Riders', 1), story('C', 'Law', 1)];
    for (const b of books) library.addBook(b);
    similarBooks(library, books[0]!);
    for (const b of books) expect(library.getAnalysis(b.id, STYLE_PROFILE_KEY)).not.toBeNull();
    // A stored profile is what is used: change it, and the answer changes.
    library.saveAnalysis(books[1]!.id, STYLE_PROFILE_KEY, {
      version: STYLE_PROFILE_KEY,
      total: 0,
      words: [],
    });
    const r = similarBooks(library, books[0]!);
    expect(r.books.find((b) => b.id === books[1]!.id)!.drivers).toEqual([]);
  });

  it('compares a book that is not in the library with the library, without adding it', () => {
    for (const b of [story('A', 'Meadow', 100), story('B', 'Riders', 1), story('C', 'Law', 1)])
      library.addBook(b);
    const outsider = story('A', 'Orchard', 1);
    const r = similarBooks(library, outsider);
    expect(r.books[0]!.title).toBe('Meadow');
    expect(library.listBooks()).toHaveLength(3);
  });
});
