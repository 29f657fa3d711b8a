/**
 * The reader and the world page never show an uncertain speaker as fact: every line whose calibrated
 * confidence is below UNCERTAIN_BELOW has a question-mark badge ("Martha?"), a dimmer style and its
 * evidence on hover; every surer line a plain name. Checked against the server's own passage data.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNCERTAIN_BELOW } from '../../src/analysis/confidence/uncertain.js';
import type { Passage, World } from '../../src/server/api-types.js';
import type { RunningServer } from '../../src/server/start.js';
import { type AppWithBook, ensureWebBuilt, openAppWithBook, whyNoBrowser } from './browser.js';

const FIXTURE = path.resolve(import.meta.dirname, 'fixtures/the-lamp-room.txt');
const skipReason = whyNoBrowser() ?? ensureWebBuilt();
if (skipReason) console.warn(`verbatim: ${skipReason}`);

describe.skipIf(skipReason !== null)('uncertain speakers in Chromium', () => {
  let server: RunningServer;
  let page: Page;
  let bookId = '';

  let app: AppWithBook | undefined;

  beforeAll(async () => {
    app = await openAppWithBook(FIXTURE, 'verbatim-e2e-uncertain-');
    ({ server, page, bookId } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('marks every speaker below the threshold as a question, with its evidence, and no other', async () => {
    const passage = (await (
      await fetch(new URL(`api/books/${bookId}/passage?start=0&end=100000`, server.url))
    ).json()) as Passage;
    const spoken = passage.quotes.filter((q) => q.speaker);
    const unsure = spoken.filter((q) => (q.confidence ?? 0) < UNCERTAIN_BELOW);
    // The fixture must hold both kinds, or this test would prove nothing.
    expect(unsure.length).toBeGreaterThan(0);
    expect(spoken.length - unsure.length).toBeGreaterThan(0);

    await page.goto(`${server.url}#/book/${bookId}/read?start=0&end=${passage.end}`);
    await page.locator('.speaker').first().waitFor();
    const shown = await page.locator('.speech').evaluateAll((els) =>
      els.map((el) => ({
        confidence: el.getAttribute('data-confidence'),
        title: el.getAttribute('title') ?? '',
        classes: el.className,
        badge: el.querySelector('.speaker')?.textContent ?? null,
        badgeClasses: el.querySelector('.speaker')?.className ?? '',
      })),
    );
    const badges = shown.filter((s) => s.badge !== null);
    expect(badges.length).toBe(spoken.length);
    for (const s of badges) {
      const c = Number(s.confidence);
      expect(s.confidence, `a speaker badge without its confidence: ${s.badge}`).not.toBeNull();
      if (c < UNCERTAIN_BELOW) {
        expect(s.badge, `shown as fact at ${c}`).toMatch(/\?$/);
        expect(s.badgeClasses).toContain('uncertain');
        expect(s.classes).toContain('uncertain');
        expect(s.title).toMatch(/uncertain/i);
      } else {
        expect(s.badge).not.toMatch(/\?$/);
        expect(s.badgeClasses).not.toContain('uncertain');
      }
      expect(s.title).toMatch(/Evidence: .+ \([a-z-]+(\/[a-z-]+)?, confidence \d\.\d\d\)/);
    }
    const dim = await page
      .locator('.speaker.uncertain')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page
      .locator('.speaker:not(.uncertain)')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(dim).not.toBe(plain);
  });

  it('counts uncertain lines apart on the world page', async () => {
    const world = (await (await fetch(new URL(`api/books/${bookId}/world`, server.url))).json()) as World;
    const unsure = world.characters.filter((c) => c.uncertainLines > 0);
    expect(unsure.length).toBeGreaterThan(0);
    await page.goto(`${server.url}#/book/${bookId}/world`);
    await page.locator('table.characters').waitFor();
    for (const c of world.characters) {
      const cell = page
        .locator('table.characters tr', { has: page.locator(`th a:text-is("${c.name}")`) })
        .locator('td.num')
        .nth(1);
      const text = (await cell.textContent()) ?? '';
      if (c.uncertainLines > 0) {
        expect(text).toContain(`+ ${c.uncertainLines}?`);
        expect(await cell.getAttribute('title')).toMatch(/uncertain/);
      } else expect(text).not.toContain('?');
    }
  });
});
