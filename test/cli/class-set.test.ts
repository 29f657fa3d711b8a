import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDocx } from '../fixtures/docx.js';
import { runCli } from '../fixtures/run-cli.js';

/**
 * `verbatim check a.md b.docx c.txt --book X` and `check folder/ --out DIR`: what a teacher with a
 * class set sees — the table, the report files, the exit code, and a missing essay named without
 * losing the others.
 */
const lantern = path.join(import.meta.dirname, '../fixtures/lantern-keeper.txt');
let tmp: string;
let dataDir: string;
let bookId: string;

const cli = (...args: string[]) => runCli([...args, '--data-dir', dataDir], { cwd: tmp });

function write(name: string, content: string | Uint8Array): string {
  const p = path.join(tmp, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
}

const GOOD = 'Martha is steadfast: “The light must be seen.” And “The fog came in before the boats did.”\n';
const BAD =
  'The tale opens: “The fog came in after the boats did.” Later: “The sea keeps every promise it makes.”\n';

beforeEach(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'verbatim-class-'));
  dataDir = path.join(tmp, 'data');
  bookId = (JSON.parse((await cli('add', lantern, '--format', 'json')).stdout) as { id: string }).id;
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** The table's row for an essay, split into its columns. */
function row(stdout: string, essay: string): string[] {
  const line = stdout.split('\n').find((l) => l.startsWith(essay));
  expect(line, `a row for ${essay} in:\n${stdout}`).toBeDefined();
  return line!
    .slice(essay.length)
    .trim()
    .split(/\s{2,}/);
}

describe('check with several reviews (a class set)', () => {
  it('prints one row per essay with its counts, progress on stderr, exit 1 when any has problems', async () => {
    write('good.md', GOOD);
    write('bad.txt', BAD);
    write('para.docx', makeDocx([{ text: 'Tom says: “They are late.”' }]));
    const r = await cli('check', 'good.md', 'bad.txt', 'para.docx', '--book', bookId);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Checked 3 reviews against The Lantern Keeper');
    expect(r.stdout).toMatch(/^essay\s+quotations\s+not found\s+altered\s+wrong speaker\s+result$/m);
    expect(row(r.stdout, 'good.md')).toEqual(['2', '0', '0', '0', 'ok']);
    expect(row(r.stdout, 'bad.txt')).toEqual(['2', '1', '1', '0', 'needs attention']);
    expect(row(r.stdout, 'para.docx')[0]).toBe('1');
    expect(row(r.stdout, 'total (3)')).toEqual(['5', '1', '1', '0', '1 needs attention']);
    expect(r.stderr).toContain('[1/3] good.md: 2 quotations, all well');
    expect(r.stderr).toContain('[2/3] bad.txt: 2 quotations, 1 not found, 1 altered');
  });

  it('exits 0 when every essay is fine', async () => {
    write('a.md', GOOD);
    write('b.md', GOOD);
    const r = await cli('check', 'a.md', 'b.md', '--book', bookId);
    expect(r.code).toBe(0);
    expect(row(r.stdout, 'total (2)')).toEqual(['4', '0', '0', '0', '0 need attention']);
  });

  it('checks a folder and writes one report per essay in --out, in the chosen format', async () => {
    write('essays/01-ann.md', GOOD);
    write('essays/02-ben.txt', BAD);
    write('essays/scan.pdf', '%PDF-1.4');
    const r = await cli('check', 'essays', '--book', bookId, '--out', 'reports', '--format', 'html');
    expect(r.code).toBe(1);
    expect(readdirSync(path.join(tmp, 'reports')).sort()).toEqual(['01-ann.check.html', '02-ben.check.html']);
    const ben = readFileSync(path.join(tmp, 'reports/02-ben.check.html'), 'utf8');
    expect(ben).toMatch(/^<!doctype html>/i);
    expect(ben).toContain('02-ben.txt');
    expect(row(r.stdout, path.join('essays', '02-ben.txt'))).toEqual(['2', '1', '1', '0', 'needs attention']);
    expect(r.stderr).toContain(`not reviews, left out: ${path.join('essays', 'scan.pdf')}`);
    expect(r.stderr).toContain(`reports in ${path.join(tmp, 'reports')}`);
  });

  it('writes JSON reports a script can read, never over the essays themselves', async () => {
    write('essays/a.json.md', GOOD);
    write('essays/a.md', BAD);
    const r = await cli('check', 'essays', '--book', bookId, '--out', 'essays', '--format', 'json');
    expect(r.code).toBe(1);
    expect(readFileSync(path.join(tmp, 'essays/a.md'), 'utf8')).toBe(BAD);
    const report = JSON.parse(readFileSync(path.join(tmp, 'essays/a.check.json'), 'utf8'));
    expect(report.summary.quotations).toBe(2);
  });

  it('names a missing essay in a clear error and still writes the others’ reports (exit 2)', async () => {
    write('good.md', GOOD);
    write('bad.md', BAD);
    const r = await cli('check', 'good.md', 'absent.md', 'bad.md', '--book', bookId, '--out', 'out');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\[2\/3\] absent\.md: ERROR: no such review file/);
    expect(row(r.stdout, 'absent.md')).toEqual([
      'could not be checked: no such review file (check the path)',
    ]);
    expect(readdirSync(path.join(tmp, 'out')).sort()).toEqual(['bad.check.txt', 'good.check.txt']);
    expect(readFileSync(path.join(tmp, 'out/bad.check.txt'), 'utf8')).toContain('NOT FOUND IN THE BOOK');
  });

  it('refuses an --out that cannot be written before checking anything', async () => {
    write('good.md', GOOD);
    write('taken', 'a file, not a folder');
    const r = await cli('check', 'good.md', '--book', bookId, '--out', 'taken');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^verbatim: .*taken: cannot write reports here .*choose another folder with --out/,
    );
    expect(r.stdout).toBe('');
  });

  it('says so when a folder holds no reviews', async () => {
    mkdirSync(path.join(tmp, 'empty'));
    const r = await cli('check', 'empty', '--book', bookId);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no reviews to check in empty');
  });

  it('keeps a single review on stdout as before, and reads stdin only on its own', async () => {
    write('good.md', GOOD);
    const one = await cli('check', 'good.md', '--book', bookId);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('Checked good.md against The Lantern Keeper');
    const mixed = await cli('check', '-', 'good.md', '--book', bookId);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('a review from stdin (-) is checked on its own');
  });
});

