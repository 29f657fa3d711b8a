import { addLoadOptions, formatOption } from '../options.js';
import type { RegisterCommand } from './index.js';

/** `verbatim add <file>` (what it does: run/add.ts, loaded only when run). */
export const registerAdd: RegisterCommand = (program, io) => {
  addLoadOptions(
    program
      .command('add')
      .description(
        'Add a novel (plain text, EPUB or HTML) to the library. Adding it again with --title or --author sets them.',
      )
      .argument('<file>', 'the novel to add'),
  )
    .option('--title <title>', 'the title to store (instead of the one read from the file)')
    .option('--author <name>', 'the author to store (instead of the one read from the file)')
    .addOption(formatOption())
    .action(async (file: string, _opts, cmd) => {
      const { runAdd } = await import('../run/add.js');
      await runAdd(io, file, cmd.optsWithGlobals());
    });
};
