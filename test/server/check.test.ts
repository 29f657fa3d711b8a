import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeBook } from '../../src/analysis/index.js';
import type { CheckResult } from '../../src/server/api-types.js';
import { realChecker } from '../../src/server/checker.js';
import { makeDocx } from '../fixtures/docx.js';
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

describe('review line numbers from HTML and DOCX', () => {
  const HTML = [
    '<!doctype html>',
    '<html><head><title>On The Salt Road</title>',
    '<style>p { margin: 0 }</style></head>',
    '<body>',
    '<h1>A crooked road</h1>',
    '<p>Wren Calder’s novel opens in the rain.</p>',
    '<p>Tom warns her, “The road is crooked, so the map is bent,” and she goes anyway.</p>',
    '</body></html>',
    '',
  ].join('\n');

  const bent = (r: CheckResult) => r.quotes.find((q) => q.text.startsWith('The road is crooked'))!;

  it('gives the HTML source line, uploaded or pasted', async () => {
    const id = await setUp();
    const form = new FormData();
    form.append('file', new File([HTML], 'review.html'));
    const uploaded = (await (
      await h.app.request(`/api/books/${id}/check`, { method: 'POST', body: form })
    ).json()) as CheckResult;
    expect(bent(uploaded).reviewLine).toBe(7);
    expect(bent(uploaded).says?.place).toBe('line 7');
    expect(uploaded.reviewLineUnit).toBe('line');
    const pasted_ = (await (
      await h.app.request(`/api/books/${id}/check`, pasted(HTML, 'html'))
    ).json()) as CheckResult;
    expect(bent(pasted_).reviewLine).toBe(7);
  });

  it('gives the DOCX paragraph, and calls it a paragraph in the page, the JSON and the HTML report', async () => {
    const id = await setUp();
    const docx = makeDocx([
      { text: 'A crooked road' },
      { text: 'Wren Calder’s novel opens in the rain.' },
      { text: 'It is a short book.' },
      { text: 'Tom warns her, “The road is crooked, so the map is bent,” and she goes anyway.' },
    ]);
    const upload = () => {
      const form = new FormData();
      form.append('file', new File([Buffer.from(docx)], 'review.docx'));
      return { method: 'POST', body: form };
    };
    const view = (await (await h.app.request(`/api/books/${id}/check`, upload())).json()) as CheckResult;
    expect(view.reviewLineUnit).toBe('paragraph');
    expect(bent(view).reviewLine).toBe(4);
    expect(bent(view).says?.place).toBe('paragraph 4');
    const json = (await (
      await h.app.request(`/api/books/${id}/check?as=json`, upload())
    ).json()) as CheckResult;
    expect(json.reviewLineUnit).toBe('paragraph');
    expect(bent(json).reviewLine).toBe(4);
    const html = await (await h.app.request(`/api/books/${id}/check?as=html`, upload())).text();
    expect(html).toContain('Paragraph 4: “The road is crooked');
    expect(html).not.toMatch(/Line \d/);
  });

  it('passes the source lines through the worker pool too', async () => {
    const { checkPool } = await import('../../src/server/jobs/check-pool.js');
    const { readReviewBytes } = await import('../../src/check/index.js');
    const { loadBookFile } = await import('../../src/formats/load.js');
    const { FIXTURE_BOOK } = await import('./harness.js');
    const pool = checkPool(1);
    try {
      const book = await loadBookFile(FIXTURE_BOOK);
      const review = await readReviewBytes(new TextEncoder().encode(HTML), 'review.html');
      const report = await pool.run(book, null, review.text, review.format, {
        sourceLines: review.sourceLines,
        lineUnit: review.lineUnit,
      });
      expect(report.quotes.find((q) => q.text.startsWith('The road'))!.reviewLine).toBe(7);
    } finally {
      await pool.close();
    }
  });
});

describe('the check page’s data', () => {
  it('says what is wrong first, with the same sentences as the reports and the book as a reader sees it', async () => {
    const id = await setUp();
    const r = (await (
      await h.app.request(`/api/books/${id}/check`, pasted(readFileSync(REVIEW, 'utf8')))
    ).json()) as CheckResult;
    expect(r.headline).toBe(
      '3 of 4 quotations need attention: 1 is not in the book, 1 is misquoted and 1 is credited to the wrong speaker.',
    );
    expect(r.sections?.map((s) => s.id)).toEqual(['not_found', 'altered', 'wrong_speaker', 'verbatim']);
    const wrong = r.quotes[r.sections![2]!.quotes[0]!]!;
    expect(wrong.says?.attribution?.tone).toBe('problem');
    expect(wrong.says?.attribution?.text).toMatch(
      /^Credited to Mrs\. Pell.*, but the book's speaker is Tom — /,
    );
    expect(
      wrong.bookPassage?.flat().some((run) => run.match && run.text.includes('We should turn back')),
    ).toBe(true);
    const html = await (
      await h.app.request(`/api/books/${id}/check?as=html`, pasted(readFileSync(REVIEW, 'utf8')))
    ).text();
    expect(html).toContain(wrong.says!.attribution!.text.replace(/'/g, '&#39;'));
  });
});
