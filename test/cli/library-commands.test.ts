import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotLibrary } from '../fixtures/library-snapshot.js';
import { runCli } from '../fixtures/run-cli.js';
import { writeEpub, xhtml } from '../fixtures/zip-writer.js';

const fixtures = path.join(import.meta.dirname, '../fixtures');
const lantern = path.join(fixtures, 'lantern-keeper.txt');
let tmp: string;
let dataDir: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'verbatim-cli-'));
  dataDir = path.join(tmp, 'data');
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli([...args, '--data-dir', dataDir], { cwd: tmp });

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(tmp, name);
  writeFileSync(p, content);
  return p;
}

describe('add, list, info, text, remove', () => {
  it('adds a novel and prints a one-line summary', async () => {
    const r = await cli('add', lantern);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^added [0-9a-f]{12} {2}"The Lantern Keeper": \d+ words, 3 chapters\n$/);
    expect(r.stderr).toBe('');
  });

  it('stores the --title and --author given, and sets them when the book is added again', async () => {
    const plain = file('untitled.txt', readFileSync(lantern, 'utf8').replace(/^[\s\S]*?(?=CHAPTER I\.)/, ''));
    const first = JSON.parse(
      (await cli('add', plain, '--author', 'Agnes Morrow', '--format', 'json')).stdout,
    );
    expect(first.author).toBe('Agnes Morrow');
    const again = await cli('add', plain, '--title', 'The Lantern Keeper', '--author', 'A. Morrow');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /already in the library: .*"The Lantern Keeper" by A\. Morrow \(title and author set\)/,
    );
    const list = JSON.parse((await cli('list', '--format', 'json')).stdout) as {
      title: string;
      author: string;
    }[];
    expect(list).toEqual([expect.objectContaining({ title: 'The Lantern Keeper', author: 'A. Morrow' })]);
    // the same again: nothing to change
    expect((await cli('add', plain, '--author', 'A. Morrow')).stdout).toContain('(nothing changed)');
  });

  it('lists, describes, prints and removes a book by id prefix', async () => {
    const added = JSON.parse((await cli('add', lantern, '--format', 'json')).stdout) as {
      id: string;
      words: number;
    };
    const list = await cli('list');
    expect(list.stdout).toContain(added.id);
    expect(list.stdout).toContain('The Lantern Keeper');
    expect(JSON.parse((await cli('list', '--format', 'json')).stdout)).toHaveLength(1);

    const prefix = added.id.slice(0, 6);
    const info = await cli('info', prefix);
    expect(info.code).toBe(0);
    expect(info.stdout).toContain('The Lantern Keeper');
    expect(info.stdout).toMatch(/chapters\s+3/);
    expect(info.stdout).toContain('CHAPTER II. The Storm');
    expect(info.stdout).toContain('(in the library)');

    const json = JSON.parse((await cli('info', prefix, '--format', 'json')).stdout);
    expect(json.words).toBe(added.words);
    expect(json.chapters.map((c: { title: string }) => c.title)).toEqual([
      'CHAPTER I. The Harbour',
      'CHAPTER II. The Storm',
      'CHAPTER III. The Return',
    ]);
    expect(json.paragraphs).toBeGreaterThan(10);
    expect(json.sentences).toBeGreaterThanOrEqual(json.paragraphs);

    expect((await cli('info', lantern)).stdout).toContain('(in the library)');

    const text = await cli('text', prefix);
    expect(text.stdout).toBe(readFileSync(lantern, 'utf8'));

    const removed = await cli('remove', prefix, '--yes');
    expect(removed.stdout).toBe(`removed ${added.id}  "The Lantern Keeper"\n`);
    expect((await cli('list')).stdout).toContain('The library is empty');
    expect((await cli('remove', prefix, '--yes')).code).toBe(2);
  });

  it('finds a library book by its title, whole or its start, in any case', async () => {
    await cli('add', lantern);
    for (const title of ['The Lantern Keeper', 'the lantern keeper', 'The Lantern']) {
      const r = await cli('info', title);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^The Lantern Keeper\n/);
    }
    const none = await cli('info', 'The Salt Road');
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      'verbatim: The Salt Road: no such file, and no book with the id or title "The Salt Road" in the library (see `verbatim list` for the ids and titles)\n',
    );
    // A mistyped file name stays a missing file, and no library is made for it elsewhere.
    expect((await cli('info', 'lanter.txt')).stderr).toBe('verbatim: lanter.txt: no such file\n');
    const elsewhere = path.join(tmp, 'no-library');
    const typo = await runCli(['info', 'Emma', '--data-dir', elsewhere], { cwd: tmp });
    expect(typo.stderr).toBe('verbatim: Emma: no such file\n');
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('info and text also work on a file that is not in the library', async () => {
    const pg = path.join(fixtures, 'gutenberg-wrapped.txt');
    const info = await cli('info', pg);
    expect(info.stdout).toContain('by Ada Wren');
    expect(info.stdout).toContain('(not in the library)');
    const text = await cli('text', pg);
    expect(text.stdout.startsWith('THE LANTERN KEEPER')).toBe(true);
    expect(text.stdout).not.toContain('PROJECT GUTENBERG');
    expect((await cli('text', pg, '--front-matter')).stdout).toContain(
      '*** START OF THE PROJECT GUTENBERG EBOOK',
    );
  });

  it('uses VERBATIM_DATA_DIR when --data-dir is not given', async () => {
    const r = await runCli(['add', lantern], { cwd: tmp, env: { VERBATIM_DATA_DIR: dataDir } });
    expect(r.code).toBe(0);
    expect((await cli('list', '--format', 'json')).stdout).toContain('The Lantern Keeper');
  });

  it('draws progress on a terminal only', async () => {
    const tty = await runCli(['add', lantern, '--data-dir', dataDir], { cwd: tmp, isTTY: true });
    expect(tty.stderr).toContain('verbatim: reading…');
    expect(tty.stderr).toContain('verbatim: segmenting…');
    expect(tty.stderr).toContain('verbatim: storing…');
  });

  it('adds an EPUB, reporting a skipped spine item as a warning', async () => {
    const epub = writeEpub({
      title: 'The Lantern Keeper',
      author: 'Ada Wren',
      chapters: [
        {
          file: 'c1.xhtml',
          html: xhtml('1', '<h2>Chapter I</h2><p>The fog came in.</p><script>alert(1)</script>'),
        },
        { file: 'lost.xhtml', html: '', missing: true },
        {
          file: 'c2.xhtml',
          html: xhtml('2', '<h2>Chapter II</h2><p>&ldquo;There,&rdquo; she whispered.</p>'),
        },
      ],
    });
    const p = file('lantern.data', epub);
    const r = await cli('add', p);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"The Lantern Keeper" by Ada Wren');
    expect(r.stderr).toBe(
      `verbatim: warning: ${p}: spine item "OEBPS/lost.xhtml" is missing from the archive; skipped\n`,
    );
    const id = /added ([0-9a-f]+)/.exec(r.stdout)![1]!;
    const text = (await cli('text', id)).stdout;
    expect(text).toBe('Chapter I\n\nThe fog came in.\n\nChapter II\n\n“There,” she whispered.');
  });

  it('refuses a --data-dir that is a file', async () => {
    const notADir = file('not-a-dir', 'x');
    const r = await runCli(['add', lantern, '--data-dir', notADir], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^verbatim: .*not-a-dir: cannot create the data folder \(EEXIST\)/);
  });

  it('has --help on every command', async () => {
    const commands = ['add', 'info', 'text', 'list', 'remove', 'analyze', 'check', 'serve', 'corpus'];
    for (const cmd of [...commands, 'profile', 'voices', 'terms', 'similar', 'find']) {
      const r = await runCli([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toContain(`Usage: verbatim ${cmd}`);
    }
  });

  it('prints its version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 on usage errors', async () => {
    expect((await cli('add')).code).toBe(2);
    expect((await cli('list', '--format', 'xml')).code).toBe(2);
    expect((await cli('add', lantern, '--max-size', 'lots')).stderr).toContain(
      '--max-size must be a positive number',
    );
  });
});

