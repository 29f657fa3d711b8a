import type { CliStdin } from './context.js';

/**
 * The process's stdin for commands: read whole (a piped review) or one answer line (a question).
 * Touched only when a command asks: opening `process.stdin` loads Node's stream, socket and terminal
 * modules, and readline its own, ~15 ms of a one-shot `info` that never reads it (bench/cli.bench.ts).
 */
export function processStdin(): CliStdin {
  return {
    get isTTY() {
      return Boolean(process.stdin.isTTY);
    },
    read: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
    ask: async (question) => {
      const { createInterface } = await import('node:readline');
      return new Promise((resolve) => {
        const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
        let answered = false;
        rl.question(question, (answer) => {
          answered = true;
          rl.close();
          resolve(answer);
        });
        // Ctrl+D or Ctrl+C: no answer, which is "no".
        rl.on('close', () => {
          if (!answered) resolve('');
        });
      });
    },
  };
}
