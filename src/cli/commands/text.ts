import { addLoadOptions } from '../options.js';
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
      .argument('<file-or-id>', 'a novel file, or the id or title of a book in the library'),
  )
    .option('--front-matter', 'print what was set aside before the text instead (e.g. the Gutenberg header)')
    .option('--back-matter', 'print what was set aside after the text instead (e.g. the Gutenberg licence)')
    .action(async (arg: string, _opts, cmd) => {
      const { runText } = await import('../run/text.js');
      await runText(io, arg, cmd.optsWithGlobals());
    });
};
