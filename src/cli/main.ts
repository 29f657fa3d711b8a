import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { isVerbatimError } from '../errors.js';
import { packagePath } from '../package-files.js';
import { commands } from './commands/index.js';
import { type CliIO, EXIT, ExitWith, processIO } from './context.js';

/**
 * Entry point of `bin/verbatim`. Every expected failure is turned into a one-line message and an
 * exit code here, in one place; commands just throw VerbatimError.
 */
/** The package's version, from its package.json. */
function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const program = new Command('verbatim')
    .description('Check what is written about a novel against the novel itself.')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .version(packageVersion(), '-V, --version', 'print the version and exit')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .option(
      '--data-dir <dir>',
      'library folder (default: $VERBATIM_DATA_DIR, else $XDG_DATA_HOME/verbatim, else ~/.local/share/verbatim)',
    );
  for (const register of commands) register(program, io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof ExitWith) return e.code;
    if (e instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (isVerbatimError(e)) {
      io.stderr(`verbatim: ${e.toLine()}\n`);
      return e.code === 'analysis_failed' ? EXIT.internal : EXIT.usage;
    }
    io.stderr(`verbatim: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.internal;
  }
}
