import { endQuietlyOnBrokenPipe } from './broken-pipe.js';
import { processStdin } from './stdin.js';

/**
 * What a command needs from the outside world, passed in so commands run in-process in tests
 * (no spawning) exactly as they do from `bin/verbatim`.
 */
export interface CliIO {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** True when stderr is an interactive terminal: progress is drawn only then. */
  isTTY: boolean;
  stdin: CliStdin;
}

/** Standard input: a review piped in (`check -`), or a person answering a question (`remove`). */
export interface CliStdin {
  /** True when stdin is an interactive terminal, so a question can be asked and answered. */
  isTTY: boolean;
  /** All of stdin, as bytes (a review may be DOCX). */
  read: () => Promise<Uint8Array>;
  /** Writes `question` to stderr and resolves with the line typed in answer ('' at end of input). */
  ask: (question: string) => Promise<string>;
}

export function processIO(): CliIO {
  endQuietlyOnBrokenPipe(process.stdout);
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY) && !process.env.CI,
    stdin: processStdin(),
  };
}

/** Exit codes a script can rely on. */
export const EXIT = {
  ok: 0,
  /** The command ran and reports findings (e.g. `check` found a misquote). */
  findings: 1,
  /** Usage or input error: nothing was changed. */
  usage: 2,
  /** A bug in Verbatim. */
  internal: 70,
} as const;

/** Thrown by a command to end with a given exit code after it has written its output. */
export class ExitWith extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export type OutputFormat = 'text' | 'json';
