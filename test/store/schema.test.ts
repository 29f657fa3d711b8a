import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../src/store/schema.js';

function v1Library(): Database.Database {
  const db = new Database(':memory:');
  migrate(db, 'mem', MIGRATIONS.slice(0, 1));
  db.prepare(
    `INSERT INTO books (id, hash, title, format, encoding, words, chapters, added_at)
     VALUES ('abc', 'abcdef', 'Kept', 'txt', 'utf-8', 10, 1, '2026-01-01')`,
  ).run();
  return db;
}

describe('schema migrations', () => {
  it('upgrades an older library in place, keeping every row', () => {
    const db = v1Library();
    migrate(db, 'mem', [
      ...MIGRATIONS.slice(0, 1),
      "ALTER TABLE books ADD COLUMN series TEXT DEFAULT 'none'",
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT id, title, series FROM books').all()).toEqual([
      { id: 'abc', title: 'Kept', series: 'none' },
    ]);
  });

  it('rolls a failing migration back whole: version and data as they were', () => {
    const db = v1Library();
    const broken = 'ALTER TABLE books ADD COLUMN a TEXT; THIS IS NOT SQL;';
    expect(() => migrate(db, 'mem', [...MIGRATIONS.slice(0, 1), broken])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const columns = (db.prepare('PRAGMA table_info(books)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('a');
    expect(db.prepare('SELECT title FROM books').all()).toEqual([{ title: 'Kept' }]);
  });

  it('runs nothing on a library that is up to date', () => {
    const db = v1Library();
    migrate(db, 'mem', MIGRATIONS.slice(0, 1));
    expect(db.prepare('SELECT count(*) AS n FROM books').get()).toEqual({ n: 1 });
  });
});
