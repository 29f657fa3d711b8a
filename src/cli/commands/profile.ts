import { addLoadOptions, formatOption } from '../options.js';
import type { RegisterCommand } from './index.js';

/** `verbatim profile <file-or-id>` (what it does: run/profile.ts, loaded only when run). */
export const registerProfile: RegisterCommand = (program, io) => {
  addLoadOptions(
    program
      .command('profile')
      .description(
        'Style and structure: narrative person, dialogue share, sentence/paragraph/chapter lengths, vocabulary richness (MATTR), each chapter’s distinctive words.',
      )
      .argument('<file-or-id>', 'a novel file, or the id or title of a book in the library'),
  )
    .addOption(formatOption())
    .action(async (arg: string, _opts, cmd) => {
      const { runProfile } = await import('../run/profile.js');
      await runProfile(io, arg, cmd.optsWithGlobals());
    });
};
