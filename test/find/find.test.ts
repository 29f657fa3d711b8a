import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Book } from '../../src/book/types.js';
import { checkReview } from '../../src/check/index.js';
import { renderReportText } from '../../src/check/report/text.js';
import { libraryFinder, MAX_PASSAGE_WORDS } from '../../src/find/index.js';
import { loadBookFile } from '../../src/formats/load.js';
// The library API, as a user of the package imports it.
import { ensureFindIndex, findPassage } from '../../src/index.js';
import { Library } from '../../src/store/library.js';
import { runCli } from '../fixtures/run-cli.js';

const fixtures = path.join(import.meta.dirname, '../fixtures');
const FILES = {
  lantern: path.join(fixtures, 'lantern-keeper.txt'),
  causeway: path.join(fixtures, 'check/novel.txt'),
  causewayVariant: path.join(fixtures, 'check/novel-variant.txt'),
  clock: path.join(fixtures, 'check/novel-clock.txt'),
  names: path.join(fixtures, 'check/novel-names.txt'),
};
type Name = keyof typeof FILES;

let tmp: string;
let library: Library;
const books = {} as Record<Name, Book>;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'verbatim-find-'));
  library = Library.open(path.join(tmp, 'data'));
  for (const [name, file] of Object.entries(FILES) as [Name, string][]) {
    books[name] = await loadBookFile(file);
    library.addBook(books[name]);
  }
  expect(ensureFindIndex(library)).toBe(5);
});
afterAll(() => {
  library.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** A passage of a book as written, from its first occurrence of `from` for `words` words. */
function passageOf(name: Name, from: string, words: number): string {
  const text = books[name].text;
  const at = text.indexOf(from);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(at).split(/\s+/).slice(0, words).join(' ');
}

describe('findPassage', () => {
  const cases: { what: string; passage: () => string; top: Name[]; verdict: 'verbatim' | 'altered' }[] = [
    {
      what: 'a passage word for word',
      passage: () => passageOf('lantern', 'The fog came in', 14),
      top: ['lantern'],
      verdict: 'verbatim',
    },
    {
      what: 'a misquote (one word changed)',
      passage: () => passageOf('lantern', 'The fog came in', 14).replace('boats', 'ships'),
      top: ['lantern'],
      verdict: 'altered',
    },
    {
      what: 'a misquote (two words dropped)',
      passage: () => passageOf('clock', 'Silas Vane had mended', 20).replace('for thirty years, ', ''),
      top: ['clock'],
      verdict: 'altered',
    },
    {
      what: 'a passage across a line break, with other quote marks and case',
      passage: () => 'MARTHA GREY STOOD AT THE END OF THE PIER WITH HER LANTERN HELD HIGH',
      top: ['lantern'],
      verdict: 'verbatim',
    },
    {
      what: 'a passage in two editions of one novel',
      passage: () => passageOf('causeway', 'The house stood at the end', 12),
      top: ['causeway', 'causewayVariant'],
      verdict: 'verbatim',
    },
  ];
  for (const c of cases) {
    it(`ranks the right book first: ${c.what}`, () => {
      const passage = c.passage();
      const r = findPassage(library, passage);
      expect(r.status).toBe('found');
      expect(r.booksInLibrary).toBe(5);
      const ids = c.top.map((n) => books[n].id);
      expect(ids).toContain(r.matches[0]!.bookId);
      expect(r.matches.map((m) => m.bookId).sort()).toEqual([...ids].sort());
      const m = r.matches[0]!;
      expect(m.verdict).toBe(c.verdict);
      const book = Object.values(books).find((b) => b.id === m.bookId)!;
      // offsets into the book's text, and the chapter that holds them
      expect(book.text.slice(m.location.start, m.location.end)).toBe(m.bookText);
      const chapter = book.structure.chapters[m.location.chapterIndex!]!;
      expect(m.location.start).toBeGreaterThanOrEqual(chapter.start);
      expect(m.location.chapter).toBe(chapter.title);
      if (c.verdict === 'altered') expect(m.diff?.some((d) => d.type !== 'same')).toBe(true);
      else expect(m.diff).toBeNull();
    });
  }

  it('does not look in the book it is told to skip (the one a check has already searched)', () => {
    const passage = passageOf('causeway', 'The house stood at the end', 12);
    const r = findPassage(library, passage, { skipBook: books.causeway.id });
    expect(r.matches.map((m) => m.bookId)).toEqual([books.causewayVariant.id]);
  });

  it('says a passage is in no book', () => {
    const r = findPassage(library, 'the quartermaster sold the orchard to a travelling dentist in March');
    expect(r.status).toBe('not_found');
    expect(r.matches).toEqual([]);
  });

  it('says one common word is too common to place, rather than listing every book', () => {
    const r = findPassage(library, 'the');
    expect(r.status).toBe('too_common');
    expect(r.matches).toEqual([]);
    expect(r.notes.join(' ')).toMatch(/too common/);
  });

  it('finds a single rare word (a name) in the one book that has it', () => {
    const r = findPassage(library, 'Hester');
    expect(r.matches[0]?.bookId).toBe(books.clock.id);
  });

  it('searches a 5,000-word paste by its first words and says so', () => {
    const lantern = books.lantern.text.split(/\s+/).filter(Boolean);
    const huge = Array.from({ length: 5000 }, (_, i) => lantern[i % lantern.length]).join(' ');
    const r = findPassage(library, huge);
    expect(r.words).toBe(5000);
    expect(r.searchedWords).toBe(MAX_PASSAGE_WORDS);
    expect(r.notes[0]).toMatch(/5,000 words; its first 200 were searched/);
    expect(r.matches[0]?.bookId).toBe(books.lantern.id);
  });

  it('answers an empty library plainly', () => {
    const empty = Library.open(path.join(tmp, 'empty'));
    try {
      const r = findPassage(empty, 'The fog came in before the boats did');
      expect(r.status).toBe('empty_library');
      expect(r.booksInLibrary).toBe(0);
    } finally {
      empty.close();
    }
  });

  it('forgets a removed book', () => {
    const other = Library.open(path.join(tmp, 'removing'));
    try {
      other.addBook(books.lantern);
      other.addBook(books.clock);
      ensureFindIndex(other);
      const passage = passageOf('lantern', 'The fog came in', 12);
      expect(findPassage(other, passage).status).toBe('found');
      other.removeBook(books.lantern.id);
      expect(findPassage(other, passage).status).toBe('not_found');
      expect(ensureFindIndex(other)).toBe(0);
    } finally {
      other.close();
    }
  });
});

describe('check names the library book a passage comes from', () => {
  it('on the quotation, in JSON and in every report', () => {
    const review =
      'The review quotes “The fog came in before the boats did.” and “Nobody sensible lives where the sea can reach the door.”\n';
    const report = checkReview(review, books.clock, { findInLibrary: libraryFinder(() => library) });
    const [fog, causeway] = report.quotes;
    expect(fog!.verdict).toBe('not_found');
    expect(fog!.inLibraryBook?.bookId).toBe(books.lantern.id);
    expect(fog!.inLibraryBook?.verdict).toBe('verbatim');
    expect(fog!.inLibraryBook?.location.chapter).toBe('CHAPTER I. The Harbour');
    expect([books.causeway.id, books.causewayVariant.id]).toContain(causeway!.inLibraryBook?.bookId);
    const text = renderReportText(report, books.clock);
    expect(text).toContain(
      'in the library, “The Lantern Keeper” has it word for word, CHAPTER I. The Harbour',
    );
  });

  it('also for a line credited to someone this book never names (the credit is from the other book too)', () => {
    const review = 'Martha Grey tells the boy, “Then we shall wait. The light must be seen.”\n';
    const report = checkReview(review, books.clock, { findInLibrary: libraryFinder(() => library) });
    const [line] = report.quotes;
    expect(line!.kind).toBe('external');
    expect(line!.inLibraryBook?.bookId).toBe(books.lantern.id);
    expect(renderReportText(report, books.clock)).toContain('in the library, “The Lantern Keeper”');
  });
  it('never names the book checked against, and leaves found quotations alone', () => {
    const review = '“Anything that has stopped can be made to go,” said Mr. Vane.\n';
    const report = checkReview(review, books.clock, { findInLibrary: libraryFinder(() => library) });
    expect(report.quotes[0]!.verdict).toBe('verbatim');
    expect(report.quotes[0]!.inLibraryBook).toBeUndefined();
  });
});

describe('verbatim find (CLI)', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = path.join(tmp, 'cli');
    for (const f of [FILES.lantern, FILES.clock]) {
      expect((await runCli(['add', f, '--data-dir', dataDir])).code).toBe(0);
    }
  });
  const cli = (...args: string[]) => runCli([...args, '--data-dir', dataDir]);

  it('prints the book, chapter and offsets; exit 0', async () => {
    const r = await cli('find', 'The fog came in before the boats did');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('is in 1 of the 2 books of the library');
    expect(r.stdout).toMatch(
      /1\. “The Lantern Keeper”.*\n\s+word for word, CHAPTER I\. The Harbour, offsets \d+–\d+/,
    );
  });

  it('writes JSON with --format json, and reads the passage from stdin with -', async () => {
    const r = await runCli(['find', '-', '--format', 'json', '--data-dir', dataDir], {
      stdin: 'the fog came in before the ships did',
    });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.schema).toBe('verbatim-find/1');
    expect(json.matches[0].verdict).toBe('altered');
    expect(json.matches[0].diff.some((d: { type: string }) => d.type === 'changed')).toBe(true);
  });

  it('exits 1 when no book has it, or it is too common; 2 with no words', async () => {
    const none = await cli('find', 'a travelling dentist bought the orchard');
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('is in none of the 2 books');
    const common = await cli('find', 'the');
    expect(common.code).toBe(1);
    expect(common.stdout).toContain('too common');
    const empty = await cli('find', '  ...  ');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no passage to find');
  });

  it('says so when the library is empty', async () => {
    const r = await runCli(['find', 'anything at all', '--data-dir', path.join(tmp, 'cli-empty')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('The library is empty');
  });

  it('check, against a library book, names the library book a missing quotation is from', async () => {
    const list = JSON.parse((await cli('list', '--format', 'json')).stdout) as {
      id: string;
      title: string;
    }[];
    const clock = list.find((b) => b.title === 'The Winter Clock')!;
    const review = path.join(tmp, 'review.md');
    writeFileSync(review, 'She writes that “The fog came in before the boats did.”\n');
    const r = await cli('check', review, '--book', clock.id, '--no-speakers');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('in the library, “The Lantern Keeper” has it word for word');
    const json = JSON.parse(
      (await cli('check', review, '--book', clock.id, '--no-speakers', '--format', 'json')).stdout,
    );
    expect(json.quotes[0].inLibraryBook.title).toBe('The Lantern Keeper');
  });

  it('has --help', async () => {
    const r = await runCli(['find', '--help']);
    expect(r.stdout).toContain('Find which books of the library hold a passage');
    expect(r.stdout).toContain('Exit status');
  });
});
