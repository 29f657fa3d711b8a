import { analysisFor } from '../../analysis/stored.js';
import { profileBook } from '../../profile/index.js';
import { renderProfileText } from '../../profile/render.js';
import type { CliIO } from '../context.js';
import { type LoadFlags, loadOptionsOf } from '../options.js';
import { type LibraryOptions, resolveBook } from '../resolve-book.js';

/** `verbatim profile <file-or-id>`: the book's style and structure (src/profile). */
export async function runProfile(
  io: CliIO,
  arg: string,
  opts: LibraryOptions & LoadFlags & { format: string },
): Promise<void> {
  const { book, library } = await resolveBook(arg, io, { dataDir: opts.dataDir, load: loadOptionsOf(opts) });
  try {
    const profile = profileBook(book, analysisFor(book, library).analysis);
    io.stdout(opts.format === 'json' ? `${JSON.stringify(profile)}\n` : renderProfileText(profile));
  } finally {
    library?.close();
  }
}
