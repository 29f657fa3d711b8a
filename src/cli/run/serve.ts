import { VerbatimError } from '../../errors.js';
import { startServer } from '../../server/start.js';
import type { CliIO } from '../context.js';
import { dataDirOf } from '../resolve-book.js';
import { DEFAULT_PORT } from './serve-port.js';

function parsePort(value: string | undefined, from: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new VerbatimError('usage', `${from} must be a port number from 0 to 65535, not "${value}".`);
  }
  return port;
}

/** `verbatim serve`: the reader's web app on 127.0.0.1, over the same library as the CLI. */
export async function runServe(
  io: CliIO,
  opts: { port?: string; host: string; dataDir?: string },
): Promise<void> {
  const port = parsePort(opts.port, '--port') ?? parsePort(io.env.PORT, 'PORT') ?? DEFAULT_PORT;
  // --data-dir is the program's global option: the same library as every other command.
  const dataDir = dataDirOf(io, opts);
  const server = await startServer({ dataDir, host: opts.host, port, log: (m) => io.stderr(`${m}\n`) });
  io.stdout(`Verbatim is running at ${server.url}\n`);
  io.stderr(`Library: ${dataDir}\nPress Ctrl+C to stop.\n`);
  if (opts.host !== '127.0.0.1' && opts.host !== 'localhost') {
    io.stderr(`Warning: listening on ${opts.host}: other computers on the network can reach your library.\n`);
  }
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  io.stderr('Verbatim stopped.\n');
}
