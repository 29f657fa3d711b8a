import { createInterface } from 'node:readline';

import type { CliStdin } from './context.js';

/** The process's stdin for commands: read whole (a piped review) or one answer line (a question). */
export function processStdin(): CliStdin {
  return {
    isTTY: Boolean(process.stdin.isTTY),
    read: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
    ask: (question) =>
      new Promise((resolve) => {
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
      }),
  };
}
