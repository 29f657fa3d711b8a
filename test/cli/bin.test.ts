import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../fixtures/docx.js';

const root = path.resolve(import.meta.dirname, '../..');
const built = existsSync(path.join(root, 'dist/verbatim.cjs'));
if (!built)
  console.log('dist/verbatim.cjs is missing (run `npm run build`): the bin/verbatim test is skipped');

const tmp = mkdtempSync(path.join(tmpdir(), 'verbatim-bin-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function verbatim(...args: string[]) {
  const env = {
    ...process.env,
    VERBATIM_DATA_DIR: path.join(tmp, 'data'),
    XDG_CACHE_HOME: path.join(tmp, 'cache'),
  };
  return spawnSync(process.execPath, [path.join(root, 'bin/verbatim'), ...args], {
    encoding: 'utf8',
    env,
    timeout: 30_000,
  });
}

describe.skipIf(!built)('the real bin/verbatim', () => {
  it('adds a novel, prints its text byte for byte, and exits 2 on bad input', () => {
    const lantern = path.join(root, 'test/fixtures/lantern-keeper.txt');
    const add = verbatim('add', lantern);
    expect(add.status, add.stderr).toBe(0);
    const id = /^added ([0-9a-f]{12})/.exec(add.stdout)?.[1];
    expect(id).toBeDefined();
    const text = verbatim('text', id!);
    expect(text.status).toBe(0);
    expect(text.stdout).toBe(readFileSync(lantern, 'utf8'));

    const missing = verbatim('add', path.join(tmp, 'nope.txt'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`verbatim: ${path.join(tmp, 'nope.txt')}: no such file\n`);
  });

  it("runs as a program through its #! line, as a shell and npm's bin link start it", () => {
    // A #! line the shell or env cannot run would fail every user.
    const bin = path.join(root, 'bin/verbatim');
    const env = {
      ...process.env,
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
      VERBATIM_DATA_DIR: path.join(tmp, 'data'),
    };
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8', env, timeout: 30_000 });
    expect(version.error).toBeUndefined();
    expect(version.status, version.stderr).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
    const list = spawnSync(bin, ['list'], { encoding: 'utf8', env, timeout: 30_000 });
    expect(list.status, list.stderr).toBe(0);
  });

  it('keeps a code cache per command, and runs the same with it, without it, and with a broken one', () => {
    const cacheDir = path.join(tmp, 'cache', 'verbatim', 'code-cache');
    rmSync(cacheDir, { recursive: true, force: true });
    // What other builds left: another install's recent caches stay (two installs on one machine
    // must not evict each other's at every command); beyond the newest four builds, the oldest go.
    mkdirSync(cacheDir, { recursive: true });
    const others = ['0badbeef', '1badbeef', '2badbeef', '3badbeef', '4badbeef'];
    others.forEach((build, i) => {
      const file = path.join(cacheDir, `${build}-00000000-list.bin`);
      writeFileSync(file, 'another build');
      const hoursAgo = new Date(Date.now() - (others.length - i) * 3_600_000);
      utimesSync(file, hoursAgo, hoursAgo);
    });
    const first = verbatim('list');
    expect(first.status, first.stderr).toBe(0);
    const files = readdirSync(cacheDir);
    expect(files.some((f) => f.endsWith('-list.bin') && !f.includes('badbeef'))).toBe(true);
    expect(files.filter((f) => f.includes('badbeef')).sort()).toEqual(
      ['2badbeef', '3badbeef', '4badbeef'].map((b) => `${b}-00000000-list.bin`),
    );
    const second = verbatim('list');
    expect(second.stdout).toBe(first.stdout);
    // A cache another build or a crash left behind: V8 refuses it, the command runs and writes anew.
    for (const f of files) writeFileSync(path.join(cacheDir, f), 'not a code cache');
    const third = verbatim('list');
    expect(third.status, third.stderr).toBe(0);
    expect(third.stdout).toBe(first.stdout);
    expect(
      readFileSync(
        path.join(cacheDir, files.find((f) => f.endsWith('-list.bin') && !f.includes('badbeef'))!),
        'utf8',
      ),
    ).not.toBe('not a code cache');
  });

  it('writes no code cache into the folder it runs in when there is no home', () => {
    const cwd = mkdtempSync(path.join(tmp, 'cwd-'));
    const env = { ...process.env, HOME: '', XDG_CACHE_HOME: '', VERBATIM_DATA_DIR: path.join(tmp, 'data') };
    const r = spawnSync(process.execPath, [path.join(root, 'bin/verbatim'), 'list'], {
      cwd,
      env,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('checks a DOCX review, whose reader the bundle loads on first use', () => {
    const book = path.join(tmp, 'salt.txt');
    writeFileSync(
      book,
      'CHAPTER I\n\n“The water is never kind,” said Ruth.\n\n“Come home with me,” said Tommy.\n',
    );
    const add = verbatim('add', book, '--format', 'json');
    expect(add.status, add.stderr).toBe(0);
    const { id } = JSON.parse(add.stdout) as { id: string };
    const review = path.join(tmp, 'essay.docx');
    writeFileSync(review, makeDocx([{ text: 'Ruth says, “The water is never kind.”' }]));
    const check = verbatim('check', review, '--book', id, '--format', 'json');
    expect(check.status, check.stderr).toBe(0);
    const report = JSON.parse(check.stdout) as { quotes: { text: string; verdict: string }[] };
    expect(report.quotes.map((q) => [q.text, q.verdict])).toEqual([['The water is never kind.', 'verbatim']]);
  });

  it("checks a short review with V8's optimizers off exactly as a long check does", () => {
    // bin/verbatim starts a check of a short review with TurboFan and the regexp optimizer off, and
    // the check turns them on to analyse a book not analysed yet; a review on stdin keeps them on.
    const book = path.join(tmp, 'tide.txt');
    writeFileSync(
      book,
      'CHAPTER I\n\nTommy and Ruth walked down to the harbour. Tommy carried the oars.\n\n' +
        '“The tide turns at six,” said Ruth.\n\n“Then we sail at five,” said Tommy.\n\nTommy laughed at her.\n\n' +
        '“You will drown us both,” said Ruth.\n',
    );
    const add = verbatim('add', book, '--format', 'json');
    expect(add.status, add.stderr).toBe(0);
    const { id } = JSON.parse(add.stdout) as { id: string };
    const text = 'Tommy says, “The tide turns at six.” Ruth warns him: “You will drown us both.”';
    const review = path.join(tmp, 'tide-essay.md');
    writeFileSync(review, text);
    const short = verbatim('check', review, '--book', id, '--format', 'json');
    const long = spawnSync(
      process.execPath,
      [path.join(root, 'bin/verbatim'), 'check', '-', '--book', id, '--format', 'json'],
      {
        encoding: 'utf8',
        input: text,
        env: {
          ...process.env,
          VERBATIM_DATA_DIR: path.join(tmp, 'data'),
          XDG_CACHE_HOME: path.join(tmp, 'cache'),
        },
        timeout: 30_000,
      },
    );
    type Report = {
      quotes: { text: string; verdict: string; attribution: string; bookSpeaker: string | null }[];
    };
    const verdicts = (r: Report) => r.quotes.map((q) => [q.text, q.verdict, q.attribution, q.bookSpeaker]);
    expect(short.status, short.stderr).toBe(1);
    expect(long.status, long.stderr).toBe(1);
    const shortReport = JSON.parse(short.stdout) as Report;
    expect(verdicts(shortReport)).toEqual([
      ['The tide turns at six.', 'verbatim', 'contradicted', 'Ruth'],
      ['You will drown us both.', 'verbatim', 'supported', 'Ruth'],
    ]);
    expect(verdicts(JSON.parse(long.stdout) as Report)).toEqual(verdicts(shortReport));
  });
});
