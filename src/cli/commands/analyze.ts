import { Option } from 'commander';
import { renderAnalysisText } from '../../analysis/report.js';
import { analysisFor } from '../../analysis/stored.js';
import { addLoadOptions, formatOption, loadOptionsOf, resolveBook } from '../resolve-book.js';
import type { RegisterCommand } from './index.js';

/**
 * `verbatim analyze <file-or-id>`: dialogue, characters (with all their names) and who speaks each
 * quotation. A library book's analysis is stored, so asking again is instant; a file not in the
 * library is analysed without storing anything.
 */
export const registerAnalyze: RegisterCommand = (program, io) => {
  addLoadOptions(
    program
      .command('analyze')
      .description('Find the dialogue, the characters and who speaks each quotation.')
      .argument('<file-or-id>', 'a novel file, or the id of a book in the library'),
  )
    .addOption(formatOption())
    .option('--quotes', 'text format: also list every quotation with its speaker')
    .addOption(new Option('--limit <n>', 'text format: characters to list').default('40'))
    .action(async (arg: string, _opts, cmd) => {
      const opts = cmd.optsWithGlobals();
      const { book, library } = await resolveBook(arg, io, {
        dataDir: opts.dataDir,
        load: loadOptionsOf(opts),
      });
      try {
        const { analysis } = analysisFor(book, library);
        if (opts.format === 'json') io.stdout(`${JSON.stringify(analysis)}\n`);
        else
          io.stdout(
            renderAnalysisText(analysis, book, {
              quotes: Boolean(opts.quotes),
              limit: Math.max(1, Number(opts.limit) || 40),
            }),
          );
      } finally {
        library?.close();
      }
    });
};
