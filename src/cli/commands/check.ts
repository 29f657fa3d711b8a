import { Option } from 'commander';
import { addLoadOptions } from '../options.js';
import type { RegisterCommand } from './index.js';

/**
 * `verbatim check review.md --book novel.epub`: every quotation of a review found (or not) in the
 * book, misquotes diffed, "X says" checked against the book's speaker. Several reviews (or a folder
 * of them) are a class set: the book is read once, a summary table is printed and, with --out, one
 * report per review is written. What it does: run/check.ts, loaded only when run.
 */
export const registerCheck: RegisterCommand = (program, io) => {
  addLoadOptions(
    program
      .command('check')
      .description(
        'Check the quotations of reviews or essays (txt, md, html, docx) against a book: found or not, where, misquotes, who says it.',
      )
      .argument(
        '<reviews...>',
        'the reviews or essays to check, or folders of them; a single - reads it from stdin',
      )
      .requiredOption(
        '--book <file-or-id>',
        'the novel: a file, or the id or title of a book in the library',
      ),
  )
    .addOption(
      new Option('--format <format>', 'report format (with several reviews: of each file in --out)')
        .choices(['text', 'json', 'md', 'html'])
        .default('text'),
    )
    .option(
      '--out <dir>',
      'write one report per review into this folder (<name>.check.<format>) and print a summary table',
    )
    .option(
      '--jobs <n>',
      'several reviews: check this many at once in worker threads (default 1; helps only with idle cores to spare)',
    )
    .option('--no-speakers', 'do not analyse who speaks (faster; attributions are then "unknown")')
    .addHelpText(
      'after',
      `
Examples:
  verbatim check essay.docx --book pride.txt             one report on stdout
  verbatim check essays/ --book 03ef2a45 --out reports/  a class set: a table, one report per essay
  verbatim check a.md b.docx c.txt --book 03ef2a45       a table of the three

Exit status: 0 all well; 1 a quotation not found or altered, or a credit contradicted (in any
review); 2 a review or the book could not be read (the other reviews are still checked).`,
    )
    .action(async (reviews: string[], _opts, cmd) => {
      const { runCheck } = await import('../run/check.js');
      await runCheck(io, reviews, cmd.optsWithGlobals());
    });
};
