import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/context.js';
import { main } from '../../src/cli/main.js';
import type { BookListItem } from '../../src/server/api-types.js';
import { runCli } from '../fixtures/run-cli.js';
import { FIXTURE_BOOK } from './harness.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'verbatim-serve-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function occupyPort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

describe('verbatim serve', () => {
  it('says clearly when the port is taken, and how to pick another', async () => {
    const { server, port } = await occupyPort();
    try {
      const r = await runCli(['--data-dir', tempDir(), 'serve', '--port', String(port)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(r.stderr).toContain('--port');
    } finally {
      server.close();
    }
  });

  it('refuses a port that is not a number, from --port or PORT', async () => {
    const a = await runCli(['--data-dir', tempDir(), 'serve', '--port', 'http']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--port must be a port number');
    const b = await runCli(['--data-dir', tempDir(), 'serve'], { env: { PORT: '99999' } });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('PORT must be a port number');
  });

  it('serves the same library as the CLI on 127.0.0.1, prints the URL, and stops on SIGINT', async () => {
    const dataDir = tempDir();
    const added = await runCli(['--data-dir', dataDir, 'add', FIXTURE_BOOK]);
    expect(added.code).toBe(0);

    let stdout = '';
    let printed: (url: string) => void = () => {};
    const urlPrinted = new Promise<string>((resolve) => {
      printed = resolve;
    });
    const io: CliIO = {
      stdout: (s) => {
        stdout += s;
        const m = stdout.match(/running at (http:\/\/\S+)/);
        if (m) printed(m[1]!);
      },
      stderr: () => {},
      env: {},
      cwd: process.cwd(),
      isTTY: false,
      stdin: { isTTY: false, read: async () => new Uint8Array(), ask: async () => '' },
    };
    const exit = main(['--data-dir', dataDir, 'serve', '--port', '0'], io);
    const url = await urlPrinted;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const books = (await (await fetch(`${url}api/books`)).json()) as BookListItem[];
    expect(books.map((b) => b.title)).toEqual(['The Salt Road']);
    process.emit('SIGINT');
    expect(await exit).toBe(0);
    await expect(fetch(`${url}api/books`)).rejects.toThrow();
  });
});
