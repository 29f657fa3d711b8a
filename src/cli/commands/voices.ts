import { Option } from 'commander';
import { addLoadOptions, formatOption } from '../options.js';
import type { RegisterCommand } from './index.js';

/** `verbatim voices <file-or-id> [character]` (what it does: run/voices.ts, loaded only when run). */
export const registerVoices: RegisterCommand = (program, io) => {
  addLoadOptions(
    program
      .command('voices')
      .description(
        'How each character talks: distinctive words and phrases against the other characters, number and length of lines, whom they speak to.',
      )
      .argument('<file-or-id>', 'a novel file, or the id or title of a book in the library')
      .argument('[character]', 'one character, by any of their names'),
  )
    .addOption(formatOption())
    .addOption(new Option('--limit <n>', 'text format: characters to list').default('12'))
    .action(async (arg: string, character: string | undefined, _opts, cmd) => {
      const { runVoices } = await import('../run/voices.js');
      await runVoices(io, arg, character, cmd.optsWithGlobals());
    });
};
