import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Book, SourceFormat } from '../book/types.js';
import type { StoredBookIndex } from '../check/locate/index-codec.js';
import { VerbatimError } from '../errors.js';
import { migrate } from './schema.js';
import { decodeStructure, encodeStructure } from './structure-codec.js';

export type AnalysisStatus = 'none' | 'running' | 'done' | 'failed';

export interface BookSummary {
  id: string;
  hash: string;
  title: string | null;
  author: string | null;
  format: SourceFormat;
  words: number;
  chapters: number;
  /** ISO 8601. */
  addedAt: string;
  analysisStatus: AnalysisStatus;
  analysisError: string | null;
}

export interface AddOptions {
  /**
   * Called inside the transaction after every row is written, before COMMIT. For tests that
   * prove an interrupted add leaves the library as it was.
   */
  beforeCommit?: () => void;
}

export const LIBRARY_FILE = 'library.sqlite';

interface SummaryRow {
  id: string;
  hash: string;
  title: string | null;
  author: string | null;
  format: SourceFormat;
  words: number;
  chapters: number;
  added_at: string;
  analysis_status: AnalysisStatus;
  analysis_error: string | null;
}

interface BookRow extends SummaryRow {
  language: string | null;
  source_path: string | null;
  encoding: string;
  text: string;
  front_matter: string;
  back_matter: string;
  structure_json: string;
  warnings_json: string;
}

const SUMMARY_COLUMNS =
  'id, hash, title, author, format, words, chapters, added_at, analysis_status, analysis_error';

/**
 * The local library: one SQLite file (WAL mode) under the data directory. Each add is one
 * transaction, so an add that is interrupted (killed, crashed, disk full) leaves the library
 * exactly as it was.
 */
export class Library {
  /** Prepared once: `find` asks it hundreds of times a query. */
  private positionsQuery: Database.Statement | null = null;

  private constructor(
    private readonly db: Database.Database,
    readonly file: string,
  ) {}

  /** `$VERBATIM_DATA_DIR`, else `$XDG_DATA_HOME/verbatim`, else `~/.local/share/verbatim`. */
  static defaultDataDir(env: Record<string, string | undefined> = process.env): string {
    if (env.VERBATIM_DATA_DIR) return path.resolve(env.VERBATIM_DATA_DIR);
    if (env.XDG_DATA_HOME) return path.join(path.resolve(env.XDG_DATA_HOME), 'verbatim');
    return path.join(env.HOME || homedir(), '.local', 'share', 'verbatim');
  }

  static open(dataDir: string): Library {
    const file = path.join(dataDir, LIBRARY_FILE);
    try {
      mkdirSync(dataDir, { recursive: true });
    } catch (e) {
      throw new VerbatimError(
        'usage',
        `cannot create the data folder (${(e as NodeJS.ErrnoException).code})`,
        {
          file: dataDir,
          hint: 'choose another with --data-dir or VERBATIM_DATA_DIR',
        },
      );
    }
    let db: Database.Database;
    try {
      db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      // A CLI add and the web app may use the library at the same time.
      db.pragma('busy_timeout = 5000');
    } catch (e) {
      throw new VerbatimError('usage', `cannot open the library (${e instanceof Error ? e.message : e})`, {
        file,
        hint: 'is it a Verbatim library? choose another folder with --data-dir',
      });
    }
    try {
      migrate(db, file);
    } catch (e) {
      db.close();
      throw e;
    }
    return new Library(db, file);
  }

