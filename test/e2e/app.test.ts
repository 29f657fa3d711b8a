import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/start.js';
import { ensureWebBuilt, launchBrowser, SCREENSHOTS, WEB_ROOT, whyNoBrowser } from './browser.js';
import { hostileEpub, hostileHtml, LITERAL_SCRIPT } from './hostile.js';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const skipReason = whyNoBrowser() ?? ensureWebBuilt();
/** Screenshots go to test-output/ on every run; UPDATE_SCREENSHOTS=1 refreshes the committed ones in docs/. */
const SHOT_DIR = process.env.UPDATE_SCREENSHOTS
  ? SCREENSHOTS
  : path.resolve(import.meta.dirname, '../../test-output/screenshots');
if (skipReason) console.warn(`verbatim: ${skipReason}`);

describe.skipIf(skipReason !== null)('the web app in Chromium', () => {
  let server: RunningServer;
  let browser: BrowserContext;
  let page: Page;
  let dataDir: string;
  const problems: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'verbatim-e2e-'));
    server = await startServer({
      dataDir,
      host: '127.0.0.1',
      port: 0,
      webRoot: WEB_ROOT,
      log: (m) => console.error(m),
    });
    browser = await launchBrowser();
    page = browser.pages()[0] ?? (await browser.newPage());
    // Any script error, CSP violation or dialog is a failure of the page, whatever the test.
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text()))
        problems.push(`console: ${m.text()}`);
    });
    mkdirSync(SHOT_DIR, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  let loads = 0;
  /** A fresh page load each time (a new query string), so no state carries over between steps. */
  const open = async (hash: string) => {
    await page.goto(`${server.url}?load=${++loads}${hash}`);
  };
  const shot = (name: string, fullPage = false) =>
    page.screenshot({ path: path.join(SHOT_DIR, `${name}.png`), fullPage });

  it('adds a book by upload, with progress through analysis', async () => {
    await open('#/');
    await page.getByText('No books yet').waitFor();
    await page.locator('[data-testid=book-file]').setInputFiles(path.join(FIXTURES, 'the-salt-road.txt'));
    await page.getByText('added and analysed').waitFor({ timeout: 60_000 });
    const row = page.locator('tr', { hasText: 'The Salt Road' });
    await expect.poll(() => row.locator('.status-done').count()).toBe(1);
    await shot('library');
  });

  it('adds a book dropped on the page, refuses a file it cannot read, and removes a book after confirming', async () => {
    await open('#/');
    const dropped = await page.evaluateHandle(`(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['A NOTE\\n\\n"Hello," said Ada. "Goodbye," said Tom.\\n'], 'note.txt', { type: 'text/plain' }));
      return dt;
    })()`);
    await page.dispatchEvent('section.upload', 'drop', { dataTransfer: dropped });
    await page.getByText('added and analysed').waitFor({ timeout: 60_000 });
    // The progress note can appear a moment before the list re-renders: wait for the row.
    await expect.poll(() => page.locator('table.books tbody tr').count()).toBe(2);

    await page.locator('[data-testid=book-file]').setInputFiles({
      name: 'novel.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4'),
    });
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Could not add novel\.pdf.*\.txt/);

    const row = page.locator('tr', { hasText: 'note.txt' }).or(page.locator('tr', { hasText: 'A NOTE' }));
    await row.getByRole('button', { name: 'Remove' }).click();
    await row.getByRole('button', { name: 'Yes, remove' }).click();
    await expect.poll(() => page.locator('table.books tbody tr').count()).toBe(1);
  });

  it('opens the reader, follows a chapter link, shows speakers, and searches', async () => {
    await open('#/');
    await page.getByRole('link', { name: 'The Salt Road' }).click();
    await page.getByRole('link', { name: 'CHAPTER II. THE MAP' }).click();
    await page.getByText('In the morning the rain had gone east').waitFor();
    // Dialogue is marked with its speaker.
    const speech = page.locator('.speech', { hasText: 'And the salt pans?' });
    await expect(speech.getAttribute('title')).resolves.toContain('Ada');
    await page.getByRole('searchbox', { name: 'Search in this book' }).fill('salt pans');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText(/2 matches/).waitFor();
    await page.locator('.search-results a').last().click();
    await page.locator('mark', { hasText: 'salt pans' }).waitFor();
    expect(page.url()).toMatch(/#\/book\/[0-9a-f]+\/read\?start=\d+&end=\d+$/);
    await page.getByRole('link', { name: 'CHAPTER I. THE INN AT HARROWGATE' }).click();
    await page.locator('.speaker', { hasText: 'Mrs. Pell' }).first().waitFor();
    await shot('reader');
  });

  it('checks a review: problems first, each credit with its evidence, and a link to the highlighted passage', async () => {
    await open('#/');
    await page.locator('tr', { hasText: 'The Salt Road' }).getByRole('link', { name: 'Check' }).click();
    await page
      .locator('[data-testid=review-file]')
      .setInputFiles(path.join(FIXTURES, 'review-of-the-salt-road.md'));
    const summary = page.locator('[data-testid=check-summary]');
    await summary.waitFor();
    expect(await summary.textContent()).toBe(
      '3 of 4 quotations need attention: 1 is not in the book, 1 is misquoted and 1 is credited to the wrong speaker.',
    );
    // Problems first: the section headings in the order a teacher reads them.
    await expect(page.locator('.report h2').allTextContents()).resolves.toEqual([
      'Not found in the book (1)',
      'Misquoted (1)',
      'Credited to the wrong speaker (1)',
      'Quoted exactly (1)',
      'Names in the review (3)',
    ]);
    await expect(page.locator('.section-names .blurb').textContent()).resolves.toBe(
      '3 people and places, all in the book.',
    );
    const misquote = page.locator('.quote-card.altered');
    await expect(misquote.locator('del').first().textContent()).resolves.toBe('bent');
    await expect(misquote.locator('ins').first().textContent()).resolves.toBe('crooked');
    await expect(misquote.locator('.badge').textContent()).resolves.toBe('Misquoted');
    // The book's passage around the quotation, the quoted words marked.
    await expect(misquote.locator('.book-passage mark').allTextContents()).resolves.toEqual([
      'The road is crooked, so the map is crooked',
    ]);
    const wrongSpeaker = page.locator('.quote-card', { hasText: 'We should turn back before the tide' });
    const verdict = wrongSpeaker.locator('.attribution-contradicted');
    await expect(verdict.textContent()).resolves.toMatch(
      /^Credited to Mrs\. Pell.*, but the book's speaker is Tom — .+/,
    );
    await expect(verdict.getAttribute('class')).resolves.toContain('tone-problem');
    const supported = page.locator('.quote-card', { hasText: 'I want a room and a fire' });
    await expect(supported.locator('.attribution-supported').textContent()).resolves.toMatch(
      /^Credited to Ada.*: the book agrees — .+/,
    );
    await shot('check', true);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download HTML report' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.html$/);
    // Pasted text works the same way; markup in it stays text.
    await page.getByLabel('Paste the review').fill('<b>Bold</b> claim: Tom says "Here is the marsh."');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect
      .poll(() => summary.textContent())
      .toMatch(/^No problems found: the one quotation is in the book/);
    // A warning about the review as a whole stands above everything else.
    await page
      .getByLabel('Paste the review')
      .fill(
        'Ce roman est une lecture agréable et profonde. Quand Ada dit « Here is the marsh », elle parle ' +
          'de son voyage, de sa famille et de ses souvenirs. Les personnages sont vivants, les dialogues ' +
          'sont justes, et la fin nous laisse songeurs pendant longtemps après la dernière page du livre.',
      );
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const alert = page.locator('.alerts .alert');
    await expect.poll(() => alert.count()).toBe(1);
    await expect(alert.textContent()).resolves.toMatch(/another language/);
    const [alertBox, summaryBox] = [await alert.boundingBox(), await summary.boundingBox()];
    expect(alertBox!.y).toBeLessThan(summaryBox!.y);
    await page.getByLabel('Paste the review').fill('');
    await page
      .locator('[data-testid=review-file]')
      .setInputFiles(path.join(FIXTURES, 'review-of-the-salt-road.md'));
    await expect.poll(() => summary.textContent()).toMatch(/^3 of 4 quotations/);
    await misquote.locator('a.location-link').click();
    const mark = page.locator('mark');
    await mark.first().waitFor();
    expect((await mark.allTextContents()).join('')).toContain('The road is crooked, so the map is crooked');
    await shot('reader-highlight');
  });

  it('checks several essays at once: a summary table, each essay opening its report, a bad file named', async () => {
    await open('#/');
    await page.locator('tr', { hasText: 'The Salt Road' }).getByRole('link', { name: 'Check' }).click();
    await page.locator('[data-testid=review-file]').setInputFiles([
      {
        name: 'review-of-the-salt-road.md',
        mimeType: 'text/markdown',
        buffer: readFileSync(path.join(FIXTURES, 'review-of-the-salt-road.md')),
      },
      {
        name: 'fine.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from('Tom says “Here is the marsh.”\n'),
      },
      { name: 'empty.md', mimeType: 'text/markdown', buffer: Buffer.from('') },
    ]);
    const status = page.locator('[data-testid=class-set-status]');
    await expect
      .poll(() => status.textContent())
      .toBe('Checked 3 essays: 1 needs attention, 1 could not be checked.');
    const rows = page.locator('.class-set-table tbody tr');
    await expect(rows.nth(0).locator('th, td').allTextContents()).resolves.toEqual([
      'review-of-the-salt-road.md',
      '4',
      '1',
      '1',
      '1',
      'needs attention',
    ]);
    await expect(rows.nth(1).locator('td').last().textContent()).resolves.toBe('ok');
    await expect(rows.nth(2).locator('td').last().textContent()).resolves.toMatch(
      /^could not be checked: .*empty/,
    );
    await page.getByRole('button', { name: 'review-of-the-salt-road.md' }).click();
    await expect
      .poll(() => page.locator('[data-testid=check-summary]').textContent())
      .toMatch(/^3 of 4 quotations need attention/);
    await shot('check-class-set', true);
  });

  it('shows the world page with the character chart and the conversation network', async () => {
    await open('#/');
    await page.locator('tr', { hasText: 'The Salt Road' }).getByRole('link', { name: 'World' }).click();
    const chart = page.locator('canvas[data-testid=xray-chart]');
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toMatch(/where the 3 most mentioned characters appear/);
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    await expect(page.locator('table.characters th[scope=row]').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Ada', 'Tom', 'Mrs. Pell']),
    );
    await page.locator('[data-testid=network-graph]').waitFor();
    await shot('world', true);
  });

  it('never runs script from a hostile HTML or EPUB book, and shows markup in the text as text', async () => {
    for (const [name, bytes] of [
      ['hostile.html', Buffer.from(hostileHtml())],
      ['hostile.epub', Buffer.from(hostileEpub())],
    ] as const) {
      await open('#/');
      await page
        .locator('[data-testid=book-file]')
        .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
      await page
        .locator('.progress')
        .getByText(/added and analysed|analysis failed/)
        .waitFor({ timeout: 60_000 });
    }
    const rows = page.locator('table.books tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    await page.getByRole('link', { name: /Trap Book/ }).click();
    await page.getByText('She opened the box.').waitFor();
    await open('#/');
    await page.getByRole('link', { name: 'The Hostile Page' }).click();
    await page.getByText('It began with').waitFor();
    const literal = page.locator('.book-text', { hasText: LITERAL_SCRIPT });
    await expect(literal.count()).resolves.toBe(1);
    await page
      .getByText('Click here', { exact: false })
      .first()
      .click()
      .catch(() => {});
    // Evaluated in the page (a string: this file is type-checked without the DOM library).
    const injected = await page.evaluate(`({
      pwned: window.__pwned ?? null,
      elements: document.querySelectorAll(
        '.book-text script, .book-text img, .book-text a, .book-text iframe, .book-text svg',
      ).length,
      titleImages: document.querySelectorAll('header img, td img').length,
    })`);
    expect(injected).toEqual({ pwned: null, elements: 0, titleImages: 0 });
    expect(problems).toEqual([]);
  });

  it('finds which library book a passage is from, and opens the reader at it', async () => {
    await open('#/');
    await page
      .getByLabel('Which book is this from?')
      .fill('I want a room and a fire and a map of the salt road');
    await page.getByRole('button', { name: 'Find' }).click();
    const hit = page.locator('.find-results li').first();
    await expect
      .poll(() => hit.textContent())
      .toMatch(/The Salt Road by Wren Calder — word for word, CHAPTER I/);
    await shot('library-find');
    await page.getByLabel('Which book is this from?').fill('the');
    await page.getByRole('button', { name: 'Find' }).click();
    await expect.poll(() => page.locator('.find-results').textContent()).toMatch(/too common/i);
    await page
      .getByLabel('Which book is this from?')
      .fill('I want a room and a fire and a map of the salt road');
    await page.getByRole('button', { name: 'Find' }).click();
    await hit.locator('a').click();
    await expect
      .poll(() => page.locator('mark, .highlight').first().textContent())
      .toContain('I want a room');
  });

  it('shows a clear error, not a blank page, for a book that does not exist', async () => {
    await open('#/book/ffffffffffff/read');
    await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(
      /No book with id ffffffffffff/,
    );
  });
});
