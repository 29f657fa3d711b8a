/**
 * The web app's check names the library book a missing quotation comes from, as the CLI does, though
 * the checks run in worker threads that cannot read the library: the server asks the library
 * afterwards. A real server (startServer: its worker pool, its library), both books uploaded through
 * the API.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookListItem, CheckResult } from '../../src/server/api-types.js';
import { type RunningServer, startServer } from '../../src/server/start.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => path.resolve(here, '../fixtures/check', name);

/** A review of The Lantern at Greyford (novel-lines.txt), written for this test. */
const REVIEW = `The board of Greyford is cruel. When the smallest boy asks for more, the beadle answers: “You shall
have more, my lad, when the river runs uphill.” And the porter lets the children pass: “The fog came up
from the water and sat in the yard like a lodger who would not pay.”
`;

let server: RunningServer;
let dataDir: string;

async function upload(file: string): Promise<BookListItem> {
  const form = new FormData();
  form.append('file', new File([readFileSync(fixture(file))], file));
  const res = await fetch(`${server.url}api/books`, { method: 'POST', body: form });
  expect(res.status).toBe(201);
  return (await res.json()) as BookListItem;
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'verbatim-check-library-'));
  server = await startServer({ dataDir, port: 0, webRoot: null, checkWorkers: 1, log: () => {} });
});
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the web check and the library', () => {
  it('says which library book holds each quotation the checked book does not have', async () => {
    await upload('novel-lines.txt');
    const saltHouse = await upload('novel.txt');
    const res = await fetch(`${server.url}api/books/${saltHouse.id}/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: REVIEW, format: 'md' }),
    });
    expect(res.status).toBe(200);
    const view = (await res.json()) as CheckResult;
    const missing = view.quotes.filter((q) => q.verdict === 'not_found');
    expect(missing).toHaveLength(2);
    for (const q of missing) {
      expect(q.says?.notes.join(' ')).toMatch(
        /in the library, “The Lantern at Greyford” by Honora Vale has it word for word/,
      );
    }
  });

  it('names nothing for a line no library book has', async () => {
    const books = (await (await fetch(`${server.url}api/books`)).json()) as BookListItem[];
    const saltHouse = books.find((b) => b.title !== 'The Lantern at Greyford')!;
    const res = await fetch(`${server.url}api/books/${saltHouse.id}/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: '“The moon was a coin that nobody could spend on anything at all.”',
        format: 'md',
      }),
    });
    const view = (await res.json()) as CheckResult;
    expect(view.quotes[0]?.verdict).toBe('not_found');
    expect(view.quotes[0]?.says?.notes.join(' ') ?? '').not.toMatch(/in the library/);
  });
});