  addBook(book: Book, options: AddOptions = {}): BookSummary {
    const addedAt = new Date().toISOString();
    const insert = this.db.transaction(() => {
      const existing = this.db.prepare('SELECT id, title FROM books WHERE hash = ?').get(book.hash) as
        | { id: string; title: string | null }
        | undefined;
      if (existing) {
        throw new VerbatimError(
          'duplicate',
          `this book is already in the library as ${existing.id}${existing.title ? ` ("${existing.title}")` : ''}`,
          {
            file: book.sourcePath ?? undefined,
            hint: `remove it first with: verbatim remove ${existing.id}`,
          },
        );
      }
      this.db
        .prepare(
          `INSERT INTO books (id, hash, title, author, language, format, source_path, encoding, words, chapters, added_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          book.id,
          book.hash,
          book.metadata.title,
          book.metadata.author,
          book.metadata.language,
          book.format,
          book.sourcePath,
          book.encoding,
          book.structure.wordCount,
          book.structure.chapters.length,
          addedAt,
        );
      this.db
        .prepare(
          `INSERT INTO book_texts (book_id, text, front_matter, back_matter, structure_json, warnings_json)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(
          book.id,
          book.text,
          book.frontMatter,
          book.backMatter,
          encodeStructure(book.structure),
          JSON.stringify(book.warnings),
        );
      options.beforeCommit?.();
    });
    insert.immediate();
    return this.summary(book.id)!;
  }

  /**
   * The full id for an id, a unique id prefix, or a full hash; null when nothing matches.
   * Throws a usage error naming the candidates when a prefix is ambiguous.
   */
  resolveId(idOrPrefix: string): string | null {
    const key = idOrPrefix.trim().toLowerCase();
    if (!/^[0-9a-f]+$/.test(key)) return null;
    const exact = this.db.prepare('SELECT id FROM books WHERE id = ? OR hash = ?').get(key, key) as
      | { id: string }
      | undefined;
    if (exact) return exact.id;
    const rows = this.db
      .prepare("SELECT id FROM books WHERE id LIKE ? || '%' ORDER BY id LIMIT 6")
      .all(key) as { id: string }[];
    if (rows.length === 0) return null;
    if (rows.length > 1) {
      throw new VerbatimError(
        'usage',
        `"${idOrPrefix}" matches more than one book: ${rows.map((r) => r.id).join(', ')}`,
        {
          hint: 'give more characters of the id',
        },
      );
    }
    return rows[0]!.id;
  }

  getBook(idOrPrefix: string): Book | null {
    const id = this.resolveId(idOrPrefix);
    if (!id) return null;
    const row = this.db
      .prepare('SELECT * FROM books JOIN book_texts ON book_texts.book_id = books.id WHERE books.id = ?')
      .get(id) as BookRow | undefined;
    if (!row) return null;
    return {
      id: row.id,
      hash: row.hash,
      format: row.format,
      sourcePath: row.source_path,
      metadata: { title: row.title, author: row.author, language: row.language },
      encoding: row.encoding,
      text: row.text,
      frontMatter: row.front_matter,
      backMatter: row.back_matter,
      structure: decodeStructure(row.structure_json),
      warnings: JSON.parse(row.warnings_json) as string[],
    };
  }

  summary(idOrPrefix: string): BookSummary | null {
    const id = this.resolveId(idOrPrefix);
    if (!id) return null;
    const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM books WHERE id = ?`).get(id) as
      | SummaryRow
      | undefined;
    return row ? toSummary(row) : null;
  }

  listBooks(): BookSummary[] {
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM books ORDER BY added_at, id`)
      .all() as SummaryRow[];
    return rows.map(toSummary);
  }

  /**
   * Sets a stored book's title and author (a field left undefined keeps its value; an empty string
   * clears it). The text and its analyses are unchanged: neither depends on them.
   */
  setMetadata(id: string, fields: { title?: string | null; author?: string | null }): BookSummary | null {
    const row = this.summary(id);
    if (!row) return null;
    const title = fields.title === undefined ? row.title : fields.title || null;
    const author = fields.author === undefined ? row.author : fields.author || null;
    this.db.prepare('UPDATE books SET title = ?, author = ? WHERE id = ?').run(title, author, row.id);
    return this.summary(row.id);
  }

  /** Removes a book with its text and analyses (by full id). */
  removeBook(id: string): boolean {
    return this.db.prepare('DELETE FROM books WHERE id = ?').run(id).changes > 0;
  }

  saveAnalysis(bookId: string, version: string, json: unknown): void {
    this.db
      .prepare('INSERT OR REPLACE INTO analyses (book_id, version, json, created_at) VALUES (?, ?, ?, ?)')
      .run(bookId, version, JSON.stringify(json), new Date().toISOString());
  }

