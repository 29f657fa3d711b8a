import { afterEach, describe, expect, it } from 'vitest';
import type { StyleView, VoicesView } from '../../src/server/api-types.js';
import { type Harness, handAnalysis, makeHarness } from './harness.js';

let h: Harness;
afterEach(() => h?.close());

async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

describe('style and voices routes', () => {
  it('gives the profile once the analysis is done: chapters, dialogue share, narration', async () => {
    h = makeHarness();
    const id = await h.addFixture();
    await h.analyses.whenIdle();
    const v = await json<StyleView>(await h.app.request(`/api/books/${id}/profile`));
    expect(v.status).toBe('done');
    expect(v.profile!.chapters.map((c) => c.title)).toEqual([
      'CHAPTER I. THE INN AT HARROWGATE',
      'CHAPTER II. THE MAP',
      'CHAPTER III. KETTLE CROSS',
    ]);
    expect(v.profile!.dialogueShare).toBeGreaterThan(0.05);
    expect(v.profile!.narration.person).toBe('third');
  });

  it('counts only sure speakers: all lines of an analysis without confidences are uncertain', async () => {
    h = makeHarness();
    const id = await h.addFixture();
    await h.analyses.whenIdle();
    const v = await json<VoicesView>(await h.app.request(`/api/books/${id}/voices`));
    expect(v.voices!.characters.length).toBeGreaterThan(0);
    for (const c of v.voices!.characters) {
      expect(c.lines).toBe(0);
      expect(c.uncertainLines).toBeGreaterThan(0);
    }
  });

  it("gives each character's lines and addressees when the speakers are sure", async () => {
    h = makeHarness({
      analyze: async (book) => {
        const a = handAnalysis(book);
        return { ...a, quotes: a.quotes.map((q) => ({ ...q, confidence: 0.95, addressees: ['c0'] })) };
      },
    });
    const id = await h.addFixture();
    await h.analyses.whenIdle();
    const v = await json<VoicesView>(await h.app.request(`/api/books/${id}/voices`));
    const tom = v.voices!.characters.find((c) => c.name === 'Tom')!;
    expect(tom.lines).toBeGreaterThan(0);
    expect(tom.addressees[0]).toMatchObject({ id: 'c0', name: 'Ada', lines: tom.lines });
    expect(tom.longestLine!.end).toBeGreaterThan(tom.longestLine!.start);
  });

  it('starts the analysis and says so when there is none yet', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    h = makeHarness({
      analyze: async (book) => {
        await gate;
        return handAnalysis(book);
      },
    });
    const id = await h.addFixture();
    const v = await json<StyleView>(await h.app.request(`/api/books/${id}/profile`));
    expect(v.status).toBe('running');
    expect(v.profile).toBeNull();
    release();
    await h.analyses.whenIdle();
  });

  it('answers 404 for a book that is not there', async () => {
    h = makeHarness();
    expect((await h.app.request('/api/books/abcdef123456/profile')).status).toBe(404);
    expect((await h.app.request('/api/books/abcdef123456/voices')).status).toBe(404);
  });
});
