import { afterEach, describe, expect, it } from 'vitest';
import type { BookDetail, BookListItem, Passage, SearchResult, World } from '../../src/server/api-types.js';
import { type Harness, makeHarness } from './harness.js';

let h: Harness;
afterEach(() => h?.close());

async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

describe('library routes', () => {
  it('adds an uploaded book, lists it, and analyses it in the background', async () => {
    h = makeHarness();
    const id = await h.addFixture();
    const list = await json<BookListItem[]>(await h.app.request('/api/books'));
    expect(list.map((b) => b.id)).toEqual([id]);
    expect(list[0]!.words).toBeGreaterThan(300);
    await h.analyses.whenIdle();
    const state = await json<{ status: string }>(await h.app.request(`/api/books/${id}/analysis`));
    expect(state.status).toBe('done');
  });

  it('shows a book with its table of contents', async () => {
    h = makeHarness();
    const id = await h.addFixture();
    const book = await json<BookDetail>(await h.app.request(`/api/books/${id}`));
    expect(book.toc.map((c) => c.title)).toEqual([
      'CHAPTER I. THE INN AT HARROWGATE',
      'CHAPTER II. THE MAP',
      'CHAPTER III. KETTLE CROSS',
    ]);
  });

  it('refuses the same book twice with 409 and a JSON error', async () => {
    h = makeHarness();
    await h.addFixture();
    const { readFileSync } = await import('node:fs');
    const { FIXTURE_BOOK } = await import('./harness.js');
    const res = await h.upload('again.txt', readFileSync(FIXTURE_BOOK));
    expect(res.status).toBe(409);
    const body = await json<{ error: { code: string; message: string } }>(res);
    expect(body.error.code).toBe('duplicate');
  });

  it('refuses a file type it cannot read, an empty file and a binary file', async () => {
    h = makeHarness();
    const pdf = await h.upload('novel.pdf', '%PDF-1.4 ...');
    expect(pdf.status).toBe(415);
    expect((await json<{ error: { message: string } }>(pdf)).error.message).toMatch(/\.txt.*\.epub/);
    expect((await h.upload('empty.txt', '')).status).toBe(422);
    const binary = await h.upload('noise.txt', new Uint8Array([0, 1, 2, 0, 0, 255, 254, 0, 7, 0, 0, 0]));
    expect(binary.status).toBeGreaterThanOrEqual(400);
    expect(binary.status).toBeLessThan(500);
  });

  it('refuses a book over the upload limit with 413', async () => {
    h = makeHarness({ limits: { maxBookBytes: 1000 } });
    const res = await h.upload('big.txt', 'word '.repeat(2000));
    expect(res.status).toBe(413);
    expect((await json<{ error: { code: string } }>(res)).error.code).toBe('too_large');
  });

  it('removes a book; afterwards it is a 404', async () => {
    h = makeHarness();
    const id = await h.addFixture();
    await h.analyses.whenIdle();
    expect((await h.app.request(`/api/books/${id}`, { method: 'DELETE' })).status).toBe(200);
    const gone = await h.app.request(`/api/books/${id}`);
    expect(gone.status).toBe(404);
    expect((await json<{ error: { code: string } }>(gone)).error.code).toBe('not_found');
    expect(await json<BookListItem[]>(await h.app.request('/api/books'))).toEqual([]);
  });

  it('validates ids and query parameters with a 400 that says what is wrong', async () => {
    h = makeHarness();
    const badId = await h.app.request('/api/books/not-an-id');
    expect(badId.status).toBe(400);
    expect((await json<{ error: { message: string } }>(badId)).error.message).toMatch(/hexadecimal/);
    const id = await h.addFixture();
    const backwards = await h.app.request(`/api/books/${id}/passage?start=50&end=10`);
    expect(backwards.status).toBe(400);
    expect((await json<{ error: { message: string } }>(backwards)).error.message).toMatch(/end/);
    expect((await h.app.request(`/api/books/${id}/search?q=`)).status).toBe(400);
    const form = new FormData();
    form.append('book', 'not a file');
    const noFile = await h.app.request('/api/books', { method: 'POST', body: form });
    expect(noFile.status).toBe(400);
    expect((await json<{ error: { message: string } }>(noFile)).error.message).toContain('form field "file"');
  });
});

