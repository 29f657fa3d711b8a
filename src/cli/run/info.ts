import { existsSync } from 'node:fs';
import path from 'node:path';
import { findFirstStartingAtOrAfter, type Span } from '../../book/span.js';
import type { Book } from '../../book/types.js';
import { LIBRARY_FILE, Library } from '../../store/library.js';
import { groupDigits, table } from '../../text/plain-format.js';
import { countWords } from '../../text/tokenize.js';
import type { CliIO } from '../context.js';
import { type LoadFlags, loadOptionsOf } from '../options.js';
import { dataDirOf, type LibraryOptions, resolveBook } from '../resolve-book.js';

/** `verbatim info <file-or-id>`: title, author, size and the structure Verbatim found. */
export async function runInfo(
  io: CliIO,
  arg: string,
  opts: LibraryOptions & LoadFlags & { format: string },
): Promise<void> {
  const { book, library } = await resolveBook(arg, io, {
    dataDir: opts.dataDir,
    load: loadOptionsOf(opts),
  });
  library?.close();
  const info = describeBook(book, library !== null || isInLibrary(book.hash, dataDirOf(io, opts)));
  io.stdout(opts.format === 'json' ? `${JSON.stringify(info, null, 2)}\n` : renderInfo(info));
}

/** Whether a file's bytes are already in the library (without creating a library to find out). */
function isInLibrary(hash: string, dataDir: string): boolean {
  if (!existsSync(path.join(dataDir, LIBRARY_FILE))) return false;
  const library = Library.open(dataDir);
  try {
    return library.resolveId(hash) !== null;
  } finally {
    library.close();
  }
}

export interface ChapterInfo {
  index: number;
  title: string;
  part: number | null;
  start: number;
  end: number;
  words: number;
  paragraphs: number;
  sentences: number;
}

export interface BookInfo {
  id: string;
  inLibrary: boolean;
  title: string | null;
  author: string | null;
  language: string | null;
  format: string;
  encoding: string;
  words: number;
  characters: number;
  paragraphs: number;
  sentences: number;
  frontMatterCharacters: number;
  backMatterCharacters: number;
  parts: { index: number; title: string; start: number; end: number }[];
  chapters: ChapterInfo[];
  warnings: string[];
}

/** Count of spans (sorted by start) whose start is in [start, end). */
function countStartingIn(spans: readonly Span[], start: number, end: number): number {
  return findFirstStartingAtOrAfter(spans, end) - findFirstStartingAtOrAfter(spans, start);
}

export function describeBook(book: Book, inLibrary: boolean): BookInfo {
  const s = book.structure;
  return {
    id: book.id,
    inLibrary,
    title: book.metadata.title,
    author: book.metadata.author,
    language: book.metadata.language,
    format: book.format,
    encoding: book.encoding,
    words: s.wordCount,
    characters: book.text.length,
    paragraphs: s.paragraphs.length,
    sentences: s.sentences.length,
    frontMatterCharacters: book.frontMatter.length,
    backMatterCharacters: book.backMatter.length,
    parts: s.parts.map((p) => ({ index: p.index, title: p.title, start: p.start, end: p.end })),
    chapters: s.chapters.map((c) => ({
      index: c.index,
      title: c.title,
      part: c.part,
      start: c.start,
      end: c.end,
      words: c.words ?? countWords(book.text, { start: c.start, end: c.end }),
      paragraphs: countStartingIn(s.paragraphs, c.start, c.end),
      sentences: countStartingIn(s.sentences, c.start, c.end),
    })),
    warnings: book.warnings,
  };
}

function renderInfo(info: BookInfo): string {
  const lines: string[] = [];
  lines.push(info.title ?? '(untitled)');
  if (info.author) lines.push(`by ${info.author}`);
  lines.push('');
  lines.push(
    table([
      ['id', `${info.id}${info.inLibrary ? ' (in the library)' : ' (not in the library)'}`],
      ['format', `${info.format}, ${info.encoding}${info.language ? `, language ${info.language}` : ''}`],
      ['words', groupDigits(info.words)],
      ['parts', String(info.parts.length)],
      ['chapters', String(info.chapters.length)],
      ['paragraphs', groupDigits(info.paragraphs)],
      ['sentences', groupDigits(info.sentences)],
      ...(info.frontMatterCharacters || info.backMatterCharacters
        ? [
            [
              'set aside',
              `${groupDigits(info.frontMatterCharacters)} characters before, ${groupDigits(info.backMatterCharacters)} after (e.g. Gutenberg header and licence)`,
            ],
          ]
        : []),
    ]),
  );
  if (info.chapters.length > 0) {
    lines.push('', 'Chapters');
    const rows: string[][] = [['#', 'title', 'words', 'paragraphs', 'sentences']];
    let part: number | null = null;
    for (const c of info.chapters) {
      if (c.part !== null && c.part !== part) {
        part = c.part;
        rows.push(['', `[${info.parts[c.part]?.title ?? `part ${c.part + 1}`}]`, '', '', '']);
      }
      rows.push([
        String(c.index + 1),
        c.title,
        groupDigits(c.words),
        String(c.paragraphs),
        String(c.sentences),
      ]);
    }
    lines.push(table(rows).replace(/^/gm, '  '));
  }
  for (const w of info.warnings) lines.push(`warning: ${w}`);
  return `${lines.join('\n')}\n`;
}
