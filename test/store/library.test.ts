import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isVerbatimError } from '../../src/errors.js';
import { LIBRARY_FILE, Library } from '../../src/store/library.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { snapshotLibrary } from '../fixtures/library-snapshot.js';
import { makeBook } from '../fixtures/test-book.js';

let dataDir: string;
let library: Library;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'verbatim-store-'));
  library = Library.open(dataDir);
});
afterEach(() => {
  library.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const book = makeBook('“Then we shall wait,” Martha answered.\n\nTom laughed.', {
  title: 'The Lantern Keeper',
  author: 'Ada Wren',
});

const snapshot = snapshotLibrary;

describe('Library', () => {
  it('stores a book and gives it back exactly, in WAL mode', () => {
    const summary = library.addBook(book);
    expect(summary).toMatchObject({
      id: book.id,
      title: 'The Lantern Keeper',
      author: 'Ada Wren',
      words: 8,
      chapters: 1,
      analysisStatus: 'none',
    });
    expect(library.getBook(book.id)).toEqual(book);
    const db = new Database(path.join(dataDir, LIBRARY_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('finds a book by a unique id prefix or the full hash, and lists and removes it', () => {
    library.addBook(book);
    expect(library.getBook(book.id.slice(0, 5))?.id).toBe(book.id);
    expect(library.getBook(book.hash)?.id).toBe(book.id);
    expect(library.getBook('ffffffff')).toBeNull();
    expect(library.getBook('not-hex')).toBeNull();
    expect(library.listBooks().map((b) => b.id)).toEqual([book.id]);
    expect(library.removeBook(book.id)).toBe(true);
    expect(library.removeBook(book.id)).toBe(false);
    expect(library.listBooks()).toEqual([]);
  });

  it('refuses an ambiguous prefix, naming the candidates', () => {
    const a = { ...book, id: 'abc111111111', hash: `abc111${'0'.repeat(58)}` };
    const b = { ...book, id: 'abc222222222', hash: `abc222${'0'.repeat(58)}` };
    library.addBook(a);
    library.addBook(b);
    expect(() => library.getBook('abc')).toThrow(/matches more than one book: abc111111111, abc222222222/);
  });

  it('refuses a duplicate add, naming the existing id, and changes nothing', () => {
    library.addBook(book);
    const before = snapshot(dataDir);
    try {
      library.addBook({ ...book, sourcePath: 'copy.txt' });
      expect.unreachable();
    } catch (e) {
      expect(isVerbatimError(e) && e.code).toBe('duplicate');
      expect(String((e as Error).message)).toContain(`already in the library as ${book.id}`);
    }
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('rolls back an add that fails inside the transaction', () => {
    library.addBook(book);
    const before = snapshot(dataDir);
    const other = makeBook('Another book entirely.');
    expect(() =>
      library.addBook(other, {
        beforeCommit: () => {
          throw new Error('disk full');
        },
      }),
    ).toThrow('disk full');
    expect(snapshot(dataDir)).toEqual(before);
    expect(library.getBook(other.id)).toBeNull();
  });

  it('is unchanged after a process is SIGKILLed in the middle of an add', () => {
    library.addBook(book);
    library.saveAnalysis(book.id, 'v1', { characters: ['Martha'] });
    library.close();
    const before = snapshot(dataDir);
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'kill-mid-add.ts'), dataDir],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(child.stdout).toBe('in-transaction\n');
    expect(child.signal).toBe('SIGKILL');
    expect(snapshot(dataDir)).toEqual(before);
    library = Library.open(dataDir);
    expect(library.listBooks().map((b) => b.title)).toEqual(['The Lantern Keeper']);
  });

  it('stores analyses per version, with a status, and removes them with the book', () => {
    library.addBook(book);
    expect(library.getAnalysis(book.id, 'v1')).toBeNull();
    library.setAnalysisStatus(book.id, 'running');
    expect(library.summary(book.id)?.analysisStatus).toBe('running');
    library.saveAnalysis(book.id, 'v1', { quotes: [{ start: 0, end: 5, speaker: 'Martha' }] });
    library.setAnalysisStatus(book.id, 'done');
    expect(library.getAnalysis(book.id, 'v1')).toEqual({ quotes: [{ start: 0, end: 5, speaker: 'Martha' }] });
    expect(library.getAnalysis(book.id, 'v2')).toBeNull();
    library.setAnalysisStatus(book.id, 'failed', 'out of memory');
    expect(library.summary(book.id)).toMatchObject({
      analysisStatus: 'failed',
      analysisError: 'out of memory',
    });
    library.removeBook(book.id);
    expect(library.getAnalysis(book.id, 'v1')).toBeNull();
  });

  it('keeps everything across close and reopen (migrations do not run twice)', () => {
    library.addBook(book);
    library.close();
    library = Library.open(dataDir);
    expect(library.getBook(book.id)).toEqual(book);
  });

  it('refuses a library written by a newer schema and leaves it untouched', () => {
    library.close();
    const db = new Database(path.join(dataDir, LIBRARY_FILE));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => Library.open(dataDir)).toThrow(/newer Verbatim/);
    library = Library.open(mkdtempSync(path.join(tmpdir(), 'verbatim-store-')));
  });

  it('refuses a data file that is not a library', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-store-'));
    writeFileSync(path.join(dir, LIBRARY_FILE), 'not a database at all, just text '.repeat(100));
    expect(() => Library.open(dir)).toThrow(/cannot open the library/);
  });
});

describe('Library.defaultDataDir', () => {
  it('prefers VERBATIM_DATA_DIR, then XDG_DATA_HOME, then ~/.local/share', () => {
    expect(Library.defaultDataDir({ VERBATIM_DATA_DIR: '/d', XDG_DATA_HOME: '/x', HOME: '/h' })).toBe('/d');
    expect(Library.defaultDataDir({ XDG_DATA_HOME: '/x', HOME: '/h' })).toBe('/x/verbatim');
    expect(Library.defaultDataDir({ HOME: '/h' })).toBe('/h/.local/share/verbatim');
  });
});
