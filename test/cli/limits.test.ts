import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS } from '../../src/formats/zip.js';
import { LIMITS } from '../../src/limits.js';
import { DEFAULT_LIMITS } from '../../src/server/deps.js';
import { MAX_PASSAGE } from '../../src/server/routes/reader.js';
import { runCli } from '../fixtures/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');
let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'verbatim-limits-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** A file of `bytes` bytes without writing them (sparse): the size check happens before reading. */
function sparseFile(name: string, bytes: number): string {
  const p = path.join(tmp, name);
  closeSync(openSync(p, 'w'));
  truncateSync(p, bytes);
  return p;
}

describe('one set of limits for the command line and the web app', () => {
  it('the server, the EPUB reader and the review checker use src/limits.ts', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxBookBytes: LIMITS.bookBytes, maxReviewBytes: LIMITS.reviewBytes });
    expect(DEFAULT_ZIP_LIMITS.maxTotalBytes).toBe(LIMITS.epubInflatedBytes);
    expect(DEFAULT_ZIP_LIMITS.maxEntryBytes).toBe(LIMITS.epubEntryBytes);
    expect(DEFAULT_ZIP_LIMITS.maxEntries).toBe(LIMITS.epubEntries);
    expect(MAX_PASSAGE).toBe(LIMITS.readerPassageCharacters);
  });

  it('every limit is listed in the README', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('**Limits**'));
    for (const name of Object.keys(LIMITS)) expect(section, name).toContain(`\`${name}\``);
  });

  it('a book over the limit is refused by `add`, naming the file and the way past it', async () => {
    const big = sparseFile('huge.txt', LIMITS.bookBytes + 1024 * 1024);
    const r = await runCli(['add', big, '--data-dir', path.join(tmp, 'data')], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `verbatim: ${big}: the file is 65 MB, larger than the 64 MB limit (a novel is rarely over 5 MB: is this the right file? --max-size raises the limit)\n`,
    );
  });

  it('a review over the limit is refused by `check`', async () => {
    const review = sparseFile('review.txt', LIMITS.reviewBytes + 1);
    const book = path.join(root, 'test/fixtures/lantern-keeper.txt');
    const r = await runCli(['check', review, '--book', book], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `verbatim: ${review}: the review is 4.0 MB; reviews up to 4 MB are checked (split it into smaller files)\n`,
    );
  });
});
