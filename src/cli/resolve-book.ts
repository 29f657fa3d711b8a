import { stat } from 'node:fs/promises';
import path from 'node:path';
import { type Command, Option } from 'commander';
import type { Book } from '../book/types.js';
import { VerbatimError } from '../errors.js';
import { type LoadOptions, loadBookFile } from '../formats/load.js';
import { LIMITS } from '../limits.js';
import { Library } from '../store/library.js';
import type { TextEncoding } from '../text/decode.js';
import type { CliIO } from './context.js';

/**
 * How commands find "the book" an argument names: a path to a file is loaded from disk; anything
 * else is looked up in the library by id (or a unique id prefix).
 */
export interface LibraryOptions {
  dataDir?: string;
}

export function dataDirOf(io: CliIO, opts: LibraryOptions): string {
  return opts.dataDir ? path.resolve(io.cwd, opts.dataDir) : Library.defaultDataDir(io.env);
}

export function openLibrary(io: CliIO, opts: LibraryOptions): Library {
  return Library.open(dataDirOf(io, opts));
}

export interface ResolveOptions extends LibraryOptions {
  load?: LoadOptions;
}

export async function resolveBook(
  arg: string,
  io: CliIO,
  opts: ResolveOptions,
): Promise<{ book: Book; library: Library | null }> {
  const file = path.resolve(io.cwd, arg);
  const onDisk = await stat(file).then(
    () => true,
    () => false,
  );
  if (onDisk) return { book: await loadBookFile(file, opts.load), library: null };
  const looksLikeId = /^[0-9a-f]{4,64}$/i.test(arg);
  if (!looksLikeId) throw new VerbatimError('not_found', 'no such file', { file: arg });
  const library = openLibrary(io, opts);
  let book: Book | null;
  try {
    book = library.getBook(arg);
  } catch (e) {
    library.close();
    throw e;
  }
  if (!book) {
    library.close();
    throw new VerbatimError('not_found', `no such file, and no book with id "${arg}" in the library`, {
      file: arg,
      hint: 'see `verbatim list`',
    });
  }
  return { book, library };
}

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

export function loadOptionsOf(opts: {
  maxSize?: string;
  allowAnyScript?: boolean;
  encoding?: string;
}): LoadOptions {
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
