import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeBook } from '../../src/analysis/index.js';
import type { CheckResult } from '../../src/server/api-types.js';
import { realChecker } from '../../src/server/checker.js';
import { runCli } from '../fixtures/run-cli.js';
import { type Harness, makeHarness } from './harness.js';

const REVIEW = path.resolve(import.meta.dirname, '../e2e/fixtures/review-of-the-salt-road.md');

let h: Harness;
afterEach(() => h?.close());

async function setUp(): Promise<string> {
  h = makeHarness({ analyze: async (book) => analyzeBook(book), checker: realChecker });
  const id = await h.addFixture();
  await h.analyses.whenIdle();
  return id;
}

const pasted = (text: string, format = 'md') => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ text, format }),
});

describe('check route', () => {
  it('checks a pasted review: verdicts, the book passage beside each quotation, the real speaker', async () => {
    const id = await setUp();
    const res = await h.app.request(`/api/books/${id}/check`, pasted(readFileSync(REVIEW, 'utf8')));
    expect(res.status).toBe(200);
    const r = (await res.json()) as CheckResult;
    expect(r.quotes.map((q) => q.verdict).sort()).toEqual(['altered', 'not_found', 'verbatim', 'verbatim']);
    const altered = r.quotes.find((q) => q.verdict === 'altered')!;
    expect(altered.bookText).toBe('The road is crooked, so the map is crooked');
    expect(
      altered.diff?.some((d) => d.type === 'changed' && d.review === 'bent' && d.book === 'crooked'),
    ).toBe(true);
    const wrong = r.quotes.find((q) => q.attribution === 'contradicted')!;
    expect(wrong.bookSpeaker).toBe('Tom');
    expect(r.quotes.find((q) => q.verdict === 'not_found')!.bookText).toBeNull();
  });

  it('reads an uploaded review file the same way as pasted text', async () => {
    const id = await setUp();
    const form = new FormData();
    form.append('file', new File([readFileSync(REVIEW)], 'review.md'));
    const res = await h.app.request(`/api/books/${id}/check`, { method: 'POST', body: form });
    expect(res.status).toBe(200);
    expect(((await res.json()) as CheckResult).quotes).toHaveLength(4);
  });

  it('downloads the same JSON as `verbatim check --format json`, and an HTML report', async () => {
    const id = await setUp();
    const res = await h.app.request(`/api/books/${id}/check?as=json`, pasted(readFileSync(REVIEW, 'utf8')));
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="verbatim-check-[0-9a-f]+\.json"/,
    );
    const fromServer: unknown = await res.json();
    const cli = await runCli(['--data-dir', h.dataDir, 'check', REVIEW, '--book', id, '--format', 'json']);
    expect(cli.stderr).toBe('');
    expect(fromServer).toEqual(JSON.parse(cli.stdout));

    const html = await h.app.request(`/api/books/${id}/check?as=html`, pasted(readFileSync(REVIEW, 'utf8')));
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.headers.get('content-disposition')).toContain('attachment');
    expect(await html.text()).toContain('The road is crooked');
  });

  it('refuses an empty review, a review of the wrong type, and a body it cannot read', async () => {
    const id = await setUp();
    const empty = await h.app.request(`/api/books/${id}/check`, pasted(''));
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { message: string } }).error.message).toContain('empty');
    const form = new FormData();
    form.append('file', new File(['MZ\u0000\u0000'], 'review.exe'));
    const exe = await h.app.request(`/api/books/${id}/check`, { method: 'POST', body: form });
    expect(exe.status).toBe(415);
    const plain = await h.app.request(`/api/books/${id}/check`, { method: 'POST', body: 'just text' });
    expect(plain.status).toBe(400);
    expect(((await plain.json()) as { error: { message: string } }).error.message).toContain('JSON');
  });

  it('refuses a review over the size limit with 413', async () => {
    h = makeHarness({ checker: realChecker, limits: { maxReviewBytes: 2000 } });
    const id = await h.addFixture();
    const res = await h.app.request(`/api/books/${id}/check`, pasted('"A quotation." '.repeat(400)));
    expect(res.status).toBe(413);
  });
});