describe('the stored word index', () => {
  it('gives the same report as an index built from the file', async () => {
    write('bad.md', BAD);
    const fromLibrary = await cli('check', 'bad.md', '--book', bookId, '--format', 'json', '--no-speakers');
    const fromFile = await cli('check', 'bad.md', '--book', lantern, '--format', 'json', '--no-speakers');
    const strip = (s: string) => {
      const j = JSON.parse(s);
      delete j.book;
      return j;
    };
    expect(strip(fromLibrary.stdout)).toEqual(strip(fromFile.stdout));
  });

  it('is rebuilt when the library cannot be written (a read-only library still checks)', async () => {
    write('good.md', GOOD);
    if (process.getuid?.() === 0) return; // root writes anyway
    chmodSync(path.join(dataDir, 'library.sqlite'), 0o444);
    const r = await cli('check', 'good.md', '--book', bookId);
    chmodSync(path.join(dataDir, 'library.sqlite'), 0o644);
    expect(existsSync(path.join(dataDir, 'library.sqlite'))).toBe(true);
    expect(r.stdout).toContain('Checked good.md');
  });
});

describe.skipIf(!existsSync(path.join(import.meta.dirname, '../../dist/cli/check/worker.js')))(
  'the real bin/verbatim with worker threads',
  () => {
    it('gives the same table and reports with --jobs 2 as with --jobs 1', async () => {
      const { spawnSync } = await import('node:child_process');
      const bin = path.join(import.meta.dirname, '../../bin/verbatim');
      for (let i = 1; i <= 5; i++) write(`essays/e${i}.md`, i % 2 ? GOOD : BAD);
      write('essays/e6.md', '');
      const run = (jobs: string) =>
        spawnSync(
          process.execPath,
          [
            bin,
            '--data-dir',
            dataDir,
            'check',
            'essays',
            '--book',
            bookId,
            '--out',
            `out-${jobs}`,
            '--jobs',
            jobs,
          ],
          { cwd: tmp, encoding: 'utf8', timeout: 60_000 },
        );
      const one = run('1');
      const two = run('2');
      expect(one.status).toBe(2); // e6.md is empty: named, the others still checked
      expect(two.status).toBe(2);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stdout).toMatch(/e6\.md\s+could not be checked: the review is empty/);
      expect(readdirSync(path.join(tmp, 'out-2')).sort()).toEqual(
        readdirSync(path.join(tmp, 'out-1')).sort(),
      );
      expect(readFileSync(path.join(tmp, 'out-2/e2.check.txt'), 'utf8')).toBe(
        readFileSync(path.join(tmp, 'out-1/e2.check.txt'), 'utf8'),
      );
      expect(two.stderr.match(/^verbatim: \[\d\/6\]/gm)).toHaveLength(6);
    });
  },
);
