import { afterEach, describe, expect, it } from 'vitest';
import type { MotifsResult, SimilarResult, TermsResult } from '../../src/server/api-types.js';
import { STYLE_PROFILE_KEY } from '../../src/similar/profile.js';
import { type Harness, makeHarness } from './harness.js';

let h: Harness;
afterEach(() => h?.close());

async function json<T>(res: Response): Promise<T> {
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

describe('terms, motifs and similar routes', () => {
  it('gives a term per chapter, its forms, who says it and lines with offsets into the text', async () => {
    h = makeHarness();
    const id = await h.addFixture();
    await h.analyses.whenIdle();
    const r = await json<TermsResult>(await h.app.request(`/api/books/${id}/terms?q=crooked&q=zeppelin`));
    expect(r.analysisStatus).toBe('done');
    const [crooked, zeppelin] = r.terms;
    expect(crooked!.total).toBeGreaterThan(2);
    expect(crooked!.perChapter.reduce((a, b) => a + b, 0)).toBe(crooked!.total);
    // "Then draw it crooked," said Ada: hers in the hand-made analysis; the rest is narration or
    // speech the hand-made analysis does not attribute.
    const names = crooked!.voices!.map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(['Ada', 'narration']));
    const text = h.library.getBook(id)!.text;
    for (const c of crooked!.concordance) expect(text.slice(c.start, c.end).toLowerCase()).toBe('crooked');
    expect(zeppelin).toMatchObject({ total: 0, concordance: [] });
  });

  it('answers 400 to a request with no term', async () => {
    h = makeHarness();
    const id = await h.addFixture();
    const res = await h.app.request(`/api/books/${id}/terms`);
    expect(res.status).toBe(400);
  });

  it('suggests motifs, and says there is nothing to compare the style with in a library of one', async () => {
    h = makeHarness();
    const id = await h.addFixture();
    await h.analyses.whenIdle();
    const m = await json<MotifsResult>(await h.app.request(`/api/books/${id}/motifs`));
    expect(m.basis).toBe('book-only');
    expect(m.motifs.map((x) => x.word)).not.toContain('ada');
    const s = await json<SimilarResult>(await h.app.request(`/api/books/${id}/similar`));
    expect(s.books).toEqual([]);
    expect(s.note).toMatch(/no other book/);
  });

  it("stores a book's word profile when its analysis is done, so comparing it later reads no text", async () => {
    h = makeHarness();
    const id = await h.addFixture();
    await h.analyses.whenIdle();
    expect(h.library.getAnalysis(id, STYLE_PROFILE_KEY)).toMatchObject({ version: STYLE_PROFILE_KEY });
  });
});