describe('bad input: one-line error naming the file, exit 2, library unchanged', () => {
  const russian =
    'Все счастливые семьи похожи друг на друга, каждая несчастливая семья несчастлива по-своему. '.repeat(10);
  const cases: [string, () => string, RegExp][] = [
    ['empty file', () => file('empty.txt', ''), /empty\.txt: the file is empty \(0 bytes\)$/],
    [
      'binary file',
      () => file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2])),
      /image\.txt: not a text file/,
    ],
    [
      'non-Latin script',
      () => file('anna.txt', russian),
      /anna\.txt: the text is mostly in Cyrillic script.*--allow-any-script/,
    ],
    [
      'damaged UTF-8',
      () =>
        file(
          'bad.txt',
          Buffer.concat([
            Buffer.from('“One” — two.\n“Three” '),
            Buffer.from([0xe2, 0x28, 0xa1]),
            Buffer.from(' “four”.\n'),
          ]),
        ),
      /bad\.txt:2: invalid UTF-8: byte 0xE2 at offset \d+/,
    ],
    [
      'EPUB that is not a zip',
      () => file('fake.epub', 'hello, I am text'),
      /fake\.epub: not an EPUB: the file is not a zip archive/,
    ],
    [
      'EPUB with ../ entries',
      () =>
        file(
          'evil.epub',
          writeEpub({
            chapters: [{ file: 'a.xhtml', html: xhtml('a', '<p>x</p>') }],
            extraEntries: [{ name: '../../evil.sh', data: 'rm -rf /' }],
          }),
        ),
      /evil\.epub: unsafe archive: entry "\.\.\/\.\.\/evil\.sh" climbs out/,
    ],
    [
      'zip bomb',
      () =>
        file(
          'bomb.epub',
          writeEpub({ chapters: [{ file: 'a.xhtml', html: `<p>${'a'.repeat(12 * 1024 * 1024)}</p>` }] }),
        ),
      /bomb\.epub: unsafe archive: .* \(zip bomb\?\)/,
    ],
    ['nonexistent file', () => path.join(tmp, 'missing.txt'), /missing\.txt: no such file$/],
    [
      'folder',
      () => {
        mkdirSync(path.join(tmp, 'folder.txt'));
        return path.join(tmp, 'folder.txt');
      },
      /folder\.txt: is a folder, not a file/,
    ],
  ];

  for (const [name, make, message] of cases) {
    it(name, async () => {
      await cli('add', lantern);
      const before = snapshotLibrary(dataDir);
      const r = await cli('add', make());
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.stderr.trimEnd()).toMatch(message);
      expect(snapshotLibrary(dataDir)).toEqual(before);
    });
  }

  it('a file over the size limit (checked before reading)', async () => {
    const r = await cli('add', lantern, '--max-size', '0.001');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lantern-keeper\.txt: the file is .* larger than the .* limit/);
    expect(snapshotLibrary(dataDir)).toBeNull();
  });

  it('--allow-any-script loads a non-Latin text anyway', async () => {
    const r = await cli('add', file('anna.txt', russian), '--allow-any-script');
    expect(r.code).toBe(0);
  });
});

describe('info on a book stored before chapters carried their word counts', () => {
  it('counts each chapter’s words from the text, the same as a book built now', async () => {
    const { bookFromText } = await import('../../src/book/build.js');
    const { describeBook } = await import('../../src/cli/run/info.js');
    const book = bookFromText(readFileSync(lantern, 'utf8'));
    const now = describeBook(book, true).chapters.map((c) => c.words);
    const stored = structuredClone(book);
    for (const c of stored.structure.chapters) delete c.words;
    expect(describeBook(stored, true).chapters.map((c) => c.words)).toEqual(now);
    expect(now.every((n) => n > 0)).toBe(true);
  });
});
