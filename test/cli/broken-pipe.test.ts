import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const entry = path.join(root, 'test/fixtures/cli-entry.ts');
let tmp: string;
let book: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'verbatim-epipe-'));
  // Far more output than a pipe buffers (64 KB), so writing goes on after the reader has gone.
  const chapters: string[] = [];
  for (let i = 1; i <= 1500; i++) {
    chapters.push(
      `CHAPTER ${i}\n\n${'The keeper climbed the stair and trimmed the wick, as he did every night. '.repeat(4)}\n`,
    );
  }
  book = path.join(tmp, 'long.txt');
  writeFileSync(book, chapters.join('\n'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Like `verbatim … | head -c 1`: read the first chunk of stdout, then close the pipe. */
function readFirstChunkThenClose(
  args: string[],
): Promise<{ code: number | null; stderr: string; first: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
      cwd: root,
      env: { ...process.env, VERBATIM_DATA_DIR: path.join(tmp, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let first = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    child.stdout.once('data', (d) => {
      first = String(d);
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, first }));
  });
}

describe('output into a pipe that closes early (`verbatim text X | head -1`)', () => {
  for (const args of [['text'], ['info', '--format', 'json']]) {
    it(`${args.join(' ')}: ends quietly with exit 0, no stack trace`, async () => {
      const r = await readFirstChunkThenClose([...args.slice(0, 1), book, ...args.slice(1)]);
      expect(r.first.length).toBeGreaterThan(0);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }, 30_000);
  }
});
