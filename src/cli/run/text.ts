import type { CliIO } from '../context.js';
import { type LoadFlags, loadOptionsOf } from '../options.js';
import { type LibraryOptions, resolveBook } from '../resolve-book.js';

/** `verbatim text <file-or-id>`: the book's text exactly, or what was set aside before or after it. */
export async function runText(
  io: CliIO,
  arg: string,
  opts: LibraryOptions & LoadFlags & { frontMatter?: boolean; backMatter?: boolean },
): Promise<void> {
  const { book, library } = await resolveBook(arg, io, {
    dataDir: opts.dataDir,
    load: loadOptionsOf(opts),
  });
  library?.close();
  io.stdout(opts.frontMatter ? book.frontMatter : opts.backMatter ? book.backMatter : book.text);
}
