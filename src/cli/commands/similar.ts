import { addLoadOptions, formatOption } from '../options.js';
import type { RegisterCommand } from './index.js';

/** `verbatim similar <file-or-id>` (what it does: run/similar.ts, loaded only when run). */
export const registerSimilar: RegisterCommand = (program, io) => {
  addLoadOptions(
    program
      .command('similar')
      .description(
        "The library's books closest in style to a book (Cosine Delta on the most frequent words), with the words behind each likeness.",
      )
      .argument('<file-or-id>', 'a novel file, or the id or title of a book in the library'),
  )
    .option('--limit <n>', 'books listed', '10')
    .option('--mfw <n>', 'most frequent words of the library compared', '2000')
    .addOption(formatOption())
    .action(async (arg: string, _opts, cmd) => {
      const { runSimilar } = await import('../run/similar.js');
      await runSimilar(io, arg, cmd.optsWithGlobals());
    });
};
