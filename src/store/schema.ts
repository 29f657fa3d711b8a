import type Database from 'better-sqlite3';
import { VerbatimError } from '../errors.js';

/**
 * The library's schema, as an append-only list of migrations. `PRAGMA user_version` records how
 * many have run. Opening a library runs the missing ones, each in its own transaction with the
 * version bump, so an upgrade either happens whole or not at all. Rule for future migrations:
 * only add (tables, columns, indexes) or copy; never drop data a user stored.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: books, their text and structure, analysis results.
  `
  CREATE TABLE books (
    id TEXT PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    title TEXT,
    author TEXT,
    language TEXT,
    format TEXT NOT NULL,
    source_path TEXT,
    encoding TEXT NOT NULL,
    words INTEGER NOT NULL,
    chapters INTEGER NOT NULL,
    added_at TEXT NOT NULL,
    analysis_status TEXT NOT NULL DEFAULT 'none',
    analysis_error TEXT
  );
  -- The text lives apart from the summary row so listing books never reads megabytes.
  CREATE TABLE book_texts (
    book_id TEXT PRIMARY KEY REFERENCES books(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    front_matter TEXT NOT NULL,
    back_matter TEXT NOT NULL,
    structure_json TEXT NOT NULL,
    warnings_json TEXT NOT NULL
  );
  CREATE TABLE analyses (
    book_id TEXT NOT NULL REFERENCES books(id) ON DELETE CASCADE,
    version TEXT NOT NULL,
    json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (book_id, version)
  );
  `,
  // 2: each book's word index, so a check reads it instead of rebuilding it (src/check/locate/index-codec.ts).
  `
  CREATE TABLE book_indexes (
    book_id TEXT NOT NULL REFERENCES books(id) ON DELETE CASCADE,
    version TEXT NOT NULL,
    vocab TEXT NOT NULL,
    starts BLOB NOT NULL,
    ends BLOB NOT NULL,
    ids BLOB NOT NULL,
    PRIMARY KEY (book_id, version)
  );
  `,
  // 3: which books hold each word, for \`verbatim find\` across the library (src/find/).
  `
  CREATE TABLE find_books (
    book_id TEXT PRIMARY KEY REFERENCES books(id) ON DELETE CASCADE,
    version TEXT NOT NULL
  );
  CREATE TABLE find_words (
    word TEXT NOT NULL,
    book_id TEXT NOT NULL REFERENCES find_books(book_id) ON DELETE CASCADE,
    positions BLOB NOT NULL,
    PRIMARY KEY (word, book_id)
  ) WITHOUT ROWID;
  CREATE INDEX find_words_book ON find_words (book_id);
  `,
  // 4: the word index's postings, stored so a check does not rebuild them (index-codec.ts, words-2).
  // Rows stored before have none and another version: they are rebuilt when next read.
  `
  ALTER TABLE book_indexes ADD COLUMN positions BLOB;
  ALTER TABLE book_indexes ADD COLUMN posting_starts BLOB;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(
  db: Database.Database,
  file: string,
  migrations: readonly string[] = MIGRATIONS,
): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length;
  if (current > latest) {
    throw new VerbatimError(
      'usage',
      `the library was written by a newer Verbatim (schema ${current}, this one knows ${latest})`,
      { file, hint: 'upgrade Verbatim; the library was left untouched' },
    );
  }
  for (let v = current; v < latest; v++) {
    db.transaction(() => {
      db.exec(migrations[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
