import { addLoadOptions, formatOption } from '../options.js';
import type { RegisterCommand } from './index.js';

/** `verbatim add <file>` (what it does: run/add.ts, loaded only when run). */
export const registerAdd: RegisterCommand = (program, io) => {
  addLoadOptions(
    program
      .command('add')
      .description('Add a novel (plain text, EPUB or HTML) to the library.')
      .argument('<file>', 'the novel to add'),
  )
    .addOption(formatOption())
    .action(async (file: string, _opts, cmd) => {
      const { runAdd } = await import('../run/add.js');
      await runAdd(io, file, cmd.optsWithGlobals());
    });
};