describe('analysis in the background', () => {
  it('marks a book whose analysis crashes as failed with the reason; the library works on', async () => {
    h = makeHarness({
      analyze: async (book) => {
        if (book.text.includes('Harrowgate')) throw new Error('the speaker model ran out of patience');
        throw new Error('unexpected book');
      },
    });
    const id = await h.addFixture();
    await h.analyses.whenIdle();
    const list = await json<BookListItem[]>(await h.app.request('/api/books'));
    expect(list[0]!.analysisStatus).toBe('failed');
    expect(list[0]!.analysisError).toContain('ran out of patience');
    // The book still reads and searches.
    const hits = await json<SearchResult>(await h.app.request(`/api/books/${id}/search?q=salt+road`));
    expect(hits.total).toBeGreaterThan(0);
    const world = await json<World>(await h.app.request(`/api/books/${id}/world`));
    expect(world.status).toBe('failed');
    expect(world.error).toContain('ran out of patience');
  });
});

describe('reader routes', () => {
  it('returns a passage with its paragraphs and the speakers of its dialogue', async () => {
    h = makeHarness();
    const id = await h.addFixture();
    await h.analyses.whenIdle();
    const book = await json<BookDetail>(await h.app.request(`/api/books/${id}`));
    const ch1 = book.toc[0]!;
    const p = await json<Passage>(
      await h.app.request(`/api/books/${id}/passage?start=${ch1.start}&end=${ch1.end}`),
    );
    expect(p.text.startsWith('CHAPTER I.')).toBe(true);
    expect(p.paragraphs.length).toBeGreaterThan(5);
    const fire = p.quotes.find(
      (q) => p.text.slice(q.start - p.start, q.end - p.start) === 'You will want a fire,',
    );
    expect(fire?.speaker).toBe('Mrs. Pell');
  });

  it('finds words across line breaks and curly/straight quotes, with context and chapter', async () => {
    h = makeHarness();
    const id = await h.addFixture();
    const r = await json<SearchResult>(
      await h.app.request(`/api/books/${id}/search?q=${encodeURIComponent('draw it CROOKED')}`),
    );
    expect(r.total).toBe(1);
    expect(r.hits[0]!.chapter).toBe('CHAPTER I. THE INN AT HARROWGATE');
    expect(r.hits[0]!.match).toBe('draw it crooked');
    const book = await json<BookDetail>(await h.app.request(`/api/books/${id}`));
    expect(book.length).toBeGreaterThan(r.hits[0]!.end);
  });
});

describe('world route', () => {
  it('lists characters by mentions with a distribution across the book, and who talks to whom', async () => {
    h = makeHarness();
    const id = await h.addFixture();
    await h.analyses.whenIdle();
    const w = await json<World>(await h.app.request(`/api/books/${id}/world`));
    expect(w.status).toBe('done');
    expect(w.characters[0]!.name).toBe('Ada');
    const ada = w.characters[0]!;
    expect(ada.distribution.reduce((a, b) => a + b, 0)).toBe(ada.mentions);
    expect(ada.lines).toBeGreaterThan(2);
    expect(w.network.edges.some((e) => [e.from, e.to].sort().join() === 'c0,c1')).toBe(true);
    expect(w.places[0]!.name).toBe('Harrowgate');
    const book = await json<BookDetail>(await h.app.request(`/api/books/${id}`));
    const text = (
      await json<Passage>(await h.app.request(`/api/books/${id}/passage?start=0&end=${book.length}`))
    ).text;
    // Each first-appearance link highlights the name as the book writes it there.
    for (const c of w.characters) {
      expect(c.aliases).toContain(text.slice(c.firstAppearance, c.firstAppearanceEnd));
    }
  });
});
