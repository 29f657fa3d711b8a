import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION, type Analysis } from '../../src/analysis/index.js';
import { Library } from '../../src/store/library.js';
import { runCli } from '../fixtures/run-cli.js';
import { fixturesDir } from './helpers.js';

const story = path.join(fixturesDir, 'the-thornburys.txt');
let tmp: string;
let dataDir: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'verbatim-analyze-'));
  dataDir = path.join(tmp, 'data');
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli([...args, '--data-dir', dataDir], { cwd: tmp });

describe('verbatim analyze', () => {
  it('prints characters and speakers for a file, without storing anything', async () => {
    const r = await cli('analyze', story);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/quotations \(double quotes\)/);
    expect(r.stdout).toMatch(/Margaret\s+female/);
    expect(r.stdout).toContain('Maggie');
    expect(r.stdout).toContain('Ashcombe Hall');
    const lib = Library.open(dataDir);
    expect(lib.listBooks()).toHaveLength(0);
    lib.close();
  });

  it('writes the JSON contract: characters with aliases, quotes with speaker ids and offsets', async () => {
    const r = await cli('analyze', story, '--format', 'json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as Analysis;
    expect(a.version).toBe(ANALYSIS_VERSION);
    const ids = new Set(a.characters.map((c) => c.id));
    for (const q of a.quotes) {
      expect(q.end).toBeGreaterThan(q.start);
      if (q.speaker !== null) expect(ids.has(q.speaker)).toBe(true);
      expect(['explicit', 'anaphoric', 'implicit', 'none']).toContain(q.type);
    }
    expect(a.characters[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        name: expect.any(String),
        aliases: expect.any(Array),
        gender: expect.any(String),
        mentions: expect.any(Number),
      }),
    );
  });

  it('lists every quotation with --quotes', async () => {
    const r = await cli('analyze', story, '--quotes');
    // The confidence is calibrated (src/analysis/confidence): a named tag reads 0.9-something, not a fixed 0.95.
    expect(r.stdout).toMatch(/Mrs\. Thornbury\s+explicit\s+0\.9\d\s+"My dear, … the Pembertons'/);
  });

  it('stores the analysis of a library book, and a second call reads it back', async () => {
    const added = JSON.parse((await cli('add', story, '--format', 'json')).stdout) as { id: string };
    const first = await cli('analyze', added.id, '--format', 'json');
    expect(first.code).toBe(0);
    const lib = Library.open(dataDir);
    const stored = lib.getAnalysis(added.id, ANALYSIS_VERSION) as Analysis;
    expect(stored.quotes.length).toBe((JSON.parse(first.stdout) as Analysis).quotes.length);
    // Mark the stored copy so the second call provably reads it instead of analysing again.
    lib.saveAnalysis(added.id, ANALYSIS_VERSION, {
      ...stored,
      places: [{ name: 'Stored Place', mentions: 9, mentionOffsets: [] }],
    });
    lib.close();
    const second = await cli('analyze', added.id, '--format', 'json');
    expect((JSON.parse(second.stdout) as Analysis).places[0]!.name).toBe('Stored Place');
  });

  it('fails with a clear message for a missing file', async () => {
    const r = await cli('analyze', 'no-such-novel.txt');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-novel.txt');
  });
});
