import { renderSimilarText } from '../../similar/render-text.js';
import { SIMILAR_DEFAULTS, similarBooks } from '../../similar/similar.js';
import type { CliIO } from '../context.js';
import { type LoadFlags, loadOptionsOf } from '../options.js';
import { type LibraryOptions, openLibrary, resolveBook } from '../resolve-book.js';
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
  const library = resolved.library ?? openLibrary(io, opts);
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
