/**
 * The Style page (`verbatim profile`) and a character page (`verbatim voices`), reached the way a
 * reader reaches them: the book's nav, and a name on the World page. Each chart's table alternative
 * is opened and read. UPDATE_SCREENSHOTS=1 refreshes docs/screenshots/style.png and character.png.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/start.js';
import { type AppWithBook, ensureWebBuilt, openAppWithBook, SCREENSHOTS, whyNoBrowser } from './browser.js';

const FIXTURE = path.resolve(import.meta.dirname, 'fixtures/the-book-of-tides.txt');
const SHOT_DIR = process.env.UPDATE_SCREENSHOTS
  ? SCREENSHOTS
  : path.resolve(import.meta.dirname, '../../test-output/screenshots');
const skipReason = whyNoBrowser() ?? ensureWebBuilt();
if (skipReason) console.warn(`verbatim: ${skipReason}`);

describe.skipIf(skipReason !== null)('the Style and character pages in Chromium', () => {
  let server: RunningServer;
  let page: Page;
  let bookId = '';

  let app: AppWithBook | undefined;

  beforeAll(async () => {
    mkdirSync(SHOT_DIR, { recursive: true });
    app = await openAppWithBook(FIXTURE, 'verbatim-e2e-style-');
    ({ server, page, bookId } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the style from the book nav, each chart with its numbers in a table', async () => {
    await page.goto(`${server.url}#/book/${bookId}/read`);
    await page.getByRole('link', { name: 'Style', exact: true }).click();
    const summary = page.getByTestId('style-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('third person');
    expect(await summary.textContent()).toMatch(/\d+\.\d% of the text is inside quotations/);
    await page.getByTestId('dialogue-chart').waitFor();
    const table = page.getByTestId('dialogue-chart-table');
    expect(await table.isVisible()).toBe(false);
    await page
      .locator('figure', { has: page.getByTestId('dialogue-chart') })
      .getByText('Show as a table')
      .click();
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBe(3);
    expect(await table.locator('tbody tr').first().textContent()).toMatch(
      /CHAPTER I\. THE HARBOUR\s*\d+\.\d%/,
    );
    // Each chapter's distinctive word: the storm in the chapter of the storm.
    const chapters = page.getByTestId('chapter-table');
    expect(await chapters.locator('tbody tr').nth(2).textContent()).toContain('storm');
    await page.screenshot({ path: path.join(SHOT_DIR, 'style.png'), fullPage: true });
  });

  it('opens a character page from the World page with their words, phrases and whom they speak to', async () => {
    await page.goto(`${server.url}#/book/${bookId}/world`);
    await page.getByRole('link', { name: 'Captain Rook' }).click();
    await page.getByRole('heading', { name: 'How Captain Rook talks' }).waitFor();
    expect(await page.getByTestId('voice-summary').textContent()).toContain('12 counted');
    await page.getByTestId('voice-words-chart').waitFor();
    const words = page.getByTestId('voice-words-chart-table');
    await page
      .locator('figure', { has: page.getByTestId('voice-words-chart') })
      .getByText('Show as a table')
      .click();
    expect(await words.isVisible()).toBe(true);
    expect(await words.locator('tbody tr').first().textContent()).toContain('thunder');
    expect(await page.locator('table.key-words').textContent()).toContain('by thunder');
    // Each phrase is a link to where the character first says it.
    const phrase = page.locator('table.key-words').getByRole('link', { name: 'by thunder' });
    await phrase.click();
    expect(await page.locator('mark').first().textContent()).toBe('By thunder');
    expect(page.url()).toMatch(/\/read\?start=\d+&end=\d+/);
    await page.goBack();
    await page.getByRole('heading', { name: 'How Captain Rook talks' }).waitFor();
    const to = page.getByTestId('voice-addressees-chart-table');
    await page
      .locator('figure', { has: page.getByTestId('voice-addressees-chart') })
      .getByText('Show as a table')
      .click();
    expect(await to.locator('tbody tr').first().textContent()).toMatch(/Miss Wren\s*12/);
    // Whom a line is said to may be only the speaker next to it: the caption says so, and what 12 of 12 counts.
    const caption = page
      .locator('figure', { has: page.getByTestId('voice-addressees-chart') })
      .locator('figcaption');
    expect(await caption.textContent()).toMatch(
      /otherwise whoever speaks just before or after it.*12 of 12 lines have someone/,
    );
    await page.screenshot({ path: path.join(SHOT_DIR, 'character.png'), fullPage: true });
    // The other voice, one link away: Miss Wren's words are her own.
    await page.getByRole('link', { name: 'Miss Wren' }).click();
    await page.getByRole('heading', { name: 'How Miss Wren talks' }).waitFor();
    expect(await page.locator('table.key-words').textContent()).toContain('quite so');
    // An id the book does not have: said plainly, not a blank page.
    await page.goto(`${server.url}#/book/${bookId}/character/c999`);
    await page.getByRole('heading', { name: 'No such character' }).waitFor();
  });
});
