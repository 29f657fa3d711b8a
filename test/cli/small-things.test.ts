import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotLibrary } from '../fixtures/library-snapshot.js';
import { type RunCliOptions, runCli } from '../fixtures/run-cli.js';

const fixtures = path.join(import.meta.dirname, '../fixtures');
const lantern = path.join(fixtures, 'lantern-keeper.txt');
const novel = path.join(fixtures, 'check/novel.txt');
const basicReview = path.join(fixtures, 'check/cases/basic/review.md');
let tmp: string;
let dataDir: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'verbatim-small-'));
  dataDir = path.join(tmp, 'data');
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const cli = (args: string[], options: RunCliOptions = {}) =>
  runCli([...args, '--data-dir', dataDir], { cwd: tmp, ...options });

async function add(file: string): Promise<{ id: string; title: string }> {
  const r = await cli(['add', file, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { id: string; title: string };
}

describe('add: a book already in the library', () => {
  it('exits 0, names it by id and changes nothing', async () => {
    const first = await add(lantern);
    const copy = path.join(tmp, 'copy.txt');
    writeFileSync(copy, readFileSync(lantern));
    const before = snapshotLibrary(dataDir);
    const r = await cli(['add', copy]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`already in the library: ${first.id}  "The Lantern Keeper" (nothing changed)\n`);
    expect(r.stderr).toBe('');
    expect(snapshotLibrary(dataDir)).toEqual(before);
    const json = JSON.parse((await cli(['add', lantern, '--format', 'json'])).stdout);
    expect(json).toMatchObject({ id: first.id, alreadyInLibrary: true });
  });
});

describe('remove', () => {
  it('refuses a prefix shorter than 4 characters, removing nothing', async () => {
    const { id } = await add(lantern);
    const before = snapshotLibrary(dataDir);
    const r = await cli(['remove', id.slice(0, 1), '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `verbatim: "${id.slice(0, 1)}" is too short to name a book to remove: give at least 4 characters of its id (see \`verbatim list\`)\n`,
    );
    expect(snapshotLibrary(dataDir)).toEqual(before);
  });

  it('without --yes and without a terminal, refuses and says to pass --yes', async () => {
    const { id } = await add(lantern);
    const r = await cli(['remove', id]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `verbatim: not removing ${id} ("The Lantern Keeper") without confirmation: stdin is not a terminal (pass --yes to remove without asking: verbatim remove ${id} --yes)\n`,
    );
    expect((await cli(['list'])).stdout).toContain(id);
  });

  it('on a terminal asks first: "n" keeps the book, "y" removes it', async () => {
    const { id } = await add(lantern);
    const no = await cli(['remove', id.slice(0, 4)], { stdinIsTTY: true, answers: ['n'] });
    expect(no.code).toBe(0);
    expect(no.stderr).toBe(`Remove ${id} "The Lantern Keeper" from the library? [y/N] n\nNothing removed.\n`);
    expect(no.stdout).toBe('');
    expect((await cli(['list'])).stdout).toContain(id);

    const yes = await cli(['remove', id.slice(0, 4)], { stdinIsTTY: true, answers: ['y'] });
    expect(yes.code).toBe(0);
    expect(yes.stdout).toBe(`removed ${id}  "The Lantern Keeper"\n`);
    expect((await cli(['list'])).stdout).toContain('The library is empty');
  });

  it('--yes removes by a 4-character prefix without asking', async () => {
    const { id } = await add(lantern);
    const r = await cli(['remove', id.slice(0, 4), '--yes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`removed ${id}  "The Lantern Keeper"\n`);
    expect(r.stderr).toBe('');
  });

  it('an ambiguous prefix lists the books it matches', async () => {
    // Add text variants until two ids share their first 4 hex digits (about 1 in 65,536 per pair,
    // so search offline for two texts that collide and add just those).
    const seen = new Map<string, string>();
    let pair: [string, string] | null = null;
    const { createHash } = await import('node:crypto');
    for (let i = 0; !pair; i++) {
      const text = `${readFileSync(lantern, 'utf8')}\n${i}\n`;
      const prefix = createHash('sha256').update(text).digest('hex').slice(0, 4);
      const other = seen.get(prefix);
      if (other) pair = [other, text];
      else seen.set(prefix, text);
    }
    const ids: string[] = [];
    for (const [i, text] of pair.entries()) {
      const f = path.join(tmp, `variant-${i}.txt`);
      writeFileSync(f, text);
      ids.push((await add(f)).id);
    }
    const prefix = ids[0]!.slice(0, 4);
    const before = snapshotLibrary(dataDir);
    const r = await cli(['remove', prefix, '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `verbatim: "${prefix}" matches 2 books: ${ids
        .map((id) => `${id} "The Lantern Keeper"`)
        .join('; ')} (give more characters of the id)\n`,
    );
    expect(snapshotLibrary(dataDir)).toEqual(before);
  });

  it('an id that is in no library says so', async () => {
    await add(lantern);
    const r = await cli(['remove', 'abcdef', '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('verbatim: no book with id "abcdef" in the library (see `verbatim list`)\n');
  });
});

describe('check - (the review on stdin)', () => {
  it('reads the review from stdin and reports as for a file, named "stdin"', async () => {
    const fromFile = await cli(['check', basicReview, '--book', novel, '--no-speakers', '--format', 'json']);
    const piped = await cli(['check', '-', '--book', novel, '--no-speakers', '--format', 'json'], {
      stdin: readFileSync(basicReview, 'utf8'),
    });
    expect(piped.code).toBe(1);
    expect(piped.stderr).toBe('');
    const a = JSON.parse(fromFile.stdout);
    const b = JSON.parse(piped.stdout);
    expect(b.quotes.map((q: { verdict: string }) => q.verdict)).toEqual(
      a.quotes.map((q: { verdict: string }) => q.verdict),
    );
    const text = await cli(['check', '-', '--book', novel, '--no-speakers'], {
      stdin: 'Tommy says: “The water is never kind.”\n',
    });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Checked stdin against');
  });

  it('an empty stdin is a clear error', async () => {
    const r = await cli(['check', '-', '--book', novel], { stdin: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('verbatim: stdin: the review is empty (nothing to check)\n');
  });
});

describe('--help', () => {
  it('every command has it', async () => {
    for (const cmd of ['add', 'info', 'text', 'list', 'remove', 'analyze', 'check', 'serve']) {
      const r = await runCli([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toContain(`Usage: verbatim ${cmd}`);
    }
    expect((await runCli(['remove', '--help'])).stdout).toContain('--yes');
    expect((await runCli(['check', '--help'])).stdout).toContain('- reads it from stdin');
  });
});
