import os from 'node:os';
import path from 'node:path';
import { VerbatimError } from '../../errors.js';
import { EXIT, ExitWith } from '../context.js';
import { addLoadOptions, loadOptionsOf } from '../options.js';
import type { RegisterCommand } from './index.js';

/**
 * `verbatim corpus <folder> --out <dir>`: batch analysis of a folder of novels for research, with
 * BookNLP-style outputs, resumable and shardable across machines (docs/corpus.md). The corpus
 * modules are imported only when this command runs, so other commands do not pay for them.
 */
export const registerCorpus: RegisterCommand = (program, io) => {
  addLoadOptions(
    program
      .command('corpus')
      .description(
        'Analyse every novel (TXT, EPUB, HTML) in a folder and its subfolders, in parallel, into BookNLP-style files and a corpus.csv.',
      )
      .argument('[folder]', 'the folder of novels (searched recursively)')
      .option('--out <dir>', 'output folder: one folder per book (by id) and corpus.csv')
      .option('--jobs <n>', 'worker processes', String(os.availableParallelism()))
      .option('--shard <K/N>', 'analyse only the K-th of N slices (K from 1) and write corpus.K-of-N.csv')
      .option(
        '--merge <dir>',
        'join the corpus.K-of-N.csv files in <dir> into corpus.csv, and do nothing else',
      )
      .addHelpText(
        'after',
        '\nA rerun skips books already finished. Exit status: 0 every book analysed, 1 some failed\n' +
          '(listed in the CSV and on stderr), 2 usage error. See docs/corpus.md.',
      ),
  ).action(async (folder: string | undefined, _opts, cmd) => {
    const opts = cmd.optsWithGlobals();
    if (opts.merge) {
      if (folder || opts.out || opts.shard) {
        throw new VerbatimError('usage', '--merge <dir> takes no folder, --out or --shard');
      }
      const { mergeShardCsvs } = await import('../../corpus/merge.js');
      const merged = await mergeShardCsvs(path.resolve(io.cwd, opts.merge));
      io.stdout(`merged ${merged.shards} shard CSVs (${merged.rows} books) into ${merged.csv}\n`);
      if (merged.missing.length > 0) {
        io.stderr(`verbatim: shards ${merged.missing.join(', ')} have no CSV yet: their books are missing\n`);
        throw new ExitWith(EXIT.findings);
      }
      return;
    }
    if (!folder)
      throw new VerbatimError('usage', 'name the folder of novels: verbatim corpus <folder> --out <dir>');
    if (!opts.out) throw new VerbatimError('usage', 'name an output folder with --out <dir>');
    const jobs = Number(opts.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) {
      throw new VerbatimError('usage', `--jobs must be a whole number of at least 1, not "${opts.jobs}"`);
    }
    const { parseShard } = await import('../../corpus/shard.js');
    const shard = opts.shard ? parseShard(opts.shard) : null;
    const { runCorpus } = await import('../../corpus/run.js');
    const summary = await runCorpus({
      folder: path.resolve(io.cwd, folder),
      outDir: path.resolve(io.cwd, opts.out),
      jobs,
      shard,
      load: loadOptionsOf(opts),
      isTTY: io.isTTY,
      stderr: io.stderr,
    });
    const perMinute = summary.seconds > 0 ? (summary.analysed * 60) / summary.seconds : 0;
    io.stdout(
      `${summary.books} books: ${summary.analysed} analysed, ${summary.skipped} already done, ` +
        `${summary.failed} failed${summary.duplicates ? `, ${summary.duplicates} duplicates` : ''} ` +
        `in ${summary.seconds.toFixed(1)} s (${perMinute.toFixed(1)} books/min); ${summary.csv}\n`,
    );
    if (summary.failed > 0) throw new ExitWith(EXIT.findings);
  });
};
