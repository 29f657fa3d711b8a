import { formatOption } from '../options.js';
import type { RegisterCommand } from './index.js';

/** `verbatim find "<passage>"`: which library books hold a passage (what it does: run/find.ts). */
export const registerFind: RegisterCommand = (program, io) => {
  program
    .command('find')
    .description(
      'Find which books of the library hold a passage or a close variant of it, best first, with chapter and offsets.',
    )
    .argument('<passage...>', 'the words to look for (quote them); a single - reads them from stdin')
    .addOption(formatOption())
    .addHelpText(
      'after',
      `
The first time, and after books are added, the library's books are indexed for find (a second or
so a novel, once). Passages are searched by their first 200 words.

Examples:
  verbatim find "It is a truth universally acknowledged"
  pbpaste | verbatim find - --format json

Exit status: 0 found in a book; 1 in none (or the passage is too common to place, or the library
is empty); 2 no passage given.`,
    )
    .action(async (passage: string[], _opts, cmd) => {
      const { runFind } = await import('../run/find.js');
      await runFind(io, passage, cmd.optsWithGlobals());
    });
};
