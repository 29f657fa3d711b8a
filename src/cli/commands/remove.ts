import { formatOption } from '../options.js';
import type { RegisterCommand } from './index.js';

/**
 * Removing cannot be undone, so a book is named by its full id or a prefix long enough to be
 * deliberate: one or two characters are a typo away from the wrong book.
 */
export const MIN_PREFIX = 4;

/** `verbatim remove <id>` (what it does: run/remove.ts, loaded only when run). */
export const registerRemove: RegisterCommand = (program, io) => {
  program
    .command('remove')
    .description('Remove a book (and its analyses) from the library. Asks first unless --yes.')
    .argument('<id>', `the id of the book, or an unambiguous prefix of at least ${MIN_PREFIX} characters`)
    .option('-y, --yes', 'remove without asking (for scripts)')
    .addOption(formatOption())
    .action(async (idOrPrefix: string, _opts, cmd) => {
      const { runRemove } = await import('../run/remove.js');
      await runRemove(io, idOrPrefix, cmd.optsWithGlobals());
    });
};
