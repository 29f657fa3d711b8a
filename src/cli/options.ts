import { type Command, Option } from 'commander';
import { VerbatimError } from '../errors.js';
import type { LoadOptions } from '../formats/load-text.js';
import { LIMITS } from '../limits.js';
import type { TextEncoding } from '../text/decode.js';

/**
 * Options shared by several commands. Kept apart from what the commands do (src/cli/run/) so that
 * defining every command for `--help` and parsing costs nothing but commander itself.
 */

/** Options of every command that loads a file: the limits a person may need to lift. */
export function addLoadOptions(cmd: Command): Command {
  return cmd
    .option(
      '--max-size <MB>',
      'refuse files larger than this many megabytes',
      String(LIMITS.bookBytes / (1024 * 1024)),
    )
    .option(
      '--allow-any-script',
      "load text that is mostly not in Latin script (Verbatim's analysis expects English)",
    )
    .addOption(
      new Option('--encoding <name>', 'decode plain text as this encoding instead of detecting it').choices([
        'utf-8',
        'utf-16le',
        'utf-16be',
        'windows-1252',
      ]),
    );
}

/** The load options as commander parsed them. */
export interface LoadFlags {
  maxSize?: string;
  allowAnyScript?: boolean;
  encoding?: string;
}

export function loadOptionsOf(opts: LoadFlags): LoadOptions {
  const mb = opts.maxSize === undefined ? LIMITS.bookBytes / (1024 * 1024) : Number(opts.maxSize);
  if (!Number.isFinite(mb) || mb <= 0) {
    throw new VerbatimError(
      'usage',
      `--max-size must be a positive number of megabytes, not "${opts.maxSize}"`,
    );
  }
  return {
    maxBytes: Math.round(mb * 1024 * 1024),
    allowAnyScript: Boolean(opts.allowAnyScript),
    encoding: opts.encoding as TextEncoding | undefined,
  };
}

export function formatOption(): Option {
  return new Option('--format <format>', 'output format').choices(['text', 'json']).default('text');
}
