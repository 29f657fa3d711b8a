import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTITIES_HEADER, QUOTES_HEADER, TOKENS_HEADER } from '../../src/corpus/booknlp.js';
import { parseCsvRecords } from '../../src/corpus/csv.js';
import { CSV_COLUMNS } from '../../src/corpus/row.js';
import { writeCorpus } from '../fixtures/corpus-novels.js';
import { runCli } from '../fixtures/run-cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'verbatim-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function corpusDir(name: string): { dir: string; files: string[] } {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  return { dir, files: writeCorpus(dir) };
}

function csvRows(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsvRecords(readFileSync(file, 'utf8'));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

function tsv(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));
}

describe('verbatim corpus', () => {
  const { dir, files } = corpusDir('novels');
  const out = path.join(tmp, 'out');

  it('analyses every novel (recursively) into per-book folders and corpus.csv', async () => {
    const r = await runCli(['corpus', dir, '--out', out, '--jobs', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^5 books: 5 analysed, 0 already done, 0 failed/);
    // Plain lines on a non-terminal stderr, one per book, with the pace and ETA.
    expect(r.stderr.split('\n').filter((l) => /^\[\d\/5\] ok .* books\/min, ETA/.test(l))).toHaveLength(5);

    const [header] = parseCsvRecords(readFileSync(path.join(out, 'corpus.csv'), 'utf8'));
    expect(header).toEqual([...CSV_COLUMNS]);
    const rows = csvRows(path.join(out, 'corpus.csv'));
    expect(rows.map((row) => row.file)).toEqual(files);
    const html = rows.find((row) => row.file === 'glass-shore.html')!;
    expect(html).toMatchObject({
      title: 'The Glass Shore',
      author: 'Ida Marsh',
      chapters: '3',
      status: 'ok',
    });
    for (const row of rows) {
      expect(Number(row.words)).toBeGreaterThan(100);
      expect(Number(row.characters)).toBeGreaterThanOrEqual(2);
      expect(Number(row.quotations)).toBeGreaterThanOrEqual(9);
      expect(Number(row.dialogue_share)).toBeGreaterThan(0.2);
      expect(Number(row.dialogue_share)).toBeLessThan(0.8);

      const book = path.join(out, row.id!);
      expect(readdirSync(book).sort()).toEqual(
        ['analysis.json', 'entities', 'quotes', 'tokens']
          .map((ext) => `${row.id}.${ext}`)
          .concat('corpus-row.json')
          .sort(),
      );
      const tokens = tsv(path.join(book, `${row.id}.tokens`));
      expect(tokens[0]).toEqual([...TOKENS_HEADER]);
      for (const t of tokens) expect(t).toHaveLength(TOKENS_HEADER.length);
      // token_ID_within_document counts from 0 without gaps; onsets point at the word in the file.
      const text = readFileSync(path.join(dir, row.file!), 'utf8');
      expect(tokens.slice(1).map((t) => Number(t[3]))).toEqual(tokens.slice(1).map((_, i) => i));
      if (!row.file!.endsWith('.html')) {
        for (const t of tokens.slice(1, 50)) expect(text.slice(Number(t[6]), Number(t[7]))).toBe(t[4]);
      }
      const entities = tsv(path.join(book, `${row.id}.entities`));
      expect(entities[0]).toEqual([...ENTITIES_HEADER]);
      expect(entities.length).toBeGreaterThan(6);
      for (const e of entities.slice(1)) {
        expect(e).toHaveLength(ENTITIES_HEADER.length);
        const words = tokens.slice(Number(e[1]) + 1, Number(e[2]) + 2).map((t) => t[4]);
        expect(e[5]).toContain(words[0]);
      }
      const quotes = tsv(path.join(book, `${row.id}.quotes`));
      expect(quotes[0]).toEqual([...QUOTES_HEADER]);
      for (const q of quotes.slice(1)) expect(q).toHaveLength(QUOTES_HEADER.length);
      // "The boats are late again," said Nell Carrow: a named tag, so the mention is filled.
      const named = quotes.find((q) => q[6] === 'The boats are late again,')!;
      expect(named[4]).toMatch(/^[A-Z][a-z]+( [A-Z][a-z]+)?$/);
      expect(Number(named[5])).toBeGreaterThanOrEqual(0);
      const analysis = JSON.parse(readFileSync(path.join(book, `${row.id}.analysis.json`), 'utf8'));
      expect(analysis.analysis.quotes.length).toBe(Number(row.quotations));
    }
    expect(existsSync(path.join(out, '.lock.corpus.csv'))).toBe(false);
  });

  it('skips finished books on a rerun and writes the same CSV', async () => {
    const before = readFileSync(path.join(out, 'corpus.csv'), 'utf8');
    const someBook = csvRows(path.join(out, 'corpus.csv'))[0]!.id!;
    const mtime = statSync(path.join(out, someBook, `${someBook}.tokens`)).mtimeMs;
    const r = await runCli(['corpus', dir, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^5 books: 0 analysed, 5 already done, 0 failed/);
    expect(r.stderr).toContain('5 of 5 books already done');
    expect(readFileSync(path.join(out, 'corpus.csv'), 'utf8')).toBe(before);
    expect(statSync(path.join(out, someBook, `${someBook}.tokens`)).mtimeMs).toBe(mtime);
  });

  it('splits into shards that cover every book exactly once, and --merge joins them', async () => {
    const sharded = path.join(tmp, 'sharded');
    const seen: string[] = [];
    for (const k of [1, 2, 3]) {
      const r = await runCli(['corpus', dir, '--out', sharded, '--shard', `${k}/3`, '--jobs', '1']);
      expect(r.code, r.stderr).toBe(0);
      seen.push(...csvRows(path.join(sharded, `corpus.${k}-of-3.csv`)).map((row) => row.file!));
    }
    expect(seen.sort()).toEqual(files);
    const merged = await runCli(['corpus', '--merge', sharded]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toContain('merged 3 shard CSVs (5 books)');
    const strip = (rows: Record<string, string>[]) => rows.map(({ seconds: _s, ...rest }) => rest);
    expect(strip(csvRows(path.join(sharded, 'corpus.csv')))).toEqual(
      strip(csvRows(path.join(out, 'corpus.csv'))),
    );
  });

  it('merge says which shards are missing and exits 1', async () => {
    const partial = path.join(tmp, 'partial');
    mkdirSync(partial);
    const r1 = await runCli(['corpus', dir, '--out', partial, '--shard', '1/2', '--jobs', '1']);
    expect(r1.code, r1.stderr).toBe(0);
    const merged = await runCli(['corpus', '--merge', partial]);
    expect(merged.code).toBe(1);
    expect(merged.stderr).toContain('shards 2 have no CSV yet');
  });

  it('reports a broken file (file and reason), finishes the rest and exits 1', async () => {
    const broken = corpusDir('broken');
    writeFileSync(path.join(broken.dir, 'empty.txt'), '');
    writeFileSync(
      path.join(broken.dir, 'north', 'not-a-book.epub'),
      Buffer.from('this is not a zip archive at all'),
    );
    writeFileSync(
      path.join(broken.dir, 'z-copy.txt'),
      readFileSync(path.join(broken.dir, 'harbour-wives.txt')),
    );
    const brokenOut = path.join(tmp, 'broken-out');
    const r = await runCli(['corpus', broken.dir, '--out', brokenOut, '--jobs', '2']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^8 books: 5 analysed, 0 already done, 2 failed, 1 duplicates/);
    expect(r.stderr).toMatch(/failed empty\.txt: the file is empty/);
    expect(r.stderr).toMatch(/failed north\/not-a-book\.epub: not an EPUB/);
    const rows = csvRows(path.join(brokenOut, 'corpus.csv'));
    expect(rows.filter((row) => row.status === 'ok').map((row) => row.file)).toEqual(broken.files);
    expect(rows.find((row) => row.file === 'empty.txt')).toMatchObject({ status: 'failed' });
    expect(rows.find((row) => row.file === 'z-copy.txt')).toMatchObject({
      status: 'duplicate',
      error: 'same bytes as harbour-wives.txt',
    });
    // Failed books are tried again on a rerun; finished ones are not.
    const again = await runCli(['corpus', broken.dir, '--out', brokenOut, '--jobs', '2']);
    expect(again.stdout).toMatch(/^8 books: 0 analysed, 5 already done, 2 failed/);
  });

  it('refuses bad usage with one clear line and exit 2', async () => {
    for (const [args, message] of [
      [['--shard', '3/2'], /--shard 3\/2: K must be between 1 and 2/],
      [['--shard', '0/4'], /--shard 0\/4: K must be between 1 and 4 \(shards count from 1\)/],
      [['--shard', 'half'], /--shard must be K\/N/],
      [['--jobs', '0'], /--jobs must be a whole number/],
    ] as const) {
      const r = await runCli(['corpus', dir, '--out', path.join(tmp, 'never'), ...args]);
      expect(r.code, String(args)).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect((await runCli(['corpus', dir])).stderr).toContain('name an output folder with --out');
    const missing = await runCli(['corpus', path.join(tmp, 'nope'), '--out', path.join(tmp, 'never')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope: no such folder');
    const file = path.join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const unwritable = await runCli(['corpus', dir, '--out', path.join(file, 'out')]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/a-file\/out: cannot create the output folder/);
  });

  it('refuses a second run into the same output while one is going', async () => {
    const busy = path.join(tmp, 'busy');
    mkdirSync(busy);
    const owner = { host: os.hostname(), pid: process.pid, started: new Date().toISOString() };
    writeFileSync(path.join(busy, '.lock.corpus.csv'), JSON.stringify(owner));
    const r = await runCli(['corpus', dir, '--out', busy]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`another corpus run is writing corpus.csv here (process ${process.pid}`);
    // A lock left by a dead run on this machine is taken over.
    writeFileSync(path.join(busy, '.lock.corpus.csv'), JSON.stringify({ ...owner, pid: 2 ** 22 + 12345 }));
    const taken = await runCli(['corpus', dir, '--out', busy]);
    expect(taken.code, taken.stderr).toBe(0);
    expect(existsSync(path.join(busy, '.lock.corpus.csv'))).toBe(false);
  });

  it('--help names every option', async () => {
    const r = await runCli(['corpus', '--help']);
    expect(r.code).toBe(0);
    for (const option of ['--out', '--jobs', '--shard', '--merge', 'recursively', 'docs/corpus.md']) {
      expect(r.stdout).toContain(option);
    }
  });
});

/** The processes whose parent is `pid`, from /proc (empty where there is none). */
function childrenOf(pid: number): number[] {
  if (!existsSync('/proc')) return [];
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (command) state ppid …": the command may hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(name));
    } catch {
      // the process ended while being read
    }
  }
  return out;
}

describe('a killed corpus run', () => {
  it('loses nothing it finished, and the rerun completes the rest', async () => {
    const { dir, files } = corpusDir('kill');
    for (let i = 0; i < 6; i++) {
      writeFileSync(
        path.join(dir, `extra-${i}.txt`),
        readFileSync(path.join(dir, 'harbour-wives.txt'), 'utf8').replace(/Nell/g, `Nell${i}`),
      );
    }
    const total = files.length + 6;
    const out = path.join(tmp, 'kill-out');
    const entry = path.resolve(import.meta.dirname, '../fixtures/cli-entry.ts');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', entry, 'corpus', dir, '--out', out, '--jobs', '1'],
      {
        stdio: 'ignore',
      },
    );
    const finished = () => (existsSync(out) ? readdirSync(out).filter((n) => /^[0-9a-f]{12}$/.test(n)) : []);
    while (finished().length < 1 && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
    // The run's worker processes, read before the kill orphans them (Linux's /proc; elsewhere the
    // temp folders' names below are all there is).
    const workers = childrenOf(child.pid!);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const done = finished().length;
    // A worker ends when its parent's channel closes, but only once its current book's analysis lets
    // it notice: it may still make a temp folder after the kill. Wait until every worker is gone (its
    // pid also ends its temp folder's name, `<id>.<host>.<pid>`), so the folder is a dead run's
    // (cleaned) rather than a live one's (left alone). A fixed wait was too short on a loaded machine,
    // and waiting only on the folders there at the kill missed a worker between two books.
    const alive = (pid: number): boolean => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    const tmpDir = path.join(out, '.tmp');
    const workerPids = [
      ...workers,
      ...(existsSync(tmpDir)
        ? readdirSync(tmpDir)
            .map((n) => Number(n.split('.').at(-1)))
            .filter((pid) => pid > 0)
        : []),
    ];
    for (let waited = 0; waited < 20_000 && workerPids.some(alive); waited += 50)
      await new Promise((r) => setTimeout(r, 50));
    expect(done).toBeGreaterThanOrEqual(1);
    const r = await runCli(['corpus', dir, '--out', out, '--jobs', '2']);
    expect(r.code, r.stderr).toBe(0);
    const m = /(\d+) analysed, (\d+) already done/.exec(r.stdout)!;
    expect(Number(m[2])).toBeGreaterThanOrEqual(done - 1); // the book being renamed at the kill may count either way
    expect(Number(m[1]) + Number(m[2])).toBe(total);
    expect(csvRows(path.join(out, 'corpus.csv')).filter((row) => row.status === 'ok')).toHaveLength(total);
    // The killed attempt's temp folder is cleaned by the rerun.
    const temps = existsSync(path.join(out, '.tmp')) ? readdirSync(path.join(out, '.tmp')) : [];
    expect(temps).toEqual([]);
  });
});
