import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashBytes, loadBookBytes, loadBookFile } from '../../src/formats/load.js';
import { rejection } from '../fixtures/rejection.js';

const fixturePath = path.join(import.meta.dirname, '../fixtures/lantern-keeper.txt');
const tmp = mkdtempSync(path.join(tmpdir(), 'verbatim-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('loadBookFile', () => {
  it('loads a novel with its chapters, hashed by its bytes', async () => {
    const book = await loadBookFile(fixturePath);
    const bytes = readFileSync(fixturePath);
    expect(book.hash).toBe(hashBytes(bytes));
    expect(book.id).toBe(book.hash.slice(0, 12));
    expect(book.sourcePath).toBe(fixturePath);
    expect(book.text).toBe(bytes.toString('utf8'));
    expect(book.structure.chapters.map((c) => c.title)).toEqual([
      'CHAPTER I. The Harbour',
      'CHAPTER II. The Storm',
      'CHAPTER III. The Return',
    ]);
  });

  it('names a file that does not exist', async () => {
    const missing = path.join(tmp, 'nope.txt');
    const e = await rejection(loadBookFile(missing));
    expect(e.code).toBe('not_found');
    expect(e.toLine()).toBe(`${missing}: no such file`);
  });

  it('refuses a folder', async () => {
    const e = await rejection(loadBookFile(tmp));
    expect(e.toLine()).toContain(`${tmp}: is a folder, not a file`);
  });

  it('refuses a 200 MB file by its size, before reading it (sparse file)', async () => {
    const big = path.join(tmp, 'huge.txt');
    const fd = openSync(big, 'w');
    closeSync(fd);
    // truncate makes a sparse file: 200 MB on paper, nothing on disk.
    truncateSync(big, 200 * 1024 * 1024);
    expect(statSync(big).size).toBe(200 * 1024 * 1024);
    const e = await rejection(loadBookFile(big));
    expect(e.code).toBe('too_large');
    expect(e.toLine()).toMatch(/huge\.txt: the file is 200 MB, larger than the 64 MB limit/);
  });
});

describe('loadBookBytes', () => {
  it('loads an upload by name, with no source path', async () => {
    const book = await loadBookBytes(readFileSync(fixturePath), 'upload.txt');
    expect(book.sourcePath).toBeNull();
    expect(book.structure.chapters).toHaveLength(3);
  });
});
