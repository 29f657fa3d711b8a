import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBookIndex, postingsAt } from '../../src/check/locate/book-index.js';
import { indexBook } from '../../src/check/locate/index.js';
import { BOOK_INDEX_VERSION, decodeBookIndex } from '../../src/check/locate/index-codec.js';
import { primeBookIndex } from '../../src/cli/stored-index.js';
import { LIBRARY_FILE, Library } from '../../src/store/library.js';
import { MIGRATIONS, migrate } from '../../src/store/schema.js';
import { makeBook } from '../fixtures/test-book.js';

const TEXT =
  '“Then we shall wait,” Martha answered. “The tide keeps its own hours.”\n\n' +
  'Tom laughed. “The tide, the tide: you and your tide.”\n';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'verbatim-index-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** A library as the last release wrote it: schema 3, the book and a word index without postings. */
function olderLibrary(): void {
  const db = new Database(path.join(dataDir, LIBRARY_FILE));
  migrate(db, 'mem', MIGRATIONS.slice(0, 3));
  db.prepare(
    `INSERT INTO books (id, hash, title, format, encoding, words, chapters, added_at)
     VALUES ('abc', 'abcdef', 'Kept', 'txt', 'utf-8', 10, 1, '2026-01-01')`,
  ).run();
  db.prepare(
    `INSERT INTO book_indexes (book_id, version, vocab, starts, ends, ids) VALUES ('abc', 'words-1', 'tide', x'00000000', x'04000000', x'00000000')`,
  ).run();
  db.close();
}

describe('the stored word index across versions', () => {
  it('opens a library from before postings were stored, keeping its books and its old rows', () => {
    olderLibrary();
    const library = Library.open(dataDir);
    expect(library.listBooks().map((b) => b.title)).toEqual(['Kept']);
    // the old row is not read as this version's index…
    expect(library.getIndex('abc', BOOK_INDEX_VERSION)).toBeNull();
    library.close();
    // …and nothing was dropped
    const db = new Database(path.join(dataDir, LIBRARY_FILE), { readonly: true });
    expect(db.prepare('SELECT version FROM book_indexes').all()).toEqual([{ version: 'words-1' }]);
    db.close();
  });

  it('builds the index on a first check, stores it, and reads back the same places the next time', () => {
    const library = Library.open(dataDir);
    const book = makeBook(TEXT, { title: 'The Lantern Keeper' });
    library.addBook(book);
    expect(library.getIndex(book.id, BOOK_INDEX_VERSION)).toBeNull();
    primeBookIndex(book, library);
    const stored = library.getIndex(book.id, BOOK_INDEX_VERSION);
    expect(stored).not.toBeNull();
    const read = decodeBookIndex(stored!, TEXT.length)!;
    const built = buildBookIndex(TEXT);
    const tide = built.idOf.get('tide')!;
    expect([...postingsAt(read, read.idOf.get('tide')!)]).toEqual([...postingsAt(built, tide)]);
    expect(postingsAt(read, read.idOf.get('tide')!).length).toBe(4);
    // a later check of the same book (a new Book object, as a new process has) uses the stored one
    const again = { ...book };
    primeBookIndex(again, library);
    expect(indexBook(again).positions).toEqual(read.positions);
    library.close();
  });
});
