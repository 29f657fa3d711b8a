import { Option } from 'commander';
import { addLoadOptions, formatOption } from '../options.js';
import type { RegisterCommand } from './index.js';

/** `verbatim analyze <file-or-id>` (what it does: run/analyze.ts, loaded only when run). */
export const registerAnalyze: RegisterCommand = (program, io) => {
  addLoadOptions(
    program
      .command('analyze')
      .description('Find the dialogue, the characters and who speaks each quotation.')
      .argument('<file-or-id>', 'a novel file, or the id or title of a book in the library'),
  )
    .addOption(formatOption())
    .option('--quotes', 'text format: also list every quotation with its speaker')
    .addOption(new Option('--limit <n>', 'text format: characters to list').default('40'))
    .action(async (arg: string, _opts, cmd) => {
      const { runAnalyze } = await import('../run/analyze.js');
      await runAnalyze(io, arg, cmd.optsWithGlobals());
    });
};
