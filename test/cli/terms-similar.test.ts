import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STYLE_PROFILE_KEY } from '../../src/similar/profile.js';
import { Library } from '../../src/store/library.js';
import { runCli } from '../fixtures/run-cli.js';

const lantern = path.join(import.meta.dirname, '../fixtures/lantern-keeper.txt');
let tmp: string;
let dataDir: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'verbatim-terms-'));
  dataDir = path.join(tmp, 'data');
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli([...args, '--data-dir', dataDir], { cwd: tmp });

async function addLantern(): Promise<string> {
  return (JSON.parse((await cli('add', lantern, '--format', 'json')).stdout) as { id: string }).id;
}

describe('verbatim terms', () => {
  it('reports a term in JSON with offsets into the text and who says it', async () => {
    const id = await addLantern();
    const r = await cli('terms', id, 'lantern', 'late', '--format', 'json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      terms: {
        term: string;
        total: number;
        forms: { form: string }[];
        voices: { name: string }[];
        concordance: { start: number; end: number }[];
      }[];
    };
    const text = (await cli('text', id)).stdout;
    const [lanternTerm, late] = report.terms;
    // "THE LANTERN KEEPER", the title line, is a heading, not a use.
    expect(lanternTerm!.total).toBe(2);
    expect(lanternTerm!.concordance[0]!.start).toBeGreaterThan(text.indexOf('KEEPER'));
    for (const c of lanternTerm!.concordance)
      expect(text.slice(c.start, c.end).toLowerCase()).toBe('lantern');
    expect(late!.voices.map((v) => v.name)).toEqual(['Tom']);
  });

  it('prints counts, forms, speakers and lines as text, and says when a term is not in the book', async () => {
    const id = await addLantern();
    const r = await cli('terms', id, 'boat', 'zeppelin');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('== boat (stem boat): 2 uses');
    expect(r.stdout).toContain('forms: boats 2');
    expect(r.stdout).toContain('[boats]');
    expect(r.stdout).toMatch(/== zeppelin .*: 0 uses[\s\S]*not in this book/);
  });

  it('suggests motifs when no term is given', async () => {
    const id = await addLantern();
    const r = await cli('terms', id, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ bookId: id, basis: 'book-only', referenceBooks: 0 });
  });

  it('refuses a bad --limit and a term without letters with exit code 2', async () => {
    const id = await addLantern();
    expect((await cli('terms', id, 'lantern', '--limit', 'lots')).code).toBe(2);
    const r = await cli('terms', id, '?!');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('has no words');
  });

  it('has --help', async () => {
    const r = await cli('terms', '--help');
    expect(r.stdout).toContain('Usage: verbatim terms');
    expect(r.stdout).toContain('--exact');
  });
});

describe('verbatim similar', () => {
  it('answers clearly in a library of one book', async () => {
    const id = await addLantern();
    const r = await cli('similar', id);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The library has no other book to compare this one with');
    const json = JSON.parse((await cli('similar', id, '--format', 'json')).stdout) as {
      books: unknown[];
      note: string;
    };
    expect(json.books).toEqual([]);
    expect(json.note).toMatch(/no other book/);
  });

  it("stores a book's word profile when it is added, so similar reads no book text later", async () => {
    const id = await addLantern();
    const library = Library.open(dataDir);
    try {
      expect(library.getAnalysis(id, STYLE_PROFILE_KEY)).toMatchObject({ version: STYLE_PROFILE_KEY });
    } finally {
      library.close();
    }
  });

  it('answers a file compared with no library at all, without creating one', async () => {
    const r = await cli('similar', lantern);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no other book');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('ranks the other books of the library with the words behind each likeness', async () => {
    const id = await addLantern();
    const write = (name: string, body: string) => {
      const p = path.join(tmp, name);
      writeFileSync(p, `${name.toUpperCase()}\n\n${body.repeat(40)}`);
      return p;
    };
    for (const p of [
      write('one.txt', 'The fog came in and the boats were late, and she waited with the light. '),
      write('two.txt', 'Moreover the council sat, thus the law was made, and moreover it was kept. '),
      write('three.txt', 'Then the riders came; suddenly the gate fell, then the road was dark. '),
    ])
      await cli('add', p);
    const r = await cli('similar', id);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cosine Delta');
    expect(r.stdout.match(/^ {2}\d\. /gm)).toHaveLength(3);
    expect(r.stdout).toMatch(/^Note: With only 4 books in the library.*Read the order, not the numbers/m);
    const json = JSON.parse((await cli('similar', id, '--format', 'json')).stdout);
    expect(json.books).toHaveLength(3);
    expect(json.note).toMatch(/not comparable/);
    expect((await cli('similar', id, '--mfw', '3x')).code).toBe(2);
  });
});
