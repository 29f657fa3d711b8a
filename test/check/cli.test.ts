import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../fixtures/run-cli.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const novel = path.resolve(here, '../fixtures/check/novel.txt');
const basicReview = path.resolve(here, '../fixtures/check/cases/basic/review.md');

function review(name: string, text: string | Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-check-cli-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('verbatim check', () => {
  it('exits 1 and writes the documented JSON when a passage is misquoted or missing', async () => {
    const r = await runCli(['check', basicReview, '--book', novel, '--format', 'json', '--no-speakers']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.schema).toBe('verbatim-check/2');
    const verdicts = json.quotes.map((q: { verdict: string }) => q.verdict);
    expect(verdicts).toContain('altered');
    expect(verdicts).toContain('not_found');
    for (const q of json.quotes) {
      expect(Object.keys(q)).toEqual(
        expect.arrayContaining([
          'text',
          'kind',
          'verdict',
          'location',
          'claimedSpeaker',
          'attribution',
          'bookSpeaker',
          'diff',
        ]),
      );
    }
    expect(json.summary.byVerdict.altered).toBe(1);
  });

  it('exits 0 when every quotation is verbatim and every attribution holds', async () => {
    const file = review(
      'ok.md',
      'Tommy says: “The water is never kind.” Ruth insists she is “not sensible”.\n',
    );
    const r = await runCli(['check', file, '--book', novel]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No problems found: all 2 quotations are in the book word for word');
    expect(r.stdout).toContain('QUOTED EXACTLY (2)');
    expect(r.stdout).toContain('CHAPTER II.');
    // every attribution with its evidence
    expect(r.stdout).toContain(
      'Credited to Tommy (read from the words before it): the book agrees — the book says',
    );
  });

  it('exits 1 when an attribution is contradicted by the book', async () => {
    const file = review('wrong.md', 'Ruth insists: “It is only patient.”\n');
    const r = await runCli(['check', file, '--book', novel]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('The one quotation needs attention: it is credited to the wrong speaker.');
    expect(r.stdout).toMatch(
      /CREDITED TO THE WRONG SPEAKER \(1\)\n.*\n.*\n.*\n\s+WRONG SPEAKER: Credited to Ruth.*, but the book.s speaker is Tommy — the book says “said Tommy”/,
    );
  });

  it('puts problems first, each with a diff and the book’s passage', async () => {
    const r = await runCli(['check', basicReview, '--book', novel, '--no-speakers']);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('2 of 7 quotations need attention: 1 is not in the book and 1 is misquoted.');
    const at = (s: string) => r.stdout.indexOf(s);
    expect(at('NOT FOUND IN THE BOOK (1)')).toBeGreaterThan(0);
    expect(at('MISQUOTED (1)')).toBeGreaterThan(at('NOT FOUND IN THE BOOK'));
    expect(at('QUOTED EXACTLY')).toBeGreaterThan(at('MISQUOTED'));
    expect(at('WORDS IN QUOTATION MARKS (3)')).toBeGreaterThan(at('QUOTED EXACTLY'));
    expect(r.stdout).toContain('diff (review → book): You were always a [-genius-]{+fool+} about oranges');
    expect(r.stdout).toContain('book: “«You were always a fool about oranges»,” said Tommy, laughing.');
  });

  it('writes a self-contained HTML page with everything from the review escaped', async () => {
    const file = review('evil.md', 'She writes “<script>alert(1)</script> & <b>bold</b>” to the sea.\n');
    const r = await runCli(['check', file, '--book', novel, '--format', 'html', '--no-speakers']);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout).not.toContain('<script>');
    expect(r.stdout).not.toContain('<b>bold');
    expect(r.stdout).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(r.stdout).not.toMatch(/<link|src=|https?:\/\//);
  });

  it('writes Markdown with the problems first', async () => {
    const r = await runCli(['check', basicReview, '--book', novel, '--format', 'md', '--no-speakers']);
    expect(r.stdout).toContain('# Quotation check: review.md');
    expect(r.stdout).toContain(
      '**2 of 7 quotations need attention: 1 is not in the book and 1 is misquoted.**',
    );
    expect(r.stdout.indexOf('## Not found in the book (1)')).toBeLessThan(
      r.stdout.indexOf('## Misquoted (1)'),
    );
    expect(r.stdout).toContain('  - Book: “**You were always a fool about oranges**,” said Tommy, laughing.');
  });

  it('explains bad input on stderr and exits 2', async () => {
    const missingBook = await runCli(['check', basicReview, '--book', '/no/such/novel.txt']);
    expect(missingBook.code).toBe(2);
    expect(missingBook.stderr).toMatch(/^verbatim: .*no such file/);
    const binary = review('r.txt', new Uint8Array([0, 1, 2, 3, 0, 0, 9]));
    const r = await runCli(['check', binary, '--book', novel]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('r.txt');
    const brokenBook = review('novel.txt', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0, 1, 2]));
    const broken = await runCli(['check', basicReview, '--book', brokenBook]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('novel.txt');
    const noBook = await runCli(['check', basicReview]);
    expect(noBook.code).toBe(2);
    expect(noBook.stderr).toContain('--book');
  });

  it('says so when the review has no quotations', async () => {
    const file = review('plain.txt', 'A quiet book about the sea. I liked it.\n');
    const r = await runCli(['check', file, '--book', novel]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no quotations found');
  });
});
