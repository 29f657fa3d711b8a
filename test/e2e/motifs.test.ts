import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookFromText } from '../../src/book/build.js';
import { loadBookFile } from '../../src/formats/load.js';
import { type RunningServer, startServer } from '../../src/server/start.js';
import { Library } from '../../src/store/library.js';
import { ensureWebBuilt, launchBrowser, SCREENSHOTS, WEB_ROOT, whyNoBrowser } from './browser.js';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const skipReason = whyNoBrowser() ?? ensureWebBuilt();
const SHOT_DIR = process.env.UPDATE_SCREENSHOTS
  ? SCREENSHOTS
  : path.resolve(import.meta.dirname, '../../test-output/screenshots');

/** A short third book in another hand, so "Books like this" has a library to rank. */
const LEDGER = `THE LEDGER\n\nCHAPTER I. ACCOUNTS\n\n${'Moreover, the clerk entered the sums; thus the ledger was balanced, and moreover it was thus kept. '.repeat(30)}\n\nCHAPTER II. AUDIT\n\n${'Thus the auditor came, and moreover he found the accounts were thus in order. '.repeat(30)}\n`;

describe.skipIf(skipReason !== null)('Motifs and Books like this in Chromium', () => {
  let server: RunningServer;
  let browser: BrowserContext;
  let page: Page;
  let dataDir: string;
  let saltRoad: string;
  const problems: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'verbatim-e2e-motifs-'));
    const library = Library.open(dataDir);
    saltRoad = library.addBook(await loadBookFile(path.join(FIXTURES, 'the-salt-road.txt'))).id;
    library.addBook(await loadBookFile(path.join(FIXTURES, 'the-lamp-room.txt')));
    library.addBook(bookFromText(LEDGER, { title: 'The Ledger', author: 'A. Clerk' }));
    library.close();
    server = await startServer({ dataDir, host: '127.0.0.1', port: 0, webRoot: WEB_ROOT, log: () => {} });
    browser = await launchBrowser();
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text()))
        problems.push(`console: ${m.text()}`);
    });
    mkdirSync(SHOT_DIR, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('suggests motifs, charts a term per chapter with a table, and links each use into the reader', async () => {
    await page.goto(`${server.url}#/book/${saltRoad}/motifs`);
    await page.getByRole('link', { name: 'Motifs' }).waitFor();
    const suggestions = page.locator('[data-testid=motifs] a');
    await suggestions.first().waitFor();
    expect(await suggestions.count()).toBeGreaterThan(0);
    // Names of characters are not suggested (once the analysis has found them).
    await expect
      .poll(async () => (await suggestions.allTextContents()).map((s) => s.toLowerCase()), {
        timeout: 30_000,
      })
      .not.toContain('ada');

    await page.getByLabel(/Words to follow through the book/).fill('road, salt pans, zeppelin');
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.locator('[data-testid=uses-chart]').waitFor();
    // The chart's chapters are labelled as the book numbers them, not 1, 2, 3.
    await expect(page.getByTestId('uses-chart').getAttribute('aria-label')).resolves.toMatch(
      /in each of the 3 chapters \(I, II, III\)\.$/,
    );
    const terms = page.locator('[data-testid=term]');
    await expect.poll(() => terms.count()).toBe(3);
    await expect(terms.nth(0).locator('h2').textContent()).resolves.toMatch(/“road”: \d+ uses/);
    // The title line "THE SALT ROAD" is a heading, not the first use of "road" in the text.
    await expect(terms.nth(0).locator('.concordance li').first().textContent()).resolves.not.toMatch(
      /SALT ROAD/,
    );
    await expect(terms.nth(2).textContent()).resolves.toContain('Not in this book');
    // The table alternative holds the same numbers as the chart: one row per chapter.
    await page.getByText('Show as a table').click();
    await expect.poll(() => page.locator('.uses-table tbody tr').count()).toBe(3);
    await page.getByText('Show as a table').click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SHOT_DIR, 'motifs.png'), fullPage: false });

    // A concordance line opens the reader with that use highlighted.
    await terms.nth(1).locator('.concordance a').first().click();
    await page
      .locator('mark', { hasText: /salt pans/i })
      .first()
      .waitFor();
    expect(page.url()).toMatch(/#\/book\/[0-9a-f]+\/read\?start=\d+&end=\d+$/);
    expect(problems).toEqual([]);
  });

  it('lists the books like this one on its World page, with the words behind each likeness', async () => {
    await page.goto(`${server.url}#/book/${saltRoad}/world`);
    const section = page.locator('[data-testid=books-like-this]');
    const items = section.locator('.similar-list li');
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBe(2);
    await expect(items.first().textContent()).resolves.toMatch(/Both use .* than the library/);
    // Three books: the scores rest on too few z-scores to be read as numbers, and the panel says so.
    await expect(section.getByTestId('similar-note').textContent()).resolves.toMatch(
      /only 3 books.*negative score here does not mean opposite habits/,
    );
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: path.join(SHOT_DIR, 'books-like-this.png') });
    expect(problems).toEqual([]);
  });
});
