/**
 * Loading and storing novels: the format layer (decode, Gutenberg split, script check; HTML to
 * text) and the SQLite library (one add transaction, one full read back) on Middlemarch (1.8 MB).
 * Targets: loading ≥ 30 MB/s; an add (text + structure, one transaction) under 150 ms; reading a
 * book back under 50 ms, so opening a book in the web app feels instant.
 */
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBook } from '../src/book/build.js';
import type { Book, LoadedText } from '../src/book/types.js';
import { htmlToText } from '../src/formats/html-text.js';
import { hashBytes } from '../src/formats/load.js';
import { loadText } from '../src/formats/load-text.js';
import { Library } from '../src/store/library.js';
import { defineBench } from './harness.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
const file = path.join(corpus, 'litbank/original/145_middlemarch.txt');
const skip = existsSync(file) ? undefined : `corpus file ${file} not found`;
const bytes = skip ? 0 : statSync(file).size;
const common = { bytes, ...(skip ? { skip } : {}) };

/** loadText has no await on the plain-text path, so its work is done when the promise is returned. */
function loadSync(data: Uint8Array): LoadedText {
  let out: LoadedText | null = null;
  void loadText(data, file).then((l) => {
    out = l;
  });
  return out ?? (null as unknown as LoadedText);
}

async function book(): Promise<Book> {
  const data = readFileSync(file);
  return buildBook(await loadText(data, file), { hash: hashBytes(data), path: file });
}

export const benches = [
  defineBench({
    ...common,
    name: 'Middlemarch: load plain text (decode, Gutenberg, script check)',
    setup: () => readFileSync(file),
    run: (data: Uint8Array) => loadSync(data),
    target: { mbPerSec: 30 },
  }),
  defineBench({
    ...common,
    name: 'Middlemarch as HTML: HTML to text',
    setup: () =>
      `<html><body>${new TextDecoder()
        .decode(readFileSync(file))
        .split(/\n\s*\n/)
        .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
        .join('\n')}</body></html>`,
    run: (html: string) => htmlToText(html),
    target: { mbPerSec: 10 },
  }),
  defineBench({
    ...common,
    name: 'Middlemarch: library add (one transaction) + remove',
    setup: async () => ({
      library: Library.open(mkdtempSync(path.join(tmpdir(), 'verbatim-bench-'))),
      book: await book(),
    }),
    run: ({ library, book }: { library: Library; book: Book }) => {
      library.addBook(book);
      library.removeBook(book.id);
    },
    target: { maxMs: 150 },
  }),
  defineBench({
    ...common,
    name: 'Middlemarch: library getBook (text + structure)',
    setup: async () => {
      const library = Library.open(mkdtempSync(path.join(tmpdir(), 'verbatim-bench-')));
      const b = await book();
      library.addBook(b);
      return { library, id: b.id };
    },
    run: ({ library, id }: { library: Library; id: string }) => library.getBook(id),
    target: { maxMs: 50 },
  }),
];
