import { addLoadOptions, formatOption } from '../options.js';
import type { RegisterCommand } from './index.js';

/** `verbatim info <file-or-id>` (what it does: run/info.ts, loaded only when run). */
export const registerInfo: RegisterCommand = (program, io) => {
  addLoadOptions(
    program
      .command('info')
      .description(
        "Show a novel's title, author, size and structure (parts, chapters, paragraphs, sentences).",
      )
      .argument('<file-or-id>', 'a novel file, or the id or title of a book in the library'),
  )
    .addOption(formatOption())
    .action(async (arg: string, _opts, cmd) => {
      const { runInfo } = await import('../run/info.js');
      await runInfo(io, arg, cmd.optsWithGlobals());
    });
};
