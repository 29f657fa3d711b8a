import { formatOption } from '../options.js';
import type { RegisterCommand } from './index.js';

/** `verbatim list`: the books in the library (what it does: run/list.ts, loaded only when run). */
export const registerList: RegisterCommand = (program, io) => {
  program
    .command('list')
    .description('List the books in the library.')
    .addOption(formatOption())
    .action(async (_opts, cmd) => {
      const { runList } = await import('../run/list.js');
      runList(io, cmd.optsWithGlobals());
    });
};