  getAnalysis(bookId: string, version: string): unknown | null {
    const row = this.db
      .prepare('SELECT json FROM analyses WHERE book_id = ? AND version = ?')
      .get(bookId, version) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as unknown) : null;
  }

  /**
   * Stores a book's word index (one per version; an older version's is replaced). The library keeps
   * the bytes as given: what they mean is the checker's business (src/check/locate/index-codec.ts).
   */
  saveIndex(bookId: string, index: StoredBookIndex): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM book_indexes WHERE book_id = ?').run(bookId);
      this.db
        .prepare(
          'INSERT INTO book_indexes (book_id, version, vocab, starts, ends, ids, positions, posting_starts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          bookId,
          index.version,
          index.vocab,
          index.starts,
          index.ends,
          index.ids,
          index.positions,
          index.postingStarts,
        );
    })();
  }

  getIndex(bookId: string, version: string): StoredBookIndex | null {
    const row = this.db
      .prepare(
        'SELECT version, vocab, starts, ends, ids, positions, posting_starts AS postingStarts FROM book_indexes WHERE book_id = ? AND version = ?',
      )
      .get(bookId, version) as StoredBookIndex | undefined;
    return row ?? null;
  }

  /**
   * Stores where a book has each word (word positions, Int32 little-endian), for finding a passage
   * across the library (src/find/). Replaces what was stored for the book.
   */
  saveFindWords(bookId: string, version: string, positions: ReadonlyMap<string, Uint8Array>): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM find_books WHERE book_id = ?').run(bookId);
      this.db.prepare('INSERT INTO find_books (book_id, version) VALUES (?, ?)').run(bookId, version);
      const insert = this.db.prepare('INSERT INTO find_words (word, book_id, positions) VALUES (?, ?, ?)');
      for (const [word, at] of positions) insert.run(word, bookId, at);
    })();
  }

  /** The books whose words are stored for `find` at this version. */
  findIndexedBooks(version: string): string[] {
    const rows = this.db.prepare('SELECT book_id FROM find_books WHERE version = ?').all(version) as {
      book_id: string;
    }[];
    return rows.map((r) => r.book_id);
  }

  /** Words in all the books stored for `find` at this version (their word counts). */
  findWordTotal(version: string): number {
    const row = this.db
      .prepare(
        'SELECT SUM(words) AS n FROM books JOIN find_books ON find_books.book_id = books.id WHERE version = ?',
      )
      .get(version) as { n: number | null };
    return row.n ?? 0;
  }

  /** For each word, the books (stored for `find`) holding it and how often (read without the positions). */
  booksWithWords(words: readonly string[]): Map<string, { bookId: string; count: number }[]> {
    const stmt = this.db.prepare('SELECT book_id, length(positions) AS bytes FROM find_words WHERE word = ?');
    const out = new Map<string, { bookId: string; count: number }[]>();
    for (const w of words) {
      const rows = stmt.all(w) as { book_id: string; bytes: number }[];
      out.set(
        w,
        rows.map((r) => ({ bookId: r.book_id, count: r.bytes / 4 })),
      );
    }
    return out;
  }

  /** Where each book (stored for `find`) has a word: word positions as Int32 little-endian bytes, by book id. */
  wordPositions(word: string): Map<string, Uint8Array> {
    this.positionsQuery ??= this.db.prepare('SELECT book_id, positions FROM find_words WHERE word = ?');
    const rows = this.positionsQuery.all(word) as { book_id: string; positions: Uint8Array }[];
    return new Map(rows.map((r) => [r.book_id, r.positions]));
  }

  setAnalysisStatus(bookId: string, status: AnalysisStatus, error?: string): void {
    this.db
      .prepare('UPDATE books SET analysis_status = ?, analysis_error = ? WHERE id = ?')
      .run(status, status === 'failed' ? (error ?? 'unknown error') : null, bookId);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function toSummary(row: SummaryRow): BookSummary {
  return {
    id: row.id,
    hash: row.hash,
    title: row.title,
    author: row.author,
    format: row.format,
    words: row.words,
    chapters: row.chapters,
    addedAt: row.added_at,
    analysisStatus: row.analysis_status,
    analysisError: row.analysis_error,
  };
}
