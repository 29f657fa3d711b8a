import { VerbatimError } from '../../errors.js';
import { formatOption, openLibrary } from '../resolve-book.js';
import type { RegisterCommand } from './index.js';

/** `verbatim remove <id>`: removes a book, its text and its analyses from the library. */
export const registerRemove: RegisterCommand = (program, io) => {
  program
    .command('remove')
    .description('Remove a book (and its analyses) from the library.')
    .argument('<id>', 'the id of the book, or a unique prefix of it')
    .addOption(formatOption())
    .action(async (idOrPrefix: string, _opts, cmd) => {
      const opts = cmd.optsWithGlobals();
      const library = openLibrary(io, opts);
      try {
        const summary = library.summary(idOrPrefix);
        if (!summary) {
          throw new VerbatimError('not_found', `no book with id "${idOrPrefix}" in the library`, {
            hint: 'see `verbatim list`',
          });
        }
        library.removeBook(summary.id);
        if (opts.format === 'json')
          io.stdout(`${JSON.stringify({ removed: summary.id, title: summary.title })}\n`);
        else io.stdout(`removed ${summary.id}${summary.title ? `  "${summary.title}"` : ''}\n`);
      } finally {
        library.close();
      }
    });
};
