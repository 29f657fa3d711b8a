import { Option } from 'commander';
import { addLoadOptions, formatOption } from '../options.js';
import type { RegisterCommand } from './index.js';

/** `verbatim terms <file-or-id> [term…]` (what it does: run/terms.ts, loaded only when run). */
export const registerTerms: RegisterCommand = (program, io) => {
  addLoadOptions(
    program
      .command('terms')
      .description(
        "Where and how a book uses words: each term's uses per chapter, the forms found, who says it, and every line in context. With no term, suggests the book's motifs.",
      )
      .argument('<file-or-id>', 'a novel file, or the id or title of a book in the library')
      .argument('[term...]', 'words or phrases to look up ("donation", "hail sham"); inflections count too'),
  )
    .option('--exact', 'match the forms as typed only, not every word sharing their stem')
    .option(
      '--limit <n>',
      'concordance lines per term (spread over the whole book when there are more)',
      '200',
    )
    .addOption(new Option('--motifs <n>', 'suggested motifs listed when no term is given').default('20'))
    .addOption(formatOption())
    .action(async (arg: string, terms: string[], _opts, cmd) => {
      const { runTerms } = await import('../run/terms.js');
      await runTerms(io, arg, terms, cmd.optsWithGlobals());
    });
};
