import { addLoadOptions, loadOptionsOf, resolveBook } from '../resolve-book.js';
import type { RegisterCommand } from './index.js';

/**
 * `verbatim text <file-or-id>`: prints the book's text exactly. Every offset Verbatim reports
 * (in `check`, `info --format json`, the web app) is a UTF-16 offset into this text.
 */
export const registerText: RegisterCommand = (program, io) => {
  addLoadOptions(
    program
      .command('text')
      .description('Print the text Verbatim indexes (every offset Verbatim reports is into it).')
      .argument('<file-or-id>', 'a novel file, or the id of a book in the library'),
  )
    .option('--front-matter', 'print what was set aside before the text instead (e.g. the Gutenberg header)')
    .option('--back-matter', 'print what was set aside after the text instead (e.g. the Gutenberg licence)')
    .action(async (arg: string, _opts, cmd) => {
      const opts = cmd.optsWithGlobals();
      const { book, library } = await resolveBook(arg, io, {
        dataDir: opts.dataDir,
        load: loadOptionsOf(opts),
      });
      library?.close();
      io.stdout(opts.frontMatter ? book.frontMatter : opts.backMatter ? book.backMatter : book.text);
    });
};
