import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ProfileStore } from '../../similar/library-profiles.js';
import { renderSimilarText } from '../../similar/render-text.js';
import { SIMILAR_DEFAULTS, similarBooks } from '../../similar/similar.js';
import { LIBRARY_FILE } from '../../store/library.js';
import type { CliIO } from '../context.js';
import { type LoadFlags, loadOptionsOf } from '../options.js';
import { dataDirOf, type LibraryOptions, openLibrary, resolveBook } from '../resolve-book.js';
import { wholeNumberOption } from './numbers.js';

/**
 * `verbatim similar <file-or-id>`: the library's books closest in style. A book given as a file is
 * compared with the library without being added to it.
 */
export async function runSimilar(
  io: CliIO,
  arg: string,
  opts: LibraryOptions & LoadFlags & { format: string; limit?: string; mfw?: string },
): Promise<void> {
  const limit = wholeNumberOption(opts.limit, '--limit', SIMILAR_DEFAULTS.limit);
  const mfw = wholeNumberOption(opts.mfw, '--mfw', SIMILAR_DEFAULTS.mfw, 10);
  const resolved = await resolveBook(arg, io, { dataDir: opts.dataDir, load: loadOptionsOf(opts) });
  // A file compared with no library at all: answered as a library of one, without creating one.
  const hasLibrary = resolved.library !== null || existsSync(path.join(dataDirOf(io, opts), LIBRARY_FILE));
  const library: ProfileStore & { close(): void } =
    resolved.library ?? (hasLibrary ? openLibrary(io, opts) : NO_LIBRARY);
  try {
    const progress = io.isTTY
      ? (done: number, of: number) =>
          io.stderr(`\r\x1b[Kverbatim: reading the library's books ${done + 1}/${of}…`)
      : undefined;
    const report = similarBooks(library, resolved.book, { limit, mfw }, progress);
    if (progress) io.stderr('\r\x1b[K');
    io.stdout(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderSimilarText(report));
  } finally {
    library.close();
  }
}

const NO_LIBRARY: ProfileStore & { close(): void } = {
  listBooks: () => [],
  getBook: () => null,
  getAnalysis: () => null,
  saveAnalysis: () => {},
  close: () => {},
};
