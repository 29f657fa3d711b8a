import { Option } from 'commander';
import { DEFAULT_PORT } from '../run/serve-port.js';
import type { RegisterCommand } from './index.js';

/** `verbatim serve`: the web app (what it does: run/serve.ts; hono and zod load only then). */
export const registerServe: RegisterCommand = (program, io) => {
  program
    .command('serve')
    .description('Start the web app (library, reader, world, check) on this computer.')
    .option('--port <n>', `port to listen on (default ${DEFAULT_PORT}, or $PORT)`)
    .addOption(
      new Option(
        '--host <address>',
        'address to listen on; anything but 127.0.0.1 exposes your library',
      ).default('127.0.0.1'),
    )
    .action(async (_opts, cmd) => {
      const { runServe } = await import('../run/serve.js');
      await runServe(io, cmd.optsWithGlobals());
    });
};
